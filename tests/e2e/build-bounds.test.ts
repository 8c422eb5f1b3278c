import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, root } from './fixture-site.ts';

const work = mkdtempSync(join(tmpdir(), 'ikt-bounds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Issue 33: one word of 5,000 letters hung the production build (the compound split of the search
// index grew steeply with a word's length; killed at 45 s). A guideline with such a word, a long line
// and a word of compound parts 5,000 letters long must build as any other. The limit is generous (a
// guideline builds in about 10 s on a busy 2-core machine); before the fix the build never ended.
test('a guideline with a 5,000-letter word and a 100,000-character line builds in seconds', () => {
  const valid = readFileSync(join(root, 'tests/fixtures/parse/numbered-clauses/input.md'), 'utf8');
  const letters = 'sikkerhetsrutinemeldingsutveksling'.repeat(150).slice(0, 5000);
  const line = Array.from({ length: 10_000 }, (_, i) => `ord${i % 97}`).join(' ');
  const source = valid.replace(
    'Partene kan bruke video.',
    `Partene kan bruke video ${letters} og ${'a'.repeat(5000)}.\n\n${line}.`,
  );
  const dir = join(work, 'guidelines');
  mkdirSync(dir);
  writeFileSync(join(dir, 'input.md'), source);
  const started = performance.now();
  const { status, output } = buildSite(dir, join(work, 'dist'));
  const seconds = (performance.now() - started) / 1000;
  expect(status, output).toBe(0);
  expect(seconds).toBeLessThan(90);
  expect(readFileSync(join(work, 'dist/data/input.json'), 'utf8')).toContain(letters);
}, 150_000);
