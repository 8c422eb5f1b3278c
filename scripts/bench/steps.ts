// Where a build's time goes, read from what `astro build` prints as it goes: each line stamped with
// the time it arrived, the phases between the lines that open them, and the pages' own times
// (Astro prints `(+N ms)` after each page) summed per route of src/pages.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A line the build printed and when it arrived, in milliseconds after the build started. */
export interface StampedLine {
  ms: number;
  text: string;
}

/** The phases of a build, each opened by the first line matching its pattern (in this order). */
const PHASES: ReadonlyArray<readonly [string, RegExp]> = [
  ['start: config, integrations, Vite', /^/],
  ['content: loaders (parse, store)', /\[content\] Syncing content/],
  ['types, build info', /\[content\] Synced content/],
  ['bundle (Vite)', /Building static entrypoints/],
  ['getStaticPaths, first page', /generating static routes/],
  ['pages', /[├└]─ \//],
  ['after the pages: Pagefind, …', /^(?:[\d:]+ )?✓ Completed in/],
];

/** How long each phase took, and each route's pages (count and summed time), heaviest first. */
export interface BuildSteps {
  phases: Array<{ name: string; ms: number }>;
  /** When the first page was written, after the build started. */
  firstPageMs: number | null;
  routes: Array<{ route: string; pages: number; ms: number }>;
}

/** The routes of src/pages as patterns over what the build writes: `/tema/[topic]/[baseline]/`. */
function routePatterns(pagesDir: string): Array<{ route: string; pattern: RegExp; fixed: number }> {
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(?:astro|mdx|md|ts|js)$/.test(file),
  );
  return files.map((file) => {
    const route = `/${relative(pagesDir, join(pagesDir, file))}`
      .replace(/\.(?:astro|mdx|md|ts|js)$/, '')
      .replace(/\/index$/, '/')
      .replace(/^\/404$/, '/404.html')
      .replace(/^(\/.*[^/])$/, (path) => (/\.\w+$/.test(path) ? path : `${path}/`));
    const source = route.replace(/[.]/g, '\\.').replace(/\[[^\]]+\]/g, '[^/]+');
    return { route, pattern: new RegExp(`^${source}$`), fixed: route.replace(/\[[^\]]+\]/g, '').length };
  });
}

/** The steps of a build from the lines it printed; `pagesDir` is src/pages, to name each page's route. */
export function buildSteps(lines: ReadonlyArray<StampedLine>, totalMs: number, pagesDir: string): BuildSteps {
  const starts: Array<{ name: string; ms: number }> = [];
  let next = 0;
  for (const line of lines) {
    while (next < PHASES.length && PHASES[next]![1].test(line.text)) {
      starts.push({ name: PHASES[next]![0], ms: next === 0 ? 0 : line.ms });
      next++;
    }
  }
  const phases = starts.map((start, index) => ({
    name: start.name,
    ms: (starts[index + 1]?.ms ?? totalMs) - start.ms,
  }));
  const patterns = routePatterns(pagesDir);
  const routes = new Map<string, { pages: number; ms: number }>();
  let firstPageMs: number | null = null;
  for (const line of lines) {
    const page = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)\s*(m?s)\)/.exec(line.text);
    if (!page) continue;
    firstPageMs ??= line.ms;
    const path = page[1]!.replace(/index\.html$/, '');
    const route =
      patterns.filter(({ pattern }) => pattern.test(path)).sort((x, y) => y.fixed - x.fixed)[0]?.route ?? path;
    const entry = routes.get(route) ?? { pages: 0, ms: 0 };
    entry.pages++;
    entry.ms += Number(page[2]) * (page[3] === 's' ? 1000 : 1);
    routes.set(route, entry);
  }
  return {
    phases,
    firstPageMs,
    routes: [...routes].map(([route, entry]) => ({ route, ...entry })).sort((x, y) => y.ms - x.ms),
  };
}
