import { defineCollection } from 'astro:content';
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
