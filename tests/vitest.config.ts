import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
// Unit tests import the front matter schema from src/content.config.ts; outside an Astro build the
// virtual module `astro:content` does not exist, so a one-line stand-in provides defineCollection.
const alias = { 'astro:content': fileURLToPath(new URL('./astro-content.ts', import.meta.url)) };

export default defineConfig({
  root,
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', root, include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium per file is plenty on two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
