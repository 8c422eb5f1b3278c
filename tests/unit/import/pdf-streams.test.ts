import { describe, expect, test } from 'vitest';
import { linesFromPdf } from '../../../src/lib/import/pdf-lines.ts';
import {
  checkPdfStreams,
  MAX_PDF_DECODED_BYTES,
  MAX_PDF_PAGES,
  MAX_PDF_STREAM_BYTES,
  MAX_PDF_TEXT_CHARS,
} from '../../../src/lib/import/pdf-streams.ts';
import { pagesPdf, pdfBomb, streamObject, zlibZeros } from '../helpers/pdf-bytes.ts';

// The PDF reader's limits (issue 23: a PDF stream bomb took 3.1 GB). The bombs are made here, in
// memory: a few kilobytes to a megabyte that unpack to gigabytes.
const MiB = 1024 * 1024;
const STREAM_LIMIT =
  'object 4 unpacks to more than 32 MB, the most one stream may (MAX_PDF_STREAM_BYTES): it is not an ordinary document: print it to PDF again, or import the Word or text version';
const refused = (data: Uint8Array) => () => checkPdfStreams(data, 'bombe.pdf');

describe('a PDF whose streams unpack to too much is refused before pdfjs-dist reads it', () => {
  test('a Flate stream of 1 GiB of zeros (1 MB on disk)', () => {
    const bomb = pdfBomb({ bytes: 1024 * MiB });
    expect(bomb.length).toBeLessThan(1.1 * MiB);
    expect(refused(bomb)).toThrow(`bombe.pdf: ${STREAM_LIMIT}`);
  });

  test('4 GiB deflated twice (11 KB on disk), through the reader itself', async () => {
    const bomb = pdfBomb({ bytes: 4096 * MiB, layers: 2 });
    expect(bomb.length).toBeLessThan(20_000);
    await expect(linesFromPdf(bomb, 'bombe.pdf')).rejects.toThrow(`bombe.pdf: ${STREAM_LIMIT}`);
  });

  test('a Flate stream written in hex, and a run-length one', () => {
    const hex = Buffer.from(zlibZeros(64 * MiB).toString('hex') + '>');
    expect(refused(pagesPdf(1, () => streamObject('/Filter [/ASCIIHexDecode /FlateDecode]', hex)))).toThrow(
      STREAM_LIMIT,
    );
    const runs = Buffer.concat([Buffer.alloc((2 * (64 * MiB)) / 128, Buffer.from([129, 0])), Buffer.from([128])]);
    expect(refused(pagesPdf(1, () => streamObject('/Filter /RunLengthDecode', runs)))).toThrow(STREAM_LIMIT);
  });

  test('LZW, whose size cannot be bounded, is named', () => {
    expect(
      refused(pagesPdf(1, () => streamObject('/Filter /LZWDecode', Buffer.from([0x80, 0x0b, 0x60, 0x50])))),
    ).toThrow(
      'bombe.pdf: object 4 is in the LZW encoding, whose unpacked size the import cannot bound: print it to PDF again, or import the Word or text version',
    );
  });

  test('streams under the limit one by one, over it together', () => {
    const pages = Math.ceil(MAX_PDF_DECODED_BYTES / (30 * MiB)) + 1;
    expect(30 * MiB).toBeLessThan(MAX_PDF_STREAM_BYTES);
    const chunk = zlibZeros(30 * MiB);
    expect(refused(pagesPdf(pages, () => streamObject('/Filter /FlateDecode', chunk)))).toThrow(
      /bombe\.pdf: its streams unpack to more than 256 MB together, the most a PDF's may \(MAX_PDF_DECODED_BYTES; object \d+ went over\): it is not an ordinary document/,
    );
  });

  test('a stream just under the limit, an image and damaged data pass to the reader', () => {
    const under = zlibZeros(MAX_PDF_STREAM_BYTES - MiB);
    expect(refused(pagesPdf(1, () => streamObject('/Filter /FlateDecode', under)))).not.toThrow();
    const image = streamObject(
      '/Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /FlateDecode',
      zlibZeros(64 * MiB),
    );
    expect(refused(pagesPdf(1, () => image))).not.toThrow();
    expect(refused(pagesPdf(1, () => streamObject('/Filter /FlateDecode', Buffer.from('ikke zlib'))))).not.toThrow();
  });
});

test('a PDF with more pages than MAX_PDF_PAGES is refused with the count', async () => {
  await expect(linesFromPdf(pagesPdf(MAX_PDF_PAGES + 1), 'samling.pdf')).rejects.toThrow(
    `samling.pdf: the PDF has ${MAX_PDF_PAGES + 1} pages, more than the ${MAX_PDF_PAGES} the import reads (MAX_PDF_PAGES): import the guideline on its own, not a collection of documents`,
  );
});

test('a PDF with more text than its limit (MAX_PDF_TEXT_CHARS) is refused at the page that goes over', async () => {
  // pdfjs-dist reads only the text inside a page: 3 pages of 10 lines of 20 letters, 200 a page.
  const page = streamObject('', Buffer.from(`BT /F1 12 Tf 14 TL 20 180 Td ${`(${'a'.repeat(20)}) ' `.repeat(10)} ET`));
  const pdf = pagesPdf(3, () => page);
  expect((await linesFromPdf(pdf, 'lang.pdf', { pages: 3, characters: 600 })).length).toBe(30);
  await expect(linesFromPdf(pdf, 'lang.pdf', { pages: 3, characters: 500 })).rejects.toThrow(
    "lang.pdf: the PDF's text is longer than the 500 characters the import reads (MAX_PDF_TEXT_CHARS), by page 3: import the guideline on its own, not a collection of documents",
  );
  expect(MAX_PDF_TEXT_CHARS).toBe(20_000_000);
});

test('an ordinary PDF is read', async () => {
  const page = (i: number) =>
    streamObject('', Buffer.from(`BT /F1 12 Tf 20 100 Td (Side ${i + 1}: Partene samarbeider.) Tj ET`));
  const lines = await linesFromPdf(pagesPdf(3, page), 'vanlig.pdf');
  expect(lines.map((line) => line.text)).toEqual([
    'Side 1: Partene samarbeider.',
    'Side 2: Partene samarbeider.',
    'Side 3: Partene samarbeider.',
  ]);
});
