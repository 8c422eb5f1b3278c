import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'ikt-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Regression: scripts/bench.ts made its temporary folder at import, so importing it (or a test of
// one of its parts) left an empty ikt-bench-* folder behind. The folder is now made when it runs.
test('importing the bench and its parts makes no folder and runs nothing', async () => {
  const temp = mkdtempSync(join(work, 'tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  try {
    await import('../../../scripts/bench.ts');
    await import('../../../scripts/bench/measure.ts');
    await import('../../../scripts/bench/table.ts');
    await import('../../../scripts/bench/steps.ts');
    await import('../../../scripts/bench/starlight.ts');
    await import('../../../scripts/bench/import-timing.ts');
    await import('../../../scripts/bench/word-document.ts');
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  expect(readdirSync(temp)).toEqual([]);
  // Loading the bench loads the library and Playwright: more than vitest's 5 s on a busy machine.
}, 60_000);

test('the synthetic corpus is the same on every run: 19 × 13 current guidelines, some with an earlier version', () => {
  const [first, second] = ['a', 'b'].map((name) => {
    const dir = join(work, name);
    generateCorpus(dir);
    return readdirSync(dir)
      .sort()
      .map((file) => [file, readFileSync(join(dir, file), 'utf8')]);
  });
  expect(second).toEqual(first);
  const names = first!.map(([file]) => file!);
  expect(names.filter((file) => !file.includes('@'))).toHaveLength(19 * 13);
  expect(names.filter((file) => file.includes('@1.md')).length).toBeGreaterThan(0);
});
