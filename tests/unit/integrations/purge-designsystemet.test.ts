import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postcss from 'postcss';
import { afterAll, expect, test } from 'vitest';

// The build's PostCSS purges Designsystemet's stylesheets and keeps each purged stylesheet, named by
// the hash of everything it is made from; a build with the same inputs reads the kept one instead
// of running PurgeCSS. Each case below runs the plugin as Vite does, on a stylesheet given as the entry.
const cache = mkdtempSync(join(tmpdir(), 'ikt-designsystemet-css-'));
process.env.DESIGNSYSTEMET_CACHE_DIR = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const { default: config } = await import('../../../src/integrations/purge-designsystemet.mjs');

const ENTRY = resolve('src/styles/designsystemet.css');
const purged = async (css: string) => (await postcss(config.plugins).process(css, { from: ENTRY })).css;
const INPUT = '.ds-button { color: red; }\n.ikke-brukt-noe-sted { color: blue; }\n';

test('purges the entry, keeps the result, and reads the kept result for the same input', async () => {
  const first = await purged(INPUT);
  expect(first).toContain('.ds-button');
  expect(first).not.toContain('.ikke-brukt-noe-sted');
  const kept = readdirSync(cache);
  expect(kept).toHaveLength(1);
  expect(readFileSync(join(cache, kept[0]!), 'utf8')).toBe(first);
  // A mark in the kept file shows that the next run read it rather than purging again.
  writeFileSync(join(cache, kept[0]!), `${first}/* kept */\n`);
  expect(await purged(INPUT)).toBe(`${first}/* kept */\n`);
});

test('purges afresh, and keeps another result, when the stylesheet before purging changes', async () => {
  const changed = `${INPUT}.ds-button:hover { color: green; }\n`;
  const result = await purged(changed);
  expect(result).toContain('.ds-button:hover');
  expect(result).not.toContain('/* kept */');
  expect(readdirSync(cache)).toHaveLength(2);
});
