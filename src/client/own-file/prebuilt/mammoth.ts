// mammoth in the import page's worker: the package's own minified browser build, a file of the site
// loaded by its address, instead of its source bundled into the worker on every build. The build maps
// `mammoth` here for the worker only (src/integrations/prebuilt-libraries.ts); Node reads the package.
import mammothUrl from 'mammoth/mammoth.browser.min.js?url';

type Mammoth = typeof import('mammoth');

// The browser build is a UMD script: loaded as a module it finds no `exports` or `define`, and sets
// `self.mammoth`.
await import(/* @vite-ignore */ mammothUrl);
const mammoth = (self as unknown as { mammoth: Mammoth }).mammoth;

export default mammoth;
