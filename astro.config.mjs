// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import postcss from './src/integrations/purge-designsystemet.mjs';

export default defineConfig({
  integrations: [mdx(), pagefind()],
  build: { format: 'directory' },
  // The guidelines hold no code; Shiki's inline styles would only break the Content Security Policy.
  markdown: { syntaxHighlight: false },
  // PurgeCSS over Designsystemet's stylesheets (see the file).
  vite: { css: { postcss } },
  security: {
    // A Content Security Policy as a <meta> tag on every page (documented for web servers in README).
    // Scripts: only the site's own files and the inline scripts Astro hashes; no 'unsafe-inline'.
    // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly; it allows no JavaScript eval.
    // Styles allow inline style attributes (the similarity matrix shades its cells with one).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
