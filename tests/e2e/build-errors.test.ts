import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures');

const work = mkdtempSync(join(tmpdir(), 'ikt-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The real `astro build`, pointed at a folder holding one broken guideline: the build must stop
// and print the parser's `file:line: message`, nothing silently dropped. (The file is copied byte
// for byte: encoding-windows-1252 is a guideline saved as Windows-1252, link-javascript a
// `javascript:` link, both published silently before issue 12.)
test.each([
  'parse/out-of-order',
  'parse/schema-invalid-status',
  'parse/raw-html',
  'safety/encoding-windows-1252',
  'safety/link-javascript',
])(
  'the production build stops on %s with its message',
  (name) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(fixtures, name, 'input.md'), join(dir, 'input.md'));
    const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')
      .trim()
      .replace(/^input\.md/, '');
    const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, `${name}-dist`)], {
      cwd: root,
      env: { ...process.env, GUIDELINES_DIR: dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain(`${relative(root, join(dir, 'input.md'))}${expected}`);
  },
  120_000,
);
