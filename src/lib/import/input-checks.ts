// The import's checks on what it reads and where it writes, before anything is read or written:
// each problem is an ImportError (one line, exit 2, nothing written). Issue 23: a directory or a
// named pipe as input gave a stack or hung, a zip bomb as .docx ran the heap out, UTF-16, Latin-1
// and RTF saved as .txt gave a garbage draft, a file or read-only --out gave a stack, and a dangling
// link at <slug>.md was written through.
import { constants } from 'node:fs';
import { access, lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { GuidelineError, ImportError } from '../model/errors.ts';
import { decodeUtf8 } from '../parse/safety.ts';

/** The largest source file read, in bytes. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
/** The most a Word file may unpack to, in bytes (its parts are XML, typically a few MB). */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Reads the source file, if it is a regular file of at most MAX_INPUT_BYTES (a link to one is followed). */
export async function readInput(input: string): Promise<Uint8Array> {
  const found = await stat(input).catch(() => null);
  if (!found) throw new ImportError(input, 'no such file');
  if (found.isDirectory()) throw new ImportError(input, 'is a folder: give the PDF, Word or text file itself');
  if (!found.isFile())
    throw new ImportError(input, 'is not a regular file (a pipe or a device): give a PDF, Word or text file');
  if (found.size > MAX_INPUT_BYTES)
    throw new ImportError(
      input,
      `is ${megabytes(found.size)}, more than the ${megabytes(MAX_INPUT_BYTES)} the import reads (MAX_INPUT_BYTES)`,
    );
  const handle = await open(input, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile())
      throw new ImportError(input, 'is not a regular file: give a PDF, Word or text file');
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

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

// Kernel file systems, where writing can hang or change the machine.
const SYSTEM = /^\/(?:proc|sys|dev)(?:\/|$)/;

/** The path itself when it exists, else its nearest ancestor that does: where the folders the import makes start. */
async function nearestExisting(path: string): Promise<string> {
  let at = resolve(path);
  while (!(await stat(at).catch(() => null)) && dirname(at) !== at) at = dirname(at);
  return at;
}

/**
 * Refuses an --out that is not a writable folder, and a draft path that is a link or not a regular
 * file. An --out that does not exist yet is made (with every folder above it) where its nearest
 * existing folder is writable; issue 33: `--out a/new/folder` was refused as not writable.
 */
export async function checkOutput(out: string, file: string): Promise<void> {
  const existing = await nearestExisting(out);
  const folder = await realpath(existing).catch(() => null);
  if (folder && SYSTEM.test(folder))
    throw new ImportError(out, '--out is a system folder: give a folder for the draft, e.g. content/guidelines');
  const found = await stat(existing).catch(() => null);
  if (found && !found.isDirectory())
    throw new ImportError(
      out,
      existing === resolve(out)
        ? '--out is a file, not a folder: give the folder the draft goes in'
        : `--out cannot be made: ${existing} is a file, not a folder: give the folder the draft goes in`,
    );
  const writable = existing;
  if (
    await access(writable, constants.W_OK).then(
      () => false,
      () => true,
    )
  )
    throw new ImportError(out, '--out is not writable: give a folder you may write to');
  const draft = await lstat(file).catch(() => null);
  if (!draft) return;
  if (draft.isSymbolicLink())
    throw new ImportError(
      file,
      `is a symbolic link (to ${await readlink(file)}): the import writes the draft itself, not through a link; remove the link`,
    );
  if (!draft.isFile())
    throw new ImportError(file, 'exists and is not a regular file: remove it, or pass --slug for another name');
}
