import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteDist } from '../../scripts/lib/browser.ts';

/** Browser tests run against the production build; `npm test` builds it first. */
export default function setup(): void {
  const index = join(siteDist, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: run \`npm run build\` before the browser tests (npm test does both)`);
  }
}
