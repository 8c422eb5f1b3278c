import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { PublishedGuideline, PublishedIndex } from '../lib/model/published.ts';
import type { CompoundDictionary } from '../lib/search/compounds.ts';
import { dataIndexUrl } from '../lib/model/routes.ts';
import { hashInputs, LOCK_FILES } from './input-hash.ts';

// The package exports only its cspell settings; the dictionary stands beside them.
const DICTIONARY = new URL(
  'nb.trie.gz',
  pathToFileURL(createRequire(import.meta.url).resolve('@cspell/dict-nb-no/cspell-ext.json')),
);

/** The language the one index is built as: Pagefind's Norwegian (Snowball) stemmer, for Bokmål and Nynorsk alike. */
const INDEX_LANGUAGE = 'nb';

// Pagefind writes its ready-made UIs and highlighter beside the index; the site has its own search
// page and highlighter (src/client/), so these are not published. Nor is the WebAssembly for
// languages without a stemmer: the one index is Norwegian, and pagefind.js loads `wasm.nb`.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

/** What the search index is made from besides the JSON export: the code that makes it (src/lib: the records, the compound split, the stems) and the packages (Pagefind, the dictionary). */
const INDEX_INPUTS = ['src/integrations/pagefind.ts', 'src/lib', ...LOCK_FILES];

/**
 * Builds the search index after the build: one Pagefind record per clause, read from the JSON export
 * the build has just written (/data/<slug>.json, the same clause model as the reading pages), so only
 * guideline text is indexed, once, and no page's navigation or screen-reader text. The index is kept
 * in node_modules/.cache/search-index/ (SEARCH_INDEX_CACHE_DIR puts it elsewhere), named by the hash
 * of the export and of INDEX_INPUTS: a build whose export and code are those of a kept index copies
 * it, the same files and bytes, and loads neither Pagefind nor the dictionary.
 */
export default function pagefindIntegration(): AstroIntegration {
  let root = '';
  return {
    name: 'ikt:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const keep = process.env.SEARCH_INDEX_CACHE_DIR ?? join(root, 'node_modules/.cache/search-index');
        await buildIndex(dir, logger.fork('pagefind'), { keep, inputs: hashInputs(root, INDEX_INPUTS) });
      },
    },
  };
}

/**
 * Indexes the JSON export in the build folder `dir` into `dir`/pagefind/; rejects, naming the cause,
 * when anything fails. With `keep` (a folder) and `inputs` (the hash of the code that makes the
 * index), an index kept there from the same export and code is copied instead, and a new one is kept.
 */
export async function buildIndex(
  dir: URL,
  logger: AstroIntegrationLogger,
  { keep, inputs = '' }: { keep?: string; inputs?: string } = {},
): Promise<void> {
  const started = performance.now();
  const outputPath = fileURLToPath(new URL('pagefind/', dir));
  let pagefind: typeof import('pagefind') | undefined;
  try {
    const exported = await readExport(dir);
    const kept =
      keep &&
      join(keep, createHash('sha256').update(inputs).update(exported.texts.join('\0')).digest('hex').slice(0, 20));
    if (kept && (await isFolder(kept))) {
      await cp(kept, outputPath, { recursive: true });
      logger.info(`the search index as kept in ${kept}: the JSON export and the code that indexes it have not changed`);
      return;
    }
    // Loaded only when an index is made: Pagefind, the dictionary and the compound split.
    const [records, indexer] = await Promise.all([searchRecordsOf(exported.guidelines), import('pagefind')]);
    pagefind = indexer;
    const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), logger);
    // Sent all at once: the Pagefind service answers each; a national corpus (5,000 clauses) takes a
    // quarter of a second this way, three times less than one call after another.
    for (const response of await Promise.all(records.map((record) => index.addCustomRecord(record))))
      check(response, logger);
    check(await index.writeFiles({ outputPath }), logger);
    await Promise.all(UNUSED.map((name) => rm(new URL(`pagefind/${name}`, dir), { force: true })));
    logger.info(`indexed ${records.length} clauses in ${Math.round(performance.now() - started)} ms`);
    if (kept) await keepIndex(outputPath, kept);
  } catch (error) {
    throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    await pagefind?.close();
  }
}

