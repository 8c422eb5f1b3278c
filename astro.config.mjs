// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://ikt-retningslinjer.example.no',
  trailingSlash: 'always',
  integrations: [mdx()],
});
