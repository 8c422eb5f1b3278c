import { defineCollection } from 'astro:content';
import { guidelineLoader, topicLoader } from './content/loader.ts';
import { guidelineSchema, topicsSchema } from './lib/model/schema.ts';

const content = {
  // GUIDELINES_DIR points the build at another folder of guidelines (tests and benchmarks use it).
  guidelines: process.env.GUIDELINES_DIR ?? 'content/guidelines',
  topics: 'content/topics.yaml',
};

export const collections = {
  guidelines: defineCollection({
    loader: guidelineLoader({
      base: content.guidelines,
      topics: content.topics,
      schema: guidelineSchema,
      topicsSchema,
    }),
  }),
  topics: defineCollection({
    loader: topicLoader({ file: content.topics, schema: topicsSchema }),
  }),
};
