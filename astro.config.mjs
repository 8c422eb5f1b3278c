// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  integrations: [mdx(), pagefind()],
  build: { format: 'directory' },
  vite: {
    build: {
      // Astro inlines a small <script> into the page; scripts stay files here, so that a
      // Content-Security-Policy can allow scripts from the site's own origin without 'unsafe-inline'.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
