import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateNational } from '../../scripts/lib/corpus.ts';
import { buildSite, root } from './fixture-site.ts';
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
    const { status, output } = buildSite(join(work, 'guidelines'), nationalDist, 600_000);
    if (status !== 0) throw new Error(`the national site's build failed:\n${output}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The national site served, and Chromium, for the tests of one file (global-setup.ts has built it). */
export const useNationalSite = (): Site => useSite({ dist: nationalDist });
