import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

type LoaderContext = Parameters<Loader['load']>[0];
import { loadGuidelines } from '../lib/parse/load.ts';
import { readContentFile, readGuidelineFolder } from '../lib/parse/files.ts';
import { checkSources } from '../lib/parse/source-files.ts';
import { parseTopics } from '../lib/parse/topics.ts';
import type { MetaSchema } from '../lib/model/types.ts';

/** Reads a project file as UTF-8 (a regular file only, stopping at an invalid byte); errors name it relative to the project, as an editor sees it. */
async function readProjectFile(config: LoaderContext['config'], path: string) {
  const root = fileURLToPath(config.root);
  const absolute = resolve(root, path);
  const file = relative(root, absolute);
  return { file, source: await readContentFile(absolute, file), absolute };
}

/** Loads content/topics.yaml into the topics collection. */
export function topicLoader<Topic extends { id: string }>({ file, schema }: { file: string; schema: MetaSchema<Topic[]> }): Loader {
  return {
    name: 'topic-loader',
    load: async ({ store, config, watcher }) => {
      const { file: name, source, absolute } = await readProjectFile(config, file);
      store.clear();
      // The store does not keep insertion order; `position` keeps the file's (editorial) order.
      parseTopics(source, { file: name, schema }).forEach((topic, position) => store.set({ id: topic.id, data: { ...topic, position } }));
      watcher?.add(absolute);
    },
  };
}

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
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const topicsFile = await readProjectFile(config, options.topics);
      const topics = parseTopics(topicsFile.source, { file: topicsFile.file, schema: options.topicsSchema });
      const dir = resolve(fileURLToPath(config.root), options.base);
      const files = await readGuidelineFolder(dir, relative(fileURLToPath(config.root), dir));
      const guidelines = loadGuidelines(files, options.schema, new Set(topics.map((topic) => topic.id)));
      const sources = resolve(fileURLToPath(config.root), options.sources);
      await checkSources(guidelines, files, { absolute: sources, folder: relative(fileURLToPath(config.root), sources) });
      store.clear();
      for (const guideline of guidelines) {
        const data = { ...guideline } as unknown as Record<string, unknown>;
        const id = guideline.current ? guideline.meta.slug : `${guideline.meta.slug}@${guideline.meta.version}`;
        store.set({ id, data, filePath: guideline.file, digest: generateDigest(data) });
      }
      logger.info(`${guidelines.length} guidelines, ${guidelines.reduce((sum, g) => sum + g.clauses.length, 0)} clauses`);
      watcher?.add(dir);
      watcher?.add(sources);
    },
  };
}
