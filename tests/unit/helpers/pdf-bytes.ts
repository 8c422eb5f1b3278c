import { constants as zlibConstants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * A minimal PDF whose trailer names a Standard security handler (RC4, revision 2) with a user
 * password: a real encrypted file, as far as any reader can tell, that no empty password opens.
 * Written by hand because no tool here encrypts PDFs (Chromium prints only unencrypted ones).
 */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number, length: number) =>
    Array.from({ length }, (_, i) => ((byte + i * 37) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(17, 32)}> /U <${hex(91, 32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(3, 16)}> <${hex(3, 16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A PDF of the given objects (object 1 the catalog), with its cross-reference table. */
export function pdfOf(objects: ReadonlyArray<string | Buffer>): Uint8Array {
  const out: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = out[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const piece = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(object), Buffer.from('\nendobj\n')]);
    out.push(piece);
    length += piece.length;
  });
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(out));
}

/** A stream object: its dictionary's entries (Length added) and its bytes. */
export const streamObject = (entries: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`<< /Length ${data.length} ${entries} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/**
 * A zlib stream that inflates to `bytes` zero bytes: one deflated MiB of zeros repeated (each chunk
 * flushed to a byte boundary, so copies join), a final empty block and the checksum: about 1 KB per
 * MiB unpacked.
 */
export function zlibZeros(bytes: number): Buffer {
  const mebibyte = 1024 * 1024;
  if (bytes % mebibyte !== 0) throw new Error('zlibZeros: bytes must be whole MiB');
  const chunk = deflateRawSync(Buffer.alloc(mebibyte), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((bytes % 65521) << 16) | 1) >>> 0); // zeros: a stays 1, b counts the bytes
  return Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    ...Array<Buffer>(bytes / mebibyte).fill(chunk),
    Buffer.from([0x03, 0x00]),
    adler,
  ]);
}

/** The catalog, page tree and `count` pages, each with content stream `contents(i)` (object numbers from 4). */
export function pagesPdf(count: number, contents: (page: number) => Buffer | null = () => null): Uint8Array {
  const pages = Array.from({ length: count }, (_, i) => i);
  const streams = pages.map(contents);
  let next = 2 + count; // the first stream follows the last page
  const refs = streams.map((stream) => (stream ? ++next : 0));
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((i) => `${i + 3} 0 R`).join(' ')}] /Count ${count} >>`,
    ...pages.map(
      (i) =>
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>${refs[i] ? ` /Contents ${refs[i]} 0 R` : ''} >>`,
    ),
    ...streams.filter((stream): stream is Buffer => stream !== null),
  ]);
}

/**
 * A one-page PDF whose content stream inflates to `bytes` zero bytes (see zlibZeros). With
 * `layers: 2` that stream is deflated once more (/Filter [/FlateDecode /FlateDecode]) and gigabytes
 * take a few kilobytes.
 */
export function pdfBomb({ bytes, layers = 1 }: { bytes: number; layers?: 1 | 2 }): Uint8Array {
  const inner = zlibZeros(bytes);
  const stream = layers === 2 ? deflateSync(inner) : inner;
  const filter = layers === 2 ? '[/FlateDecode /FlateDecode]' : '/FlateDecode';
  return pagesPdf(1, () => streamObject(`/Filter ${filter}`, stream));
}

/** A line of text placed on a page: its left end and baseline in points (A4, origin at the foot), its size. */
export interface PlacedLine {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** A PDF of A4 pages of Helvetica text (WinAnsi: æ, ø and å as they are), each line where it is placed. */
export function textPdf(pages: ReadonlyArray<ReadonlyArray<PlacedLine>>): Uint8Array {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const streams = pages.map((lines) =>
    streamObject(
      '',
      Buffer.from(
        lines.map(({ x, y, text, size = 10 }) => `BT /F1 ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`).join('\n'),
        'latin1',
      ),
    ),
  );
  const first = 4 + pages.length; // the catalog, the page tree, the font, the pages, then the streams
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${i + 4} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...pages.map(
      (_, i) =>
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${first + i} 0 R >>`,
    ),
    ...streams,
  ]);
}
