import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, readGuidelineFolder } from '../../../src/lib/parse/files.ts';

// Regression (issue 23): a named pipe hung the build, a link to /dev/zero took 13 GB, a folder called
// x.md failed without its name, a link to a file elsewhere was published, agder.MD was ignored.
describe('the guidelines folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guidelines-'));
    writeFileSync(join(dir, 'telemark.md'), '---\nslug: telemark\n---\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const read = () => readGuidelineFolder(dir, 'content/guidelines');

  test('reads every .md file, in any letter case, and nothing else', async () => {
    writeFileSync(join(dir, 'agder.MD'), 'A');
    writeFileSync(join(dir, 'telemark.expect.yaml'), 'x: 1');
    expect((await read()).map(({ file }) => file)).toEqual([
      'content/guidelines/agder.MD',
      'content/guidelines/telemark.md',
    ]);
  });

  test.each([
    {
      what: 'a named pipe',
      make: (path: string) => execFileSync('mkfifo', [path]),
      message:
        'content/guidelines/x.md:1: is a named pipe, not a file: delete it and put the guideline file itself here',
    },
    {
      what: 'a link to /dev/zero',
      make: (path: string) => symlinkSync('/dev/zero', path),
      message:
        'content/guidelines/x.md:1: is a symbolic link (to /dev/zero), which the site does not follow: put the file itself here instead of a link to it',
    },
    {
      what: 'a link to a file elsewhere',
      make: (path: string) => symlinkSync('/etc/hostname', path),
      message:
        'content/guidelines/x.md:1: is a symbolic link (to /etc/hostname), which the site does not follow: put the file itself here instead of a link to it',
    },
    {
      what: 'a folder',
      make: (path: string) => mkdirSync(path),
      message:
        'content/guidelines/x.md:1: is a folder, not a file: a guideline is one file, <slug>.md; rename or move the folder',
    },
  ])('$what called x.md stops the build at once with its name', async ({ make, message }) => {
    make(join(dir, 'x.md'));
    const started = performance.now();
    await expect(read()).rejects.toThrow(message);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a file larger than the limit stops the build with its size and the limit', async () => {
    const handle = openSync(join(dir, 'x.md'), 'w');
    ftruncateSync(handle, MAX_FILE_BYTES + 1); // sparse: no disk space taken
    closeSync(handle);
    await expect(read()).rejects.toThrow(
      /^content\/guidelines\/x\.md:1: is 20\.0 MB, more than the 20\.0 MB a content file may be \(MAX_FILE_BYTES\)/,
    );
  });

  test('a 5 MB file is read', async () => {
    writeFileSync(join(dir, 'big.md'), 'a'.repeat(5 * 1024 * 1024));
    expect((await read()).find(({ file }) => file.endsWith('big.md'))!.source).toHaveLength(5 * 1024 * 1024);
  });
});
