import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, expect, test } from 'vitest';
import { errorLine, exitCode, SetupError, UsageError } from '../../../scripts/lib/cli.ts';
import { GuidelineError, ImportError } from '../../../src/lib/model/errors.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ikt-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const debug = process.env.DEBUG;
afterEach(() => {
  if (debug === undefined) delete process.env.DEBUG;
  else process.env.DEBUG = debug;
});

test('each kind of error ends a tool with its own exit code', () => {
  expect(exitCode(new GuidelineError('x.md', 4, 'clause 2 is out of order'))).toBe(1);
  expect(exitCode(new SetupError('dist/data/index.json is missing', 'build the site first'))).toBe(1);
  expect(exitCode(new UsageError('usage: npm run compare -- <a> <b>'))).toBe(2);
  expect(exitCode(new ImportError('x.pdf', 'the PDF is encrypted'))).toBe(2);
  expect(exitCode(new TypeError('undefined is not a function'))).toBe(70);
  expect(exitCode('thrown string')).toBe(70);
});

test('a content error prints as file:line: message; every other after the tool’s name', () => {
  expect(errorLine('compare', new GuidelineError('x.md', 4, 'clause 2 is out of order', { hint: 'renumber it' }))).toBe(
    'x.md:4: clause 2 is out of order: renumber it',
  );
  expect(errorLine('pdf', new SetupError('dist/data/index.json is missing', 'build the site first'))).toBe(
    'pdf: dist/data/index.json is missing: build the site first',
  );
  expect(errorLine('import', new ImportError('x.pdf', 'no such file'))).toBe('import: x.pdf: no such file');
});

test('a fault of the tool itself prints its message, and its stack only with DEBUG', () => {
  const fault = new TypeError('undefined is not a function');
  delete process.env.DEBUG;
  expect(errorLine('bench', fault)).toBe('bench: undefined is not a function');
  process.env.DEBUG = '1';
  const line = errorLine('bench', fault);
  expect(line.startsWith('bench: undefined is not a function\nTypeError: undefined is not a function\n    at ')).toBe(
    true,
  );
  // A known error never prints a stack: the message says all a person needs.
  expect(errorLine('import', new ImportError('x.pdf', 'no such file'))).toBe('import: x.pdf: no such file');
});

test('a broken guideline stops `npm run compare` with exit 1 and the parser’s file:line: message, no stack', () => {
  const dir = join(work, 'guidelines');
  mkdirSync(dir);
  copyFileSync(join(root, 'tests/fixtures/parse/out-of-order/input.md'), join(dir, 'input.md'));
  const expected = readFileSync(join(root, 'tests/fixtures/parse/out-of-order/expected.txt'), 'utf8').trim();
  const result = spawnSync(process.execPath, ['scripts/compare.ts', 'input', 'telemark'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GUIDELINES_DIR: dir, DEBUG: '' },
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`${dir}/${expected}\n`);
});
