// The import's checks that need the file system (Node only): the source is a regular file of at most
// MAX_INPUT_BYTES, and the draft's folder and path can be written. The checks on the bytes themselves
// are input-checks.ts's, which the import page runs too. Issue 23: a directory or a named pipe as
// input gave a stack or hung, a file or read-only --out gave a stack, and a dangling link at
// <slug>.md was written through.
import { constants } from 'node:fs';
import { access, lstat, open, readlink, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
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

/** Refuses an --out that is not a writable folder, and a draft path that is a link or not a regular file. */
export async function checkOutput(out: string, file: string): Promise<void> {
  const folder = await realpath(out).catch(() => null);
  if (folder && SYSTEM.test(folder))
    throw new ImportError(out, '--out is a system folder: give a folder for the draft, e.g. content/guidelines');
  const found = await stat(out).catch(() => null);
  if (found && !found.isDirectory())
    throw new ImportError(out, '--out is a file, not a folder: give the folder the draft goes in');
  const writable = found ? out : dirname(out);
  if (
    await access(writable, constants.W_OK).then(
      () => false,
      () => true,
    )
  )
    throw new ImportError(out, '--out is not writable: give a folder you may write to');
  const existing = await lstat(file).catch(() => null);
  if (!existing) return;
  if (existing.isSymbolicLink())
    throw new ImportError(
      file,
      `is a symbolic link (to ${await readlink(file)}): the import writes the draft itself, not through a link; remove the link`,
    );
  if (!existing.isFile())
    throw new ImportError(file, 'exists and is not a regular file: remove it, or pass --slug for another name');
}
