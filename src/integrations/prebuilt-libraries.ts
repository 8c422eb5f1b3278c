// The import page's worker reads PDFs with pdfjs-dist and Word files with mammoth. Both packages ship
// a minified browser build; bundling their sources into the worker instead took most of the worker's
// bundling time on every build (about a second), for the same code. This plugin, given to the
// worker's build (and on the dev server to the page's scripts, the worker's among them), maps the two
// imports to src/client/own-file/prebuilt/, which load the
// packages' own builds as files of the site (content-hashed under /_astro/, same origin: the Content
// Security Policy's script-src 'self' holds them). The lib imports both lazily (pdf-lines.ts,
// docx.ts), so they load while the worker already listens; Node reads the packages themselves.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Each mapped import → the file in the worker that loads the package's browser build. */
const PREBUILT: Readonly<Record<string, string>> = {
  'pdfjs-dist/legacy/build/pdf.mjs': '../client/own-file/prebuilt/pdfjs.ts',
  mammoth: '../client/own-file/prebuilt/mammoth.ts',
};

/** A Vite plugin for the worker's build: pdfjs-dist and mammoth as their packages' prebuilt browser files. */
export function prebuiltLibraries(): Plugin {
  const shims = Object.fromEntries(
    Object.entries(PREBUILT).map(([source, shim]) => [source, fileURLToPath(new URL(shim, import.meta.url))]),
  );
  return {
    name: 'ikt:prebuilt-libraries',
    enforce: 'pre',
    resolveId(source) {
      return shims[source];
    },
  };
}

/** The same on the dev server, where the worker is served module by module with the page's scripts. */
export function prebuiltLibrariesOnDevServer(): Plugin {
  return {
    ...prebuiltLibraries(),
    name: 'ikt:prebuilt-libraries-dev',
    apply: 'serve',
    applyToEnvironment: (environment) => environment.name === 'client',
  };
}
