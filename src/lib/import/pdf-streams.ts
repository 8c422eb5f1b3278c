// The PDF reader's limits, checked on the file's bytes before pdfjs-dist reads it (issue 23: a PDF
// whose one stream inflates to gigabytes took 3.1 GB). pdfjs-dist decodes a stream whole, into one
// buffer, when a page's text is read; here every stream it could decode is unpacked first, each
// stage with a cap on its output, so memory stays within the caps whatever the file says. Images are
// left alone (reading text does not decode them), and so are encodings pdfjs-dist would not read.
// Runs in Node and in the browser alike (the import page): plain bytes, and fflate's streaming
// inflate fed a kilobyte at a time, so that no one step can unpack more than about a megabyte.
import { Unzlib } from 'fflate';
import { ImportError } from '../model/errors.ts';

/** The most one stream of a PDF (a page's content, a font, an object stream) may unpack to, in bytes. */
export const MAX_PDF_STREAM_BYTES = 32 * 1024 * 1024;
/** The most all of a PDF's streams together may unpack to, in bytes (images aside). */
export const MAX_PDF_DECODED_BYTES = 256 * 1024 * 1024;
/** The most pages a PDF may have (a guideline has tens). */
export const MAX_PDF_PAGES = 2000;
/** The most text, in characters, read from a PDF (a guideline's file is at most 20 MB: MAX_FILE_BYTES). */
export const MAX_PDF_TEXT_CHARS = 20_000_000;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const latin1 = new TextDecoder('latin1');
const bytesOf = (text: string) => new TextEncoder().encode(text);
const STREAM = bytesOf('stream');
const END_STREAM = bytesOf('endstream');
const OBJ = bytesOf('obj');
// Filters that only images use: reading text does not decode them.
const IMAGE_FILTERS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

/** Thrown inside: the stream unpacks to more than the cap. */
class TooLarge extends Error {}
/** Thrown inside: the stream is in an encoding whose size cannot be bounded here. */
class Unbounded extends Error {}

/**
 * Refuses a PDF one of whose streams unpacks to more than MAX_PDF_STREAM_BYTES, or all of them to
 * more than MAX_PDF_DECODED_BYTES: an ImportError naming the limit and the object.
 */
export function checkPdfStreams(data: Uint8Array, file: string): void {
  const buffer = data; // plain bytes: the same in Node and the browser
  let total = 0;
  let at = 0;
  for (;;) {
    const keyword = indexOfBytes(buffer, STREAM, at);
    if (keyword === -1) return;
    at = keyword + STREAM.length;
    if (latin1.decode(buffer.subarray(Math.max(0, keyword - 3), keyword)) === 'end') continue;
    // The stream's dictionary: from its object's `obj` (the last before the keyword) to the keyword.
    const found = lastIndexOfBytes(buffer, OBJ, keyword);
    const start = found === -1 || keyword - found > 65_536 ? Math.max(0, keyword - 65_536) : found;
    const dictionary = latin1.decode(buffer.subarray(start, keyword));
    let begin = at;
    if (buffer[begin] === 0x0d) begin++;
    if (buffer[begin] === 0x0a) begin++;
    const end = indexOfBytes(buffer, END_STREAM, begin);
    const stop = end === -1 ? buffer.length : end;
    at = stop;
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const filters = [
      ...(/\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dictionary)?.[1] ?? '').matchAll(/\/([^\s/[\]<>()]+)/g),
    ].map(([, name]) => name!);
    const object = /(\d+)\s+(\d+)\s+obj\s*$/.exec(latin1.decode(buffer.subarray(Math.max(0, start - 24), start + 3)));
    const name = object ? `object ${object[1]}` : `the stream at byte ${keyword}`;
    const cap = Math.min(MAX_PDF_STREAM_BYTES, MAX_PDF_DECODED_BYTES - total);
    let size: number;
    try {
      size = decodedSize(buffer.subarray(begin, stop), filters, cap);
    } catch (error) {
      if (error instanceof Unbounded)
        throw new ImportError(
          file,
          `${name} is in the LZW encoding, whose unpacked size the import cannot bound`,
          'print it to PDF again, or import the Word or text version',
        );
      if (!(error instanceof TooLarge)) throw error;
      const which =
        cap === MAX_PDF_STREAM_BYTES
          ? `${name} unpacks to more than ${megabytes(MAX_PDF_STREAM_BYTES)}, the most one stream may (MAX_PDF_STREAM_BYTES)`
          : `its streams unpack to more than ${megabytes(MAX_PDF_DECODED_BYTES)} together, the most a PDF's may (MAX_PDF_DECODED_BYTES; ${name} went over)`;
      throw new ImportError(
        file,
        `${which}: it is not an ordinary document`,
        'print it to PDF again, or import the Word or text version',
      );
    }
    total += size;
  }
}

