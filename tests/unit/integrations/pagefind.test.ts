import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { buildIndex, decodeNorwegianDictionary, norwegianDictionary } from '../../../src/integrations/pagefind.ts';
import { clauseText } from '../../../src/lib/publish/search-records.ts';
import type { CompoundDictionary } from '../../../src/lib/search/compounds.ts';
import { exportGuideline, exportIndex } from '../../../src/lib/publish/export.ts';
import { loadSite, loadTopics } from '../helpers/index.ts';

const work = mkdtempSync(join(tmpdir(), 'ikt-pagefind-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A build folder holding the JSON export of the five guidelines, as `astro build` writes it. */
function buildFolder(name: string): URL {
  const dir = join(work, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  const guidelines = loadSite();
  writeFileSync(join(dir, 'data/index.json'), JSON.stringify(exportIndex(guidelines, loadTopics())));
  for (const guideline of guidelines.filter((g) => g.current))
    writeFileSync(join(dir, `data/${guideline.meta.slug}.json`), JSON.stringify(exportGuideline(guideline)));
  return pathToFileURL(`${dir}/`);
}

const logged: string[] = [];
const logger = {
  fork: () => logger,
  info: (message: string) => logged.push(`info ${message}`),
  warn: (message: string) => logged.push(`warn ${message}`),
  error: (message: string) => logged.push(`error ${message}`),
} as unknown as AstroIntegrationLogger;

test('indexes every clause of the JSON export into one Norwegian index, and leaves out what the site does not serve', async () => {
  const dir = buildFolder('ok');
  await buildIndex(dir, logger);
  const clauses = loadSite()
    .filter((g) => g.current)
    .reduce((sum, guideline) => sum + guideline.clauses.length, 0);
  const entry = JSON.parse(readFileSync(new URL('pagefind/pagefind-entry.json', dir), 'utf8'));
  expect(entry.languages).toEqual({ nb: expect.objectContaining({ page_count: clauses, wasm: 'nb' }) });
  expect(existsSync(new URL('pagefind/pagefind.js', dir))).toBe(true);
  expect(existsSync(new URL('pagefind/wasm.nb.pagefind', dir))).toBe(true);
  for (const unused of ['pagefind-ui.js', 'pagefind-highlight.js', 'wasm.unknown.pagefind'])
    expect(existsSync(new URL(`pagefind/${unused}`, dir))).toBe(false);
  expect(logged.at(-1)).toMatch(new RegExp(`^info indexed ${clauses} clauses in \\d+ ms$`));
}, 30_000);

test('fails, naming the cause, when the JSON export is missing, and writes no index', async () => {
  const dir = buildFolder('broken');
  rmSync(new URL('data/telemark.json', dir));
  await expect(buildIndex(dir, logger)).rejects.toThrow(
    /^The search index could not be built: .*data\/telemark\.json: ENOENT/,
  );
  expect(existsSync(new URL('pagefind/', dir))).toBe(false);
}, 30_000);

/** Every file under `dir` (relative path → bytes). */
const filesOf = (dir: URL) =>
  new Map(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => statSync(new URL(file, dir)).isFile())
      .map((file) => [file, readFileSync(new URL(file, dir))] as const),
  );

// A build whose JSON export and indexing code are those of a kept index copies it instead of running
// Pagefind: it must publish the files the kept index was made as, byte for byte, and any change to
// the export (or to the code's hash) must make the index afresh.
describe('the kept search index', () => {
  const keep = join(work, 'kept');
  const indexed = (options: { inputs: string }, name: string, change?: (dir: URL) => void) => async () => {
    const dir = buildFolder(name);
    change?.(dir);
    logged.length = 0;
    await buildIndex(dir, logger, { keep, ...options });
    return { dir, said: logged.at(-1) ?? '' };
  };
  const code = { inputs: 'the code as it is' };

  test('is kept by the build that makes it, and copied by a build of the same export: the same files and bytes', async () => {
    const first = await indexed(code, 'kept-first')();
    expect(first.said).toMatch(/^info indexed \d+ clauses in \d+ ms$/);
    expect(readdirSync(keep)).toHaveLength(1);
    const second = await indexed(code, 'kept-second')();
    expect(second.said).toMatch(/^info the search index as kept in /);
    const [made, copied] = [filesOf(new URL('pagefind/', first.dir)), filesOf(new URL('pagefind/', second.dir))];
    expect([...copied.keys()].sort()).toEqual([...made.keys()].sort());
    expect(made.size).toBeGreaterThan(10);
    for (const [file, bytes] of made) expect(copied.get(file)?.equals(bytes), file).toBe(true);
  }, 60_000);

  test.each([
    {
      what: 'a changed clause in the JSON export',
      options: code,
      change: (dir: URL) => {
        const file = new URL('data/telemark.json', dir);
        writeFileSync(file, readFileSync(file, 'utf8').replace('"heading":"Formål"', '"heading":"Formålet"'));
      },
    },
    { what: 'changed indexing code', options: { inputs: 'the code after an edit' }, change: undefined },
  ])(
    'is made afresh after $what',
    async ({ what, options, change }) => {
      const { said } = await indexed(options, `kept-${what.replaceAll(' ', '-')}`, change)();
      expect(said).toMatch(/^info indexed \d+ clauses in \d+ ms$/);
    },
    60_000,
  );
});

// The dictionary is read from a binary form kept in node_modules/.cache/ (norwegianDictionary): it must
// answer every lookup the search index's compound split could make of it as the package's own form does.
test('the cached dictionary answers every lookup of the five guidelines’ compound split as the package’s own form', async () => {
  const words = new Set(
    loadSite()
      .filter((g) => g.current)
      .flatMap((guideline) => exportGuideline(guideline).clauses.map(clauseText))
      .flatMap((text) => text.toLowerCase().match(/\p{L}+/gu) ?? []),
  );
  await norwegianDictionary(); // makes the cache if it is not there
  const cache = new URL('../../../node_modules/.cache/dict-nb-no/', import.meta.url);
  expect(readdirSync(cache).filter((name) => name.endsWith('.btrie'))).not.toEqual([]);
  const [cached, own] = await Promise.all([norwegianDictionary(), decodeNorwegianDictionary()]);
  // Every entry a split of these words could ask for: each piece of three letters or more, as the
  // first, a middle or the last part of a compound.
  const asked = new Set<string>();
  for (const word of words)
    for (let start = 0; start < word.length; start++)
      for (let end = start + 3; end <= word.length; end++) {
        const part = word.slice(start, end);
        asked.add(`${part}+`).add(`+${part}+`).add(`+${part}`);
      }
  const answers = (dictionary: CompoundDictionary) => [...asked].filter((entry) => dictionary.has(entry));
  expect(asked.size).toBeGreaterThan(50_000);
  expect(answers(own).length).toBeGreaterThan(1_000);
  expect(answers(cached)).toEqual(answers(own));
}, 30_000);
