// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import postcss from './src/integrations/purge-designsystemet.mjs';
import { prebuiltLibraries, prebuiltLibrariesOnDevServer } from './src/integrations/prebuilt-libraries.ts';
import cachedWorker from './src/integrations/cached-worker.ts';
import { siteUrl, siteUrlNotice } from './src/integrations/site-url.ts';
import {
  CSP_DIRECTIVES,
  SCRIPT_RESOURCES,
  SECURITY_HEADERS,
  STYLE_RESOURCES,
} from './src/integrations/security-headers.ts';

export default defineConfig({
  // Astro's cache (node_modules/.astro/) keeps the parsed guidelines between builds (src/content/loader.ts).
  // ASTRO_CACHE_DIR gives a build a cache of its own: the tests' fixture builds, which run side by side,
  // each use one, so that one build's content never replaces another's between its builds.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // The address the site is published at (SITE_URL, see the file and docs/deploying.md).
  site: siteUrl(),
  // A warning when SITE_URL is not set; the search index; the import page's worker bundled only when
  // one of its inputs changes (see the files).
  integrations: [siteUrlNotice(), mdx(), pagefind(), cachedWorker()],
  // Three pages rendered at a time: a page's files are written while the next is rendered (the
  // national bench on an idle machine: 58.6 and 59.5 s against 63.0 and 69.1 s one at a time).
  build: { format: 'directory', concurrency: 3 },
  // The guidelines hold no code; Shiki's inline styles would only break the Content Security Policy.
  markdown: { syntaxHighlight: false },
  // PurgeCSS over Designsystemet's stylesheets (see the file). The import page's worker is an ES
  // module (it loads pdfjs-dist's own worker by its address, which a classic worker bundle cannot split off).
  // pdfjs-dist and mammoth reach the worker as their packages' own browser builds (see the file).
  // The Markdown parser's entity decoder has a browser build that needs a `document`, which the
  // worker has not: it gets the plain one, as Node does.
  vite: {
    css: { postcss },
    plugins: [prebuiltLibrariesOnDevServer()],
    worker: { format: 'es', plugins: () => [prebuiltLibraries()] },
    resolve: {
      alias: {
        'decode-named-character-reference': fileURLToPath(import.meta.resolve('decode-named-character-reference')),
      },
    },
  },
  // The headers the server `npm start` runs sends (docs/deploying.md; the same list in public/_headers).
  server: { headers: { ...SECURITY_HEADERS } },
  security: {
    // A Content Security Policy as a <meta> tag on every page, declared in
    // src/integrations/security-headers.ts. Scripts: only the site's own files and the inline
    // scripts Astro hashes; no 'unsafe-inline'.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: SCRIPT_RESOURCES },
      styleDirective: { resources: STYLE_RESOURCES },
    },
  },
});
