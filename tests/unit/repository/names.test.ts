import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../helpers/index.ts';

// Two modules of one name (`export.ts` in compare/ and publish/) make a reader ask which one an
// import, a stack trace or a message means. Pages are the exception: in src/pages/ a file's name is
// its address (`index.astro`, `utskrift.astro`), which Astro's routing fixes.

function* sources(folder: string): Generator<string> {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.(?:ts|mts|mjs|js|astro)$/.test(entry.name)) yield path;
  }
}

test('no two source files outside src/pages/ share a name', () => {
  const files = [...sources('src'), ...sources('scripts')].filter((file) => !file.startsWith('src/pages/'));
  expect(files.length).toBeGreaterThan(100);
  const byName = Map.groupBy(files, (file) => basename(file));
  const shared = [...byName].filter(([, paths]) => paths.length > 1).map(([, paths]) => paths.join(' and '));
  expect(shared).toEqual([]);
});
