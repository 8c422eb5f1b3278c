import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { useSite, type Site } from './harness.ts';

/** The project's root: the build runs there. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where buildSite builds: a folder per build inside the project (see buildSite). */
const buildsDir = join(root, 'node_modules/.cache/test-builds');

/**
 * The production build (`astro build`) of a folder of guidelines (GUIDELINES_DIR) into `outDir`: its
 * exit status and all it printed. Their sources are in content/sources, or in `sourcesDir` (SOURCES_DIR).
 *
 * The browser tests build side by side, and two builds must share nothing. Astro renders from server
 * chunks it writes under the build's folder, or, for a folder outside the project, under the project's
 * `.astro/.prerender/`, which one build would then delete under another. So the build runs in a folder
 * of its own inside the project and is moved to `outDir` when it ends. Astro's cache, which keeps the
 * parsed guidelines between builds (astro.config.mjs), is `outDir`'s own: `<outDir>.cache/`.
 */
export function buildSite(
  guidelinesDir: string,
  outDir: string,
  {
    sourcesDir,
    timeout = 120_000,
    env = {},
  }: { sourcesDir?: string; timeout?: number; env?: Record<string, string> } = {},
): { status: number | null; output: string } {
  const sources = sourcesDir === undefined ? {} : { SOURCES_DIR: sourcesDir };
  mkdirSync(buildsDir, { recursive: true });
  const building = mkdtempSync(join(buildsDir, 'build-'));
  try {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', building], {
      cwd: root,
      env: {
        ...process.env,
        GUIDELINES_DIR: guidelinesDir,
        ...sources,
        ASTRO_CACHE_DIR: `${outDir}.cache`,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
      encoding: 'utf8',
      timeout,
    });
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(dirname(outDir), { recursive: true });
    renameSync(building, outDir);
    // Plain text, whatever the terminal: Astro colours its log (its labels too) where FORCE_COLOR is set.
    return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/** A site of its own for one test file: where its guidelines and its build are. */
export interface FixtureSite extends Site {
  /** The folder of guidelines it was built from. */
  guidelines: string;
  /** The build. */
  dist: string;
}

/**
 * Builds a site of guidelines made for one test file before its tests, and serves it as useSite
 * does; removes both after them. `guidelines` is a folder to build as it is (relative to the
 * project), or a function that writes the guidelines into the empty folder it is given; `sources`
 * the folder of the source documents they name, when they are not the project's.
 */
export function useFixtureSite(
  name: string,
  guidelines: string | ((dir: string) => void),
  { sources }: { sources?: string } = {},
): FixtureSite {
  const work = mkdtempSync(join(tmpdir(), `ikt-${name}-`));
  const dir = typeof guidelines === 'string' ? resolve(root, guidelines) : join(work, 'guidelines');
  const dist = join(work, 'dist');
  beforeAll(() => {
    if (typeof guidelines !== 'string') {
      mkdirSync(dir);
      guidelines(dir);
    }
    const { status, output } = buildSite(dir, dist, {
      sourcesDir: sources === undefined ? undefined : resolve(root, sources),
    });
    if (status !== 0) throw new Error(`the fixture build of ${name} failed:\n${output}`);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  return Object.assign(useSite({ dist }), { guidelines: dir, dist });
}
