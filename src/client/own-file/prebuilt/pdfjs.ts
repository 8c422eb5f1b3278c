// pdfjs-dist in the import page's worker: the package's own minified browser build, a file of the
// site loaded by its address, instead of its source bundled into the worker on every build (which
// took most of the worker's bundling time). The build maps `pdfjs-dist/legacy/build/pdf.mjs` here
// for the worker only (src/integrations/prebuilt-libraries.ts); Node reads the package itself.
import pdfUrl from 'pdfjs-dist/legacy/build/pdf.min.mjs?url';
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

const pdfjs = (await import(/* @vite-ignore */ pdfUrl)) as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
// pdfjs-dist parses the PDF in its own worker, a file of this site, started with this module (loading
// and compiling it takes a second or two) and kept for every PDF read.
pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
pdfjs.GlobalWorkerOptions.workerPort = new Worker(pdfWorkerUrl, { type: 'module' });

export const { getDocument, GlobalWorkerOptions } = pdfjs;
