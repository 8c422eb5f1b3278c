import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { inputsKey } from '../../../src/integrations/cached-worker.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ikt-cached-worker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the kept worker’s key', () => {
  // A small tree with a file where each kind of input is, and one where none is.
  const tree = join(work, 'tree');
  const files = [
    'src/lib/parse/guideline.ts',
    'src/client/own-file/worker.ts',
    'src/types/vendor.d.ts',
    'src/integrations/prebuilt-libraries.ts',
    'astro.config.mjs',
    'package-lock.json',
    'node_modules/.package-lock.json',
    'content/guidelines/telemark.md',
    'src/pages/index.astro',
  ];
  for (const file of files) {
    mkdirSync(join(tree, file, '..'), { recursive: true });
    writeFileSync(join(tree, file), 'før');
  }
  const settings = { base: '/' };
  const before = inputsKey(tree, settings);

  test.each([
    { file: 'src/lib/parse/guideline.ts', changes: true },
    { file: 'src/client/own-file/worker.ts', changes: true },
    { file: 'src/types/vendor.d.ts', changes: true },
    { file: 'src/integrations/prebuilt-libraries.ts', changes: true },
    { file: 'astro.config.mjs', changes: true },
    { file: 'package-lock.json', changes: true },
    { file: 'node_modules/.package-lock.json', changes: true },
    // The worker fetches the guidelines when it runs; no page's source goes into it.
    { file: 'content/guidelines/telemark.md', changes: false },
    { file: 'src/pages/index.astro', changes: false },
  ])('an edit to $file changes it: $changes', ({ file, changes }) => {
    writeFileSync(join(tree, file), 'etter');
    try {
      expect(inputsKey(tree, settings) !== before).toBe(changes);
    } finally {
      writeFileSync(join(tree, file), 'før');
    }
  });

  test('a new file among the inputs changes it, and so do the settings', () => {
    expect(inputsKey(tree, settings)).toBe(before);
    writeFileSync(join(tree, 'src/lib/parse', 'new.ts'), '');
    expect(inputsKey(tree, settings)).not.toBe(before);
    rmSync(join(tree, 'src/lib/parse', 'new.ts'));
    expect(inputsKey(tree, { base: '/ikt/' })).not.toBe(before);
  });
});

/** Builds the five into `outDir` with the kept workers in `cache`; the build's output. */
function build(outDir: string, cache: string): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, WORKER_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Every file of a build's scripts and of the import page, with its bytes. */
function workerFiles(dist: string): Map<string, Buffer> {
  const files = [
    ...readdirSync(join(dist, '_astro')).map((name) => `_astro/${name}`),
    'sammenlign/din-avtale/index.html',
  ];
  return new Map(files.map((file) => [file, readFileSync(join(dist, file))]));
}

test('a build from the kept worker is byte for byte the build that bundled it', () => {
  const cache = join(work, 'cache');
  const cold = build(join(work, 'cold'), cache);
  expect(cold).toMatch(/\[cached-worker\] _astro\/worker-[\w-]+\.js and 5 files of it bundled, kept in/);
  // A copy of the cache, so that the second build cannot write to what the first kept.
  cpSync(cache, join(work, 'cache-copy'), { recursive: true });
  const warm = build(join(work, 'warm'), join(work, 'cache-copy'));
  expect(warm).toMatch(/\[cached-worker\] _astro\/worker-[\w-]+\.js and 5 files of it, kept in/);
  expect(warm).not.toMatch(/bundled, kept in/);
  const [before, after] = [workerFiles(join(work, 'cold')), workerFiles(join(work, 'warm'))];
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes), file).toBe(true);
}, 400_000);
