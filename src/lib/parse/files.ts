import { constants } from 'node:fs';
import { lstat, open, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { GuidelineError } from '../model/errors.ts';
import { decodeUtf8 } from './safety.ts';

/** The largest content file read, in bytes. The largest real-world guideline is about 5 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// What a directory entry that is not a regular file is, in an editor's words.
const KINDS: ReadonlyArray<readonly [(stat: Awaited<ReturnType<typeof lstat>>) => boolean, string]> = [
  [(stat) => stat.isDirectory(), 'a folder, not a file: a guideline is one file, <slug>.md; rename or move the folder'],
  [(stat) => stat.isFIFO(), 'a named pipe, not a file: delete it and put the guideline file itself here'],
  [(stat) => stat.isSocket(), 'a socket, not a file: delete it and put the guideline file itself here'],
  [
    (stat) => stat.isCharacterDevice() || stat.isBlockDevice(),
    'a device, not a file: delete it and put the guideline file itself here',
  ],
];

/**
 * Reads a content file as UTF-8, if it is a regular file of at most MAX_FILE_BYTES: a named pipe
 * would hang the build, a link to /dev/zero would fill the memory, and a link to a file elsewhere
 * would publish a text nobody put in the folder. `file` is the name errors give.
 */
export async function readContentFile(absolute: string, file: string): Promise<string> {
  const stat = await lstat(absolute);
  if (stat.isSymbolicLink()) {
    const target = await readlink(absolute).catch(() => '?');
    throw new GuidelineError(file, 1, `is a symbolic link (to ${target}), which the site does not follow`, {
      hint: 'put the file itself here instead of a link to it',
    });
  }
  const kind = KINDS.find(([is]) => is(stat));
  if (kind) throw new GuidelineError(file, 1, `is ${kind[1]}`, { hint: 'put the file itself here' });
  // Opened without following a link and without waiting on a pipe, then checked once more: the
  // entry may have been replaced since lstat.
  const handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const opened = await handle.stat();
    if (!opened.isFile())
      throw new GuidelineError(file, 1, 'is not a regular file', { hint: 'put the file itself here' });
    if (opened.size > MAX_FILE_BYTES) {
      throw new GuidelineError(
        file,
        1,
        `is ${megabytes(opened.size)}, more than the ${megabytes(MAX_FILE_BYTES)} a content file may be (MAX_FILE_BYTES)`,
        { hint: 'check that it is the text of one guideline, without embedded images or repeated pages' },
      );
    }
    return decodeUtf8(await handle.readFile(), file);
  } finally {
    await handle.close();
  }
}

/** The guideline files of a folder (every `*.md`, in any letter case), read with readContentFile; `folder` is the name errors give it. */
export async function readGuidelineFolder(
  absolute: string,
  folder: string,
): Promise<Array<{ file: string; source: string }>> {
  const names = (await readdir(absolute)).filter((name) => /\.md$/i.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: `${folder}/${name}`,
      source: await readContentFile(join(absolute, name), `${folder}/${name}`),
    })),
  );
}
