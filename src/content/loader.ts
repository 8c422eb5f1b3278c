import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

type LoaderContext = Parameters<Loader['load']>[0];
import { readContentFile, readGuidelineFolder } from '../lib/parse/files.ts';
import { knownTopics, parseTopics } from '../lib/parse/topics.ts';
import type { MetaSchema } from '../lib/model/types.ts';
import { hashInputs, LOCK_FILES } from '../integrations/input-hash.ts';
import { loadErrorEntry } from './load-error.ts';

/** Reads a project file as UTF-8 (a regular file only, stopping at an invalid byte); errors name it relative to the project, as an editor sees it. */
async function readProjectFile(config: LoaderContext['config'], path: string) {
  const root = fileURLToPath(config.root);
  const absolute = resolve(root, path);
  const file = relative(root, absolute);
  return { file, source: await readContentFile(absolute, file), absolute };
}

/**
 * Runs `fill` (which reads the content and fills the store), and on the dev server runs it again
 * whenever a file under `paths` changes. Astro's watcher only reports changes: a loader that adds a
 * folder to it must reload the store itself, or the dev server keeps the first content it read.
 * On the dev server an error is stored in place of the entries (load-error.ts), so the page shows it
 * and the server keeps running; the production build (no watcher) stops with it.
 */
async function loadAndWatch(context: LoaderContext, paths: string[], fill: () => Promise<void>): Promise<void> {
  const { store, watcher, logger, config, generateDigest } = context;
  const load = async () => {
    try {
      await fill();
    } catch (error) {
      if (!watcher) throw error;
      logger.error(error instanceof Error ? error.message : String(error));
      store.clear();
      const entry = loadErrorEntry(error, fileURLToPath(config.root));
      store.set({ ...entry, digest: generateDigest(entry.data) });
    }
  };
  await load();
  if (!watcher) return;
  paths.forEach((path) => watcher.add(path));
  const concerns = (changed: string) => paths.some((path) => changed === path || changed.startsWith(path + sep));
  // A save is often several events (write, rename, delete of a backup): one reload after the burst,
  // and never two at once.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  const changed = new Set<string>();
  const reload = (path: string) => {
    if (!concerns(path)) return;
    changed.add(relative(fileURLToPath(config.root), path));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...changed].join(', ');
      changed.clear();
      running = running.then(async () => {
        await load();
        logger.info(`reloaded after a change to ${names}`);
      });
    }, 100);
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
}

/** Loads content/topics.yaml into the topics collection. */
export function topicLoader<Topic extends { id: string }>({ file, schema }: { file: string; schema: MetaSchema<Topic[]> }): Loader {
  return {
    name: 'topic-loader',
    load: async (context) => {
      const { store, config, generateDigest } = context;
      const absolute = resolve(fileURLToPath(config.root), file);
      await loadAndWatch(context, [absolute], async () => {
        const { file: name, source } = await readProjectFile(config, file);
        const topics = parseTopics(source, { file: name, schema });
        store.clear();
        // The store does not keep insertion order; `position` keeps the file's (editorial) order.
        topics.forEach((topic, position) => {
          const data = { ...topic, position };
          store.set({ id: topic.id, data, digest: generateDigest(data) });
        });
      });
    },
  };
}

/** What the stored guidelines are made from besides the content: the code that parses and packs them, and the packages. */
const PARSER_INPUTS = ['src/lib', 'src/content', 'src/content.config.ts', ...LOCK_FILES];
/** The store's record of what its guidelines were parsed from (the hash of the content and PARSER_INPUTS). */
const PARSED_FROM = 'parsed-from';

/** Parses every guideline in `base` with src/lib (topics checked against `topics`, each source file found in `sources`) and stores the model. */
export function guidelineLoader<
  Meta extends { slug: string; version: string; title: string; shortTitle: string; source: string },
  Topic extends { id: string },
>(options: {
  base: string;
  sources: string;
  topics: string;
  schema: MetaSchema<Meta>;
  topicsSchema: MetaSchema<Topic[]>;
}): Loader {
  return {
    name: 'guideline-loader',
    load: async (context) => {
      const { store, config, generateDigest, logger, watcher, meta } = context;
      const root = fileURLToPath(config.root);
      const dir = resolve(root, options.base);
      const sources = resolve(root, options.sources);
      const paths = [dir, resolve(root, options.topics), sources];
      // Astro keeps the store between builds (node_modules/.astro/). A build whose content and parser
      // are byte for byte those the store was filled from keeps its guidelines: the same parse would
      // give the same model, and passed every check (about 0.4 s for the five). The dev server, which
      // reloads on every change, always parses.
      const parsedFrom = watcher
        ? null
        : hashInputs(root, [...paths.map((path) => relative(root, path)), ...PARSER_INPUTS]);
      if (parsedFrom && meta.get(PARSED_FROM) === parsedFrom && store.keys().length > 0) {
        logger.info(`${store.keys().length} guideline files as the last build parsed them: nothing they are made from has changed`);
        return;
      }
      meta.delete(PARSED_FROM);
      await loadAndWatch(context, paths, async () => {
        // The parser (and all it imports) is loaded when the guidelines are parsed, not by a build that keeps them.
        const [{ loadGuidelines }, { checkSources }, { storedGuideline }] = await Promise.all([
          import('../lib/parse/load.ts'),
          import('../lib/parse/source-files.ts'),
          import('./stored-guideline.ts'),
        ]);
        const topicsFile = await readProjectFile(config, options.topics);
        const topics = parseTopics(topicsFile.source, { file: topicsFile.file, schema: options.topicsSchema });
        const files = await readGuidelineFolder(dir, relative(root, dir));
        const guidelines = loadGuidelines(files, options.schema, knownTopics(topics));
        await checkSources(guidelines, files, { absolute: sources, folder: relative(root, sources) });
        store.clear();
        for (const guideline of guidelines) {
          // The clause model is stored packed, the bodies apart (stored-guideline.ts).
          const data = storedGuideline(guideline) as unknown as Record<string, unknown>;
          const id = guideline.current ? guideline.meta.slug : `${guideline.meta.slug}@${guideline.meta.version}`;
          // The digest is the dev server's revision of the content (src/queries/memo.ts); a build, which
          // reads the content once, is spared serialising every guideline once more to make it.
          store.set({ id, data, filePath: guideline.file, digest: watcher ? generateDigest(data) : undefined });
        }
        logger.info(`${guidelines.length} guidelines, ${guidelines.reduce((sum, g) => sum + g.clauses.length, 0)} clauses`);
      });
      if (parsedFrom) meta.set(PARSED_FROM, parsedFrom);
    },
  };
}
