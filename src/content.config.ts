// `defineCollection` from astro/content/config, the module astro:content re-exports it from: Astro
// loads this file through Vite before the build, and astro:content would load Astro's whole page
// runtime with it (about 70 modules, a third of a second of CPU), which nothing here uses.
import { defineCollection } from 'astro/content/config';
import { guidelineLoader, topicLoader } from './content/loader.ts';
import { CONTENT_FOLDERS } from './content/folders.ts';
import { guidelineSchema, topicsSchema } from './lib/model/schema.ts';

export const collections = {
  guidelines: defineCollection({
    loader: guidelineLoader({
      base: CONTENT_FOLDERS.guidelines,
      sources: CONTENT_FOLDERS.sources,
      topics: CONTENT_FOLDERS.topics,
      schema: guidelineSchema,
      topicsSchema,
    }),
  }),
  topics: defineCollection({
    loader: topicLoader({ file: CONTENT_FOLDERS.topics, schema: topicsSchema }),
  }),
};
