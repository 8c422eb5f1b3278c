// The five guidelines' build beside a Starlight site holding the same five texts: a yardstick from
// outside the project for what a static Astro site of these texts costs. The Starlight site is made
// in a temporary folder with its own npm install; the project does not depend on Starlight.
// Like with like: both builds run on the same Node with the same flags (those of `npm run build`),
// both with a site address (so Starlight writes its sitemap, as the project does), and both warm:
// each is built once, untimed, before the timed pairs, so that every timed build finds its own
// caches as the last build left them (Astro's content store and Vite's, and the results the project
// keeps between builds, docs/architecture.md) and none pays for a first build's work.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNodeFlags, runAstroBuild } from './measure.ts';

/** The address both sites are built for: the project's own default (src/integrations/site-url.ts). */
const SITE = 'http://localhost:4321';

/** The Starlight release the yardstick uses (its peer range includes the project's Astro). */
const STARLIGHT_VERSION = '0.42.9';

/** Writes a Starlight site of the guidelines in `guidelinesDir` into `dir` and installs it; returns `dir`. */
export function makeStarlightSite(root: string, guidelinesDir: string, dir: string): string {
  const astroVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  // Starlight's pages, in the temporary site (not the project's src/).
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-yardstick', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION } }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: '${SITE}',
  integrations: [
    starlight({ title: 'IKT-retningslinjer', defaultLocale: 'root', locales: { root: { label: 'Norsk bokmål', lang: 'nb' } } }),
  ],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(docs, 'index.md'), '---\ntitle: IKT-retningslinjer\n---\n\nDe fem retningslinjene.\n');
  // Each guideline as a page: its title for front matter, its text as it stands.
  for (const name of readdirSync(guidelinesDir).filter((file) => /^[^@]+\.md$/.test(file))) {
    const source = readFileSync(join(guidelinesDir, name), 'utf8');
    const [, front = '', body = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const title = /^title:\s*(.*)$/m.exec(front)?.[1]?.trim() ?? name;
    writeFileSync(join(docs, name), `---\ntitle: ${title}\n---\n${body}`);
  }
  // No install scripts: the project's .npmrc refuses any it has not reviewed (under `npm run` its
  // settings reach this install too), and esbuild and sharp ship their binaries as packages.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts'], {
    cwd: dir,
    stdio: 'inherit',
  });
  return dir;
}

/** One pair of builds: the project's five and the Starlight site, each with its wall time, CPU time, peak memory and pages written. */
export interface YardstickPair {
  project: { wallMs: number; cpuMs: number; peakMiB: number; pages: number };
  starlight: { wallMs: number; cpuMs: number; peakMiB: number; pages: number };
}

/** The HTML pages a build wrote into `dir`. */
const pagesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;

/** Builds the project's five and the Starlight site once each, untimed, then `pairs` times, alternately (which goes first alternates too). */
export async function compareWithStarlight(
  root: string,
  site: string,
  work: string,
  pairs: number,
  log: (message: string) => void,
): Promise<YardstickPair[]> {
  const results: YardstickPair[] = [];
  const flags = buildNodeFlags(root);
  const projectOut = join(work, 'dist-project');
  const project = () => runAstroBuild(root, ['--outDir', projectOut], {}, flags);
  const starlight = () => runAstroBuild(site, [], {}, flags);
  log('  one build of each first, untimed, so that every timed build starts warm');
  await project();
  await starlight();
  for (let index = 0; index < pairs; index++) {
    const [first, second] = index % 2 === 0 ? [project, starlight] : [starlight, project];
    const one = await first();
    const other = await second();
    const [p, s] = index % 2 === 0 ? [one, other] : [other, one];
    const pair = {
      project: { wallMs: p.wallMs, cpuMs: p.cpuMs, peakMiB: p.peakMiB, pages: pagesIn(projectOut) },
      starlight: { wallMs: s.wallMs, cpuMs: s.cpuMs, peakMiB: s.peakMiB, pages: pagesIn(join(site, 'dist')) },
    };
    log(
      `  pair ${index + 1}: project ${(p.wallMs / 1000).toFixed(2)} s, Starlight ${(s.wallMs / 1000).toFixed(2)} s, ratio ${(p.wallMs / s.wallMs).toFixed(2)}`,
    );
    results.push(pair);
  }
  return results;
}

/** The report: each pair, and the median and range of the ratios of wall time, CPU time and peak memory. */
export function formatYardstick(pairs: ReadonlyArray<YardstickPair>): string[] {
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  const time = pairs.map((pair) => pair.project.wallMs / pair.starlight.wallMs);
  const cpu = pairs.map((pair) => pair.project.cpuMs / pair.starlight.cpuMs);
  const memory = pairs.map((pair) => pair.project.peakMiB / pair.starlight.peakMiB);
  const range = (values: number[]) =>
    `median ${median(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
  return [
    'the five guidelines beside a Starlight site of the same texts (builds run alternately, both warm, same Node and flags)',
    ...pairs.map(
      (pair, index) =>
        `  pair ${index + 1}: project ${(pair.project.wallMs / 1000).toFixed(2)} s (CPU ${(pair.project.cpuMs / 1000).toFixed(2)} s), ${pair.project.peakMiB.toFixed(0)} MiB, ${pair.project.pages} pages; Starlight ${(pair.starlight.wallMs / 1000).toFixed(2)} s (CPU ${(pair.starlight.cpuMs / 1000).toFixed(2)} s), ${pair.starlight.peakMiB.toFixed(0)} MiB, ${pair.starlight.pages} pages`,
    ),
    `  wall time, project ÷ Starlight: ${range(time)}`,
    `  CPU time, project ÷ Starlight: ${range(cpu)}`,
    `  peak memory, project ÷ Starlight: ${range(memory)}`,
  ];
}
