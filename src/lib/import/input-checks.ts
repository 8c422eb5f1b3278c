// The import's checks on the bytes it reads, before they are read as a document: each problem is an
// ImportError (one line, exit 2, nothing written). Issue 23: a zip bomb as .docx ran the heap out, and
// UTF-16, Latin-1 and RTF saved as .txt gave a garbage draft. Browser-safe: the import page runs these
// too; reading the file and checking the draft's folder are input-checks-fs.ts's (Node).
import { GuidelineError, ImportError } from '../model/errors.ts';
import { decodeUtf8 } from '../parse/safety.ts';

/** The largest source file read, in bytes. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
/** The most a Word file may unpack to, in bytes (its parts are XML, typically a few MB). */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A .txt source as text: UTF-8 only, since UTF-16, Latin-1 and RTF would give a garbage draft. */
export function decodeTextInput(data: Uint8Array, input: string): string {
  const start = new TextDecoder('latin1').decode(data.subarray(0, 6));
  if (start.startsWith('{\\rtf'))
    throw new ImportError(
      input,
      'is an RTF document with a .txt name: save it as plain text (UTF-8), or as .docx, and import that',
    );
  const zeros = data.subarray(0, 4096).filter((byte) => byte === 0).length;
  if (zeros > 0 && zeros * 4 >= Math.min(data.length, 4096))
    throw new ImportError(
      input,
      'is saved as UTF-16 ("Unicode" in Windows\' save dialogs): save it as UTF-8 and import that',
    );
  try {
    return decodeUtf8(data, input);
  } catch (error) {
    if (!(error instanceof GuidelineError)) throw error;
    throw new ImportError(input, `line ${error.line}: ${error.detail}`);
  }
}

/** Refuses a Word file whose parts unpack to more than MAX_DOCX_UNPACKED_BYTES, from the sizes its zip directory records. */
export function checkDocxSize(data: Uint8Array, input: string): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let end = -1;
  for (let offset = data.length - 22; offset >= Math.max(0, data.length - 65_557); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end === -1) return; // not a zip: the Word reader says so
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < count && offset + 46 <= data.length; entry++) {
    if (view.getUint32(offset, true) !== 0x02014b50) break;
    const size = view.getUint32(offset + 24, true);
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size; // ZIP64: larger than 4 GB
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  if (total > MAX_DOCX_UNPACKED_BYTES)
    throw new ImportError(
      input,
      `unpacks to ${Number.isFinite(total) ? megabytes(total) : 'more than 4 GB'}, more than the ${megabytes(MAX_DOCX_UNPACKED_BYTES)} a Word file may (MAX_DOCX_UNPACKED_BYTES): it is not an ordinary document; save it again from Word, without embedded media`,
    );
}
