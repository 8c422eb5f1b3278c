import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Browser tests run against the production build; `npm test` builds it first. */
export default function setup(): void {
  const index = `${process.env.SITE_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url))}/index.html`;
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: run \`npm run build\` before the browser tests (npm test does both)`);
  }
}
