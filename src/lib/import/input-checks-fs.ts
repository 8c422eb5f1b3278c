// The import's checks that need the file system (Node only): the source is a regular file of at most
// MAX_INPUT_BYTES, and the draft's folder and path can be written. The checks on the bytes themselves
// are input-checks.ts's, which the import page runs too. Issue 23: a directory or a named pipe as
// input gave a stack or hung, a file or read-only --out gave a stack, and a dangling link at
// <slug>.md was written through.
import { constants } from 'node:fs';
import { access, lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ImportError } from '../model/errors.ts';
import { MAX_INPUT_BYTES } from './input-checks.ts';

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
