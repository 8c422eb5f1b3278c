import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadGuidelines } from '../lib/load.ts';
import type { MetaSchema } from '../lib/types.ts';

/** An Astro content loader that parses every guideline in `base` with src/lib and stores the model. */
export function guidelineLoader<Meta extends { slug: string }>({ base, schema }: { base: string; schema: MetaSchema<Meta> }): Loader {
  return {
    name: 'guideline-loader',
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
      // Errors name the file relative to the project, as an editor sees it.
      const files = await Promise.all(names.map(async (name) => ({ file: relative(root, join(dir, name)), source: await readFile(join(dir, name), 'utf8') })));
      const guidelines = loadGuidelines(files, schema);
      store.clear();
      for (const guideline of guidelines) {
        const data = { ...guideline } as unknown as Record<string, unknown>;
        store.set({ id: guideline.meta.slug, data, filePath: guideline.file, digest: generateDigest(data) });
      }
      logger.info(`${guidelines.length} guidelines, ${guidelines.reduce((sum, g) => sum + g.clauses.length, 0)} clauses`);
      watcher?.add(dir);
    },
  };
}
