import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateNational } from '../../scripts/lib/corpus.ts';
import { buildSite, root } from './fixture-site.ts';
import { serveFolder, type Served } from '../../scripts/lib/browser.ts';
import { siteDist, useSite, type Site } from './harness.ts';

/** Where the national site is built: NATIONAL_DIST, or dist-national/ beside dist/. */
export const nationalDist = resolve(process.env.NATIONAL_DIST ?? join(root, 'dist-national'));

/**
 * Builds the national site (nineteen regions: the five and fourteen variants, scripts/lib/corpus.ts)
 * into {@link nationalDist} unless a build there is newer than the production build in dist/, so
 * that a browser test run builds it once and a run of one test file reuses it.
 */
export function buildNationalSite(): void {
  const index = (dist: string) => join(dist, 'index.html');
  if (existsSync(index(nationalDist)) && statSync(index(nationalDist)).mtimeMs >= statSync(index(siteDist)).mtimeMs)
    return;
  const work = mkdtempSync(join(tmpdir(), 'ikt-national-'));
  try {
    generateNational(join(work, 'guidelines'), root);
    const { status, output } = buildSite(join(work, 'guidelines'), nationalDist, { timeout: 600_000 });
    if (status !== 0) throw new Error(`the national site's build failed:\n${output}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The production build (five regions) and the national site (nineteen; global-setup.ts has built
 * it), served side by side for the tests of one file, one Chromium for both.
 */
export function useBothSites(): { five: Site; nineteen: Site } {
  const five = useSite();
  const nineteen = {} as Site;
  let served: Served | undefined;
  // Runs after useSite's beforeAll, which started the browser.
  beforeAll(async () => {
    served = await serveFolder(nationalDist, { etag: true });
    nineteen.origin = served.origin;
    nineteen.browser = five.browser;
    nineteen.context = (options = {}) => five.browser.newContext({ baseURL: served!.origin, ...options });
  });
  afterAll(async () => served?.close());
  return { five, nineteen };
}
