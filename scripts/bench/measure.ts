// What the bench measures: parse and align + diff time, the production build (wall time, peak
// memory, pages), a page's weight, the bytes a first search downloads, the search index's size.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareGuidelines } from '../../src/lib/compare/comparison.ts';
import { pairComparer } from '../../src/lib/compare/comparer.ts';
import { loadGuidelines } from '../../src/lib/parse/load.ts';
import { similarityModel } from '../../src/lib/compare/similarity.ts';
import type { Guideline } from '../../src/lib/model/types.ts';
import { guidelineSchema, type GuidelineMeta, type Topic } from '../../src/lib/model/schema.ts';
import { searchUrl } from '../../src/lib/model/routes.ts';
import { launchChromium, serveFolder } from '../lib/browser.ts';
import { readCorpus } from '../lib/corpus.ts';
import { buildSteps, type StampedLine } from './steps.ts';

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** The median wall time of `repeat` runs, in milliseconds. */
const time = (run: () => void, repeat = 3) =>
  median(
    Array.from({ length: repeat }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );

const comparable = (g: Guideline<GuidelineMeta>) => ({ slug: g.meta.slug, clauses: g.clauses });

/** Parse throughput, and align + diff time for every pair the site renders. */
export function measureLibrary(dir: string, topics: ReadonlyArray<Topic>) {
  const files = readCorpus(dir);
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.source), 0);
  const topicIds = new Set(topics.map((topic) => topic.id));
  let guidelines: Guideline<GuidelineMeta>[] = [];
  const parseMs = time(() => {
    guidelines = loadGuidelines(files, guidelineSchema, topicIds);
  });
  const current = guidelines.filter((guideline) => guideline.current);
  // The pages the site renders: every ordered pair within a sub-agreement, compared as the site does
  // (each unordered pair aligned and diffed once, the reverse its mirror).
  const pairs = current.flatMap((a) =>
    current.filter((b) => b !== a && b.meta.agreement === a.meta.agreement).map((b) => [a, b] as const),
  );
  const topicOrder = topics.map((topic) => topic.id);
  const alignMs = time(() => {
    const comparer = pairComparer(similarityModel(current.map(comparable), { topics }), { topicOrder });
    for (const [a, b] of pairs) comparer.compare(comparable(a), comparable(b));
  }, 1);
  return {
    files: files.length,
    bytes,
    guidelines: current.length,
    clauses: current.reduce((sum, g) => sum + g.clauses.length, 0),
    parseMs,
    docsPerSecond: files.length / (parseMs / 1000),
    pairs: pairs.length,
    alignMs,
  };
}

/** The budget's figure for aligning and diffing: the ten unordered pairs of the five real guidelines, median of five runs. */
export function measureTenPairs(dir: string, topics: ReadonlyArray<Topic>): number {
  const topicIds = new Set(topics.map((topic) => topic.id));
  const five = loadGuidelines(readCorpus(dir), guidelineSchema, topicIds).filter((g) => g.current);
  return time(() => {
    const model = similarityModel(five.map(comparable), { topics });
    for (let i = 0; i < five.length; i++)
      for (let j = i + 1; j < five.length; j++) compareGuidelines(comparable(five[i]!), comparable(five[j]!), model);
  }, 5);
}

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

/**
 * Runs `astro build` in `cwd` (its own node_modules/astro) with `args` and `env` added; wall time,
 * peak memory (VmHWM of the build process), CPU time (user and system, every thread of the build and
 * the processes it started and waited for, such as Pagefind's: on a machine other work loads, a
 * steadier measure of the build's own work than its wall time) and what it printed, each line stamped
 * with the time it arrived (milliseconds after the start).
 */
