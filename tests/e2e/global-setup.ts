import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteDist } from '../../scripts/lib/browser.ts';
import { buildNationalSite } from './national-site.ts';

/**
 * Browser tests run against the production build (`npm test` builds it first) and against the
 * national site of nineteen regions, built here once per production build.
 */
export default function setup(): void {
  const index = join(siteDist, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} is missing: run \`npm run build\` before the browser tests (npm test does both)`);
  }
  buildNationalSite();
}
