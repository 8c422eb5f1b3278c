// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  security: {
    // A Content Security Policy as a <meta> tag on every page (documented for web servers in README).
    // Scripts: only the site's own files and the inline scripts Astro hashes; no 'unsafe-inline'.
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
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