export async function runAstroBuild(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
) {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, 'node_modules/astro/bin/astro.mjs', 'build', ...args], {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakKb = 0;
  let cpuTicks = 0;
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines: StampedLine[] = [];
  let partial = '';
  const stamp = (ms: number, text: string) => lines.push({ ms, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
  child.stdout.on('data', (chunk: Buffer) => {
    const ms = performance.now() - started;
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop()!;
    for (const text of parts) stamp(ms, text);
  });
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      // utime, stime, cutime, cstime: the 14th to 17th fields, after the command's name in parentheses.
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpuTicks = fields.slice(11, 15).reduce((sum, field) => sum + Number(field), 0);
    } catch {
      // The process has ended between two polls.
    }
  }, 25);
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  clearInterval(poll);
  if (partial !== '') stamp(performance.now() - started, partial);
  if (code !== 0) throw new Error(`astro build failed in ${cwd}:\n${stderr.slice(-2000)}`);
  return { wallMs: performance.now() - started, peakMiB: peakKb / 1024, cpuMs: (cpuTicks / TICKS) * 1000, lines };
}

/**
 * Runs `astro build` in `root` for a folder of guidelines; wall time, peak memory, CPU time, pages, and where
 * the time went (steps.ts). `logFile` keeps what the build printed, each line after the
 * milliseconds since the start.
 *
 * It times the build an editor's change to the content costs: the guidelines are parsed (the folder is
 * new to the build's cache) and the search index is made afresh (an empty SEARCH_INDEX_CACHE_DIR of its
 * own, or a second run would copy the first's index); what is made from the code alone (the import
 * page's worker, the purged stylesheets) is kept, as it is between two such builds.
 */
export async function measureBuild(root: string, guidelinesDir: string, outDir: string, logFile?: string) {
  const searchIndexCache = mkdtempSync(join(tmpdir(), 'bench-search-index-'));
  const { wallMs, peakMiB, cpuMs, lines } = await runAstroBuild(
    root,
    ['--outDir', outDir],
    { GUIDELINES_DIR: guidelinesDir, SEARCH_INDEX_CACHE_DIR: searchIndexCache },
    buildNodeFlags(root),
  ).finally(() => rmSync(searchIndexCache, { recursive: true, force: true }));
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length;
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    writeFileSync(logFile, lines.map((line) => `${line.ms.toFixed(0).padStart(7)}  ${line.text}\n`).join(''));
  }
  return { wallMs, peakMiB, cpuMs, pages, steps: buildSteps(lines, wallMs, join(root, 'src/pages')) };
}

/** Gzip size of a built page plus the CSS and JS files it links. */
export function pageWeight(outDir: string, page: string) {
  const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((match) => match[1]!);
  const gzip = (text: Buffer | string) => gzipSync(text).length;
  const css = assets
    .filter((asset) => asset.endsWith('.css'))
    .reduce((sum, asset) => sum + gzip(readFileSync(join(outDir, asset))), 0);
  const js = assets
    .filter((asset) => asset.endsWith('.js'))
    .reduce((sum, asset) => sum + gzip(readFileSync(join(outDir, asset))), 0);
  return { html: gzip(html), css, js, total: gzip(html) + css + js };
}

/** The bytes of a folder's files, all of them (the search index as it is published: /pagefind/). */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/**
 * Bytes a first search downloads: every request a fresh browser makes for /sok/?q=…, gzipped as a
 * server would send them; null without Chromium or a search page.
 */
export async function firstSearch(outDir: string, query: string): Promise<number | null> {
  if (!existsSync(join(outDir, 'sok', 'index.html'))) return null;
  const browser = await launchChromium();
  const { origin, close } = await serveFolder(outDir);
  try {
    const page = await browser.newPage();
    const urls = new Set<string>();
    page.on('requestfinished', (request) => urls.add(request.url()));
    await page.goto(`${origin}${searchUrl(query)}`, { waitUntil: 'networkidle' });
    let bytes = 0;
    for (const url of urls) {
      const path = decodeURIComponent(new URL(url).pathname);
      const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
      if (existsSync(file) && statSync(file).isFile()) bytes += gzipSync(readFileSync(file)).length;
    }
    return bytes;
  } finally {
    await browser.close();
    await close();
  }
}

/**
 * The Node flags `npm run build` starts the build with (package.json's `build` script: a ceiling on V8's
 * heap, see docs/architecture.md), so that the bench measures the build a reader of the README runs.
 */
export function buildNodeFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } };
  const words = scripts.build.split(/\s+/);
  if (words[0] !== 'node') return [];
  return words.slice(
    1,
    words.findIndex((word) => word.endsWith('astro.mjs')),
  );
}