/** The size a stream unpacks to through its filters, or TooLarge past `cap`; what cannot be unpacked here counts as it stands. */
function decodedSize(data: Uint8Array, filters: readonly string[], cap: number): number {
  let bytes = data;
  for (const filter of filters) {
    if (IMAGE_FILTERS.has(filter)) break;
    const decode = DECODERS[filter];
    if (!decode) {
      if (filter === 'LZWDecode' || filter === 'LZW') throw new Unbounded();
      break;
    }
    const next = decode(bytes, cap);
    if (next === null) break; // damaged: pdfjs-dist reads what it can, no more than it holds
    bytes = next;
  }
  if (bytes.length > cap) throw new TooLarge();
  return bytes.length;
}

// Each decoder returns the unpacked bytes (at most `cap` + 1 of them) or null for damaged data.
const DECODERS: Record<string, (data: Uint8Array, cap: number) => Uint8Array | null> = {
  FlateDecode: inflate,
  Fl: inflate,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
  RunLengthDecode: runLength,
  RL: runLength,
};

/** The input fed to the inflater at a time: Deflate unpacks at most about 1032 times, so a step gives about 1 MB. */
const INFLATE_STEP = 1024;

function inflate(data: Uint8Array, cap: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Unzlib((chunk, final) => {
    size += chunk.length;
    if (size > cap) throw new TooLarge();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length && !ended; at += INFLATE_STEP)
      inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
  } catch (error) {
    if (error instanceof TooLarge) throw error;
    return null; // damaged (zlib says so too): pdfjs-dist reads what it can
  }
  if (!ended) return null; // cut short
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Where `needle` first occurs in `haystack` from `from`, or -1 (Buffer#indexOf, for plain bytes). */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  for (let at = haystack.indexOf(needle[0]!, from); at !== -1; at = haystack.indexOf(needle[0]!, at + 1))
    if (needle.every((byte, i) => haystack[at + i] === byte)) return at;
  return -1;
}

/** Where `needle` last starts at or before `before`, or -1 (Buffer#lastIndexOf, for plain bytes). */
function lastIndexOfBytes(haystack: Uint8Array, needle: Uint8Array, before: number): number {
  for (
    let at = haystack.lastIndexOf(needle[0]!, before);
    at !== -1;
    at = at === 0 ? -1 : haystack.lastIndexOf(needle[0]!, at - 1)
  )
    if (needle.every((byte, i) => haystack[at + i] === byte)) return at;
  return -1;
}

function asciiHex(data: Uint8Array): Uint8Array {
  const digits = latin1
    .decode(data)
    .split('>')[0]!
    .replace(/[^0-9a-f]/gi, '');
  return Uint8Array.from((digits.length % 2 ? `${digits}0` : digits).match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = latin1.decode(data).split('~>')[0]!.replace(/\s/g, '').replace(/^<~/, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (length: number) => {
    while (group.length < 5) group.push(84);
    const value = group.reduce((sum, digit) => sum * 85 + digit, 0);
    for (let i = 0; i < length; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for (const char of text) {
    if (char === 'z' && group.length === 0) out.push(0, 0, 0, 0);
    else {
      group.push(char.charCodeAt(0) - 33);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

function runLength(data: Uint8Array, cap: number): Uint8Array {
  let size = 0;
  for (let i = 0; i < data.length;) {
    const length = data[i]!;
    if (length === 128) break;
    const run = length < 128 ? length + 1 : 257 - length;
    size += run;
    if (size > cap) throw new TooLarge();
    i += length < 128 ? run + 1 : 2;
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < data.length && o < size;) {
    const length = data[i]!;
    if (length < 128) {
      out.set(data.subarray(i + 1, i + 2 + length), o);
      o += length + 1;
      i += length + 2;
    } else {
      out.fill(data[i + 1] ?? 0, o, o + 257 - length);
      o += 257 - length;
      i += 2;
    }
  }
  return out;
}
