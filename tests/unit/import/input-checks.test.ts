import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkDocxSize, decodeTextInput } from '../../../src/lib/import/input-checks.ts';
import { checkOutput, readInput } from '../../../src/lib/import/input-checks-fs.ts';

// Issue 23: what the import read and where it wrote, checked before anything is read or written.
describe('the import’s input and output', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-input-'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'file'), 'x');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

  test('a folder or a named pipe as input is refused at once', async () => {
    mkdirSync(join(dir, 'folder.pdf'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await expect(readInput(join(dir, 'folder.pdf'))).rejects.toThrow(
      /folder\.pdf: is a folder: give the PDF, Word or text file itself$/,
    );
    await expect(readInput(join(dir, 'pipe.txt'))).rejects.toThrow(
      /pipe\.txt: is not a regular file \(a pipe or a device\)/,
    );
  });

  test.each([
    { what: 'RTF', data: bytes('{\\rtf1\\ansi hei}'), message: /a\.txt: is an RTF document with a \.txt name/ },
    {
      what: 'UTF-16',
      data: new Uint8Array(Buffer.from('\uFEFFhei på deg', 'utf16le')),
      message: /a\.txt: is saved as UTF-16/,
    },
    {
      what: 'Latin-1',
      data: bytes('Retningslinje for pr\xF8ving\n'),
      message: /a\.txt: line 1: the file is not valid UTF-8: byte 0xF8 \(in Windows-1252 this byte is «ø»\)/,
    },
  ])('a .txt saved as $what is refused with what to do', ({ data, message }) => {
    expect(() => decodeTextInput(data, 'a.txt')).toThrow(message);
  });

  test('UTF-8 text is read as it is', () => {
    expect(decodeTextInput(new TextEncoder().encode('Retningslinje for prøving'), 'a.txt')).toBe(
      'Retningslinje for prøving',
    );
  });

  test('a Word file that unpacks to more than the limit is refused before it is unpacked', () => {
    // A zip directory that records one part of 300 MiB (the zip bomb of the issue, without its bytes).
    const entry = Buffer.alloc(46 + 17);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(300 * 1024 * 1024, 24);
    entry.writeUInt16LE(17, 28);
    entry.write('word/document.xml', 46, 'latin1');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(entry.length, 12);
    end.writeUInt32LE(0, 16);
    expect(() => checkDocxSize(new Uint8Array(Buffer.concat([entry, end])), 'bomb.docx')).toThrow(
      /^bomb\.docx: unpacks to 300 MB, more than the 200 MB a Word file may \(MAX_DOCX_UNPACKED_BYTES\)/,
    );
    end.writeUInt32LE(0, 0);
    expect(() => checkDocxSize(new Uint8Array(Buffer.concat([entry, end])), 'not-a-zip.docx')).not.toThrow();
  });

  test('an --out that is a file or a system folder, and a link at the draft’s path, are refused', async () => {
    await expect(checkOutput(join(dir, 'file'), join(dir, 'file', 'a.md'))).rejects.toThrow(
      /--out is a file, not a folder/,
    );
    await expect(checkOutput('/proc/self', '/proc/self/a.md')).rejects.toThrow(/--out is a system folder/);
    symlinkSync('/nowhere', join(dir, 'out', 'a.md'));
    await expect(checkOutput(join(dir, 'out'), join(dir, 'out', 'a.md'))).rejects.toThrow(
      /a\.md: is a symbolic link \(to \/nowhere\): the import writes the draft itself, not through a link; remove the link$/,
    );
    await expect(checkOutput(join(dir, 'out'), join(dir, 'out', 'b.md'))).resolves.toBeUndefined();
  });

  // Issue 33: `--out a/new/folder` (two new levels) was refused as not writable; the import makes the folders.
  test.each([
    { out: ['out', 'new'], error: null },
    { out: ['out', 'a', 'new', 'folder'], error: null },
    { out: ['file', 'new', 'folder'], error: /--out cannot be made: .*file is a file, not a folder/ },
  ])('an --out of $out is taken where its nearest folder is writable', async ({ out, error }) => {
    const folder = join(dir, ...out);
    const checked = checkOutput(folder, join(folder, 'a.md'));
    await (error ? expect(checked).rejects.toThrow(error) : expect(checked).resolves.toBeUndefined());
  });

  test('an --out that would be made under a system folder is refused', async () => {
    await expect(checkOutput('/proc/self/ny/mappe', '/proc/self/ny/mappe/a.md')).rejects.toThrow(
      /--out is a system folder/,
    );
  });
});
