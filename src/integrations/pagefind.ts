import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';
import type { PublishedGuideline, PublishedIndex } from '../lib/model/published.ts';
import { clauseText, searchRecords } from '../lib/publish/search-records.ts';
import { dataIndexUrl } from '../lib/model/routes.ts';
import { compoundSplitter, type CompoundDictionary } from '../lib/search/compounds.ts';
import { stems } from '../lib/text/stems.ts';

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

/**
 * Builds the search index after the build: one Pagefind record per clause, read from the JSON export
 * the build has just written (/data/<slug>.json, the same clause model as the reading pages), so only
 * guideline text is indexed, once, and no page's navigation or screen-reader text.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'ikt:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(dir, logger.fork('pagefind'));
      },
    },
  };
}

/** Indexes the JSON export in the build folder `dir` into `dir`/pagefind/; rejects, naming the cause, when anything fails. */
export async function buildIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  try {
    const guidelines = await readGuidelines(dir);
    const texts = guidelines.flatMap((guideline) => guideline.clauses.map(clauseText));
    const split = compoundSplitter(texts, (word) => stems(word)[0] ?? null, await norwegianDictionary());
    const records = searchRecords(guidelines, { split });
    const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), logger);
    // Sent all at once: the Pagefind service answers each; a national corpus (5,000 clauses) takes a
    // quarter of a second this way, three times less than one call after another.
    for (const response of await Promise.all(records.map((record) => index.addCustomRecord(record))))
      check(response, logger);
    const outputPath = fileURLToPath(new URL('pagefind/', dir));
    check(await index.writeFiles({ outputPath }), logger);
    await Promise.all(UNUSED.map((name) => rm(new URL(`pagefind/${name}`, dir), { force: true })));
    logger.info(`indexed ${records.length} clauses in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    throw new Error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    await pagefind.close();
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
  return decodeTrie(gunzipSync(source ?? (await readFile(DICTIONARY))).toString('utf8'));
}

/** Every guideline as the JSON export has it, in the order of /data/index.json. */
async function readGuidelines(dir: URL): Promise<PublishedGuideline[]> {
  const read = async (path: string) => {
    const file = new URL(path.replace(/^\//, ''), dir);
    try {
      return JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(
        `${fileURLToPath(file)}: ${error instanceof Error ? error.message : String(error)} (the search index is built from the JSON export)`,
        {
          cause: error,
        },
      );
    }
  };
  const { guidelines } = (await read(dataIndexUrl())) as PublishedIndex;
  return Promise.all(guidelines.map((guideline) => read(guideline.json) as Promise<PublishedGuideline>));
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