/** One Pagefind record per clause, each with the compounds of the texts split (src/lib/publish/search-records.ts). */
async function searchRecordsOf(guidelines: PublishedGuideline[]) {
  const [{ clauseText, searchRecords }, { compoundSplitter }, { stems }, dictionary] = await Promise.all([
    import('../lib/publish/search-records.ts'),
    import('../lib/search/compounds.ts'),
    import('../lib/text/stems.ts'),
    norwegianDictionary(),
  ]);
  const texts = guidelines.flatMap((guideline) => guideline.clauses.map(clauseText));
  const split = compoundSplitter(texts, (word) => stems(word)[0] ?? null, dictionary);
  return searchRecords(guidelines, { split });
}

const isFolder = (path: string) =>
  stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );

/** Keeps the index just written: under a name of its own, then renamed, so that builds running at once never copy half of it. */
async function keepIndex(outputPath: string, kept: string): Promise<void> {
  const partial = `${kept}.${process.pid}`;
  try {
    await cp(outputPath, partial, { recursive: true });
    await rename(partial, kept);
  } catch {
    // Another build kept it first, or node_modules is read-only: the next build indexes again.
    await rm(partial, { recursive: true, force: true });
  }
}

/**
 * The Bokmål dictionary of the cspell project (@cspell/dict-nb-no, built from the Norwegian hunspell
 * dictionary), which marks the words that may begin («melding+») or end («+kvittering») a compound.
 * Read at build time only, to decide where a compound of the texts splits; nothing of it is published.
 * Decoding the package's text form takes about a third of a second, every build; cspell-trie-lib's
 * binary form of the same trie reads in a few milliseconds, so it is made the first time and kept in
 * node_modules/.cache/, named by the dictionary file's hash and the encoder's version (a new
 * dictionary or encoding is decoded afresh).
 */
export async function norwegianDictionary(): Promise<CompoundDictionary> {
  const { decodeTrie, encodeITrieToBTrie } = await import('cspell-trie-lib');
  const source = await readFile(DICTIONARY);
  // The package exports only its entry (dist/index.js); its package.json stands a folder above it.
  const encoder = JSON.parse(
    await readFile(new URL('package.json', new URL('..', import.meta.resolve('cspell-trie-lib'))), 'utf8'),
  );
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const cached = new URL(`../../node_modules/.cache/dict-nb-no/nb-${hash}-${encoder.version}.btrie`, import.meta.url);
  const bytes = await readFile(cached).catch(() => null);
  if (bytes) return decodeTrie(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const trie = await decodeNorwegianDictionary(source);
  // Written under a name of its own and renamed, so that builds running at once never read half a
  // file; a cache that cannot be written (a read-only node_modules) costs the third of a second, no more.
  const partial = new URL(`${cached.href}.${process.pid}`);
  await mkdir(new URL('./', cached), { recursive: true })
    .then(() => writeFile(partial, encodeITrieToBTrie(trie)))
    .then(() => rename(partial, cached))
    .catch(() => rm(partial, { force: true }));
  return trie;
}

/** The dictionary decoded from the package's own (text) form, as norwegianDictionary's cache is made. */
export async function decodeNorwegianDictionary(source?: Buffer) {
  const { decodeTrie } = await import('cspell-trie-lib');
  return decodeTrie(gunzipSync(source ?? (await readFile(DICTIONARY))).toString('utf8'));
}

/** Every guideline as the JSON export has it, in the order of /data/index.json, and the texts of the files read (index first). */
async function readExport(dir: URL): Promise<{ guidelines: PublishedGuideline[]; texts: string[] }> {
  const read = async (path: string) => {
    const file = new URL(path.replace(/^\//, ''), dir);
    try {
      const text = await readFile(file, 'utf8');
      return { text, data: JSON.parse(text) };
    } catch (error) {
      throw new Error(
        `${fileURLToPath(file)}: ${error instanceof Error ? error.message : String(error)} (the search index is built from the JSON export)`,
        {
          cause: error,
        },
      );
    }
  };
  const index = await read(dataIndexUrl());
  const files = await Promise.all((index.data as PublishedIndex).guidelines.map((guideline) => read(guideline.json)));
  return {
    guidelines: files.map((file) => file.data as PublishedGuideline),
    texts: [index.text, ...files.map((file) => file.text)],
  };
}

/** Pagefind answers every call with `errors`; any error stops the build. */
function check<Response extends { errors: string[] }>(
  response: Response,
  logger: AstroIntegrationLogger,
): Required<Response> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(error);
    throw new Error(`Pagefind: ${response.errors.join('; ')}`);
  }
  return response as Required<Response>;
}
