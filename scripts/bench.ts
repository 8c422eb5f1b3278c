// npm run bench: measures the site at its real size (five guidelines) and at national scale (a
// synthetic corpus of about 250 guidelines: 19 helsefellesskap × 13 sub-agreements, a third of them
// with an earlier version), and prints each figure beside its budget. Writes bench/results.json.
// A benchmark measures; it asserts nothing. Run it on an idle machine.
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
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareGuidelines } from '../src/lib/compare/comparison.ts';
import { loadGuidelines } from '../src/lib/parse/load.ts';
import { similarityModel } from '../src/lib/compare/similarity.ts';
import { parseTopics } from '../src/lib/parse/topics.ts';
import type { Guideline } from '../src/lib/model/types.ts';
import { guidelineSchema, topicsSchema, type GuidelineMeta } from '../src/lib/model/schema.ts';
import { compareUrl, guidelineUrl, searchUrl } from '../src/lib/model/routes.ts';
import { launchChromium, serveFolder } from './lib/browser.ts';
import { runMain } from './lib/cli.ts';

const REGIONS = 19;
const AGREEMENTS = 13;
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'ikt-bench-'));
const topics = parseTopics(readFileSync('content/topics.yaml', 'utf8'), {
  file: 'content/topics.yaml',
  schema: topicsSchema,
});
const topicIds = new Set(topics.map((topic) => topic.id));
const log = (message: string) => process.stderr.write(`${message}\n`);

/** A small deterministic random generator (mulberry32), so every run generates the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Wording that differs between regions in the real texts (Bokmål/Nynorsk, synonyms).
const VARIANTS: Array<[RegExp, string]> = [
  [/\bskal\b/g, 'bør'],
  [/\bPartene\b/g, 'Partnerne'],
  [/\bkommunen\b/g, 'kommunane'],
  [/\bmeldinger\b/g, 'meldingar'],
  [/\brutiner\b/g, 'rutinar'],
  [/\bsikre\b/g, 'trygge'],
  [/\bhelseforetak\b/g, 'helseføretak'],
  [/\binformasjon\b/g, 'opplysninger'],
];

/** A variant of a real guideline: other words here and there, list items dropped, an extra appendix. */
function vary(
  source: string,
  next: () => number,
  {
    slug,
    region,
    agreement,
    version,
    extra,
  }: { slug: string; region: string; agreement: string; version: string; extra: boolean },
): string {
  const end = source.indexOf('\n---\n', 4);
  let front = source.slice(0, end + 5);
  const body = source.slice(end + 5);
  front = front
    .replace(/^slug: .*$/m, `slug: ${slug}`)
    // A region's texts need titles of their own (the build refuses a title used twice in one region).
    .replace(/^title: "(.*)"$/m, `title: "$1 (${agreement})"`)
    .replace(/^shortTitle: .*$/m, `shortTitle: "${region} ${agreement}"`)
    .replace(/^citation: .*$/m, `citation: "Retningslinje ${region} ${agreement}"`)
    .replace(/^region: .*$/m, `region: "${region}"`)
    .replace(/^version: .*$/m, `version: "${version}"`)
    .replace(/^kind: /m, `agreement: ${agreement}\nkind: `);
  const lines = body.split('\n').flatMap((line) => {
    if (line.startsWith('#') || line.startsWith('|') || line.startsWith('[^') || line.includes('[^')) return [line];
    if (line.startsWith('- ') && next() < 0.1) return [];
    let varied = line;
    for (const [pattern, replacement] of VARIANTS)
      varied = varied.replace(pattern, (word) => (next() < 0.3 ? replacement : word));
    return [varied];
  });
  if (extra) {
    const appendix = [
      `## Vedlegg: Kontaktpunkter i ${region} {tema=kontaktpunkt}`,
      '',
      `Kontaktpunkt for ${region} er meldingsansvarlig i hver kommune og i helseforetaket.`,
      '',
    ];
    const footnotes = lines.findIndex((line) => line.startsWith('[^'));
    lines.splice(footnotes === -1 ? lines.length : footnotes, 0, ...appendix);
  }
  return front + lines.join('\n');
}

/** Writes the synthetic corpus; returns how many files and bytes. */
function generateCorpus(dir: string): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync('content/guidelines')
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(`content/guidelines/${name}`, 'utf8'));
  const next = random(20261124);
  let files = 0;
  let bytes = 0;
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (let r = 1; r <= REGIONS; r++) {
    for (let a = 1; a <= AGREEMENTS; a++) {
      const source = sources[(r + a) % sources.length]!;
      const slug = `region-${r}-delavtale-${a}`;
      const names = { slug, region: `Region ${r}`, agreement: `delavtale-${a}` };
      write(`${slug}.md`, vary(source, next, { ...names, version: '2', extra: next() < 0.5 }));
      if (next() < 1 / 3)
        write(
          `${slug}@1.md`,
          vary(source, next, { ...names, version: '1', extra: false }).replace(/^status: .*$/m, 'status: erstattet'),
        );
    }
  }
  return { files, bytes };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const time = (run: () => void, repeat = 3) =>
  median(
    Array.from({ length: repeat }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );

function readCorpus(dir: string) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}

/** Parse throughput, and align + diff time for every pair the site renders. */
function measureLibrary(dir: string) {
  const files = readCorpus(dir);
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.source), 0);
  let guidelines: Guideline<GuidelineMeta>[] = [];
  const parseMs = time(() => {
    guidelines = loadGuidelines(files, guidelineSchema, topicIds);
  });
  const current = guidelines.filter((guideline) => guideline.current);
  const comparable = (g: Guideline<GuidelineMeta>) => ({ slug: g.meta.slug, clauses: g.clauses });
  // The pages the site renders: every ordered pair within a sub-agreement (alignment is not symmetric).
  const pairs = current.flatMap((a) =>
    current.filter((b) => b !== a && b.meta.agreement === a.meta.agreement).map((b) => [a, b] as const),
  );
  const topicOrder = topics.map((topic) => topic.id);
  const alignMs = time(() => {
    const model = similarityModel(current.map(comparable));
    for (const [a, b] of pairs) compareGuidelines(comparable(a), comparable(b), model, { topicOrder });
  }, 1);
  // The budget's figure: the ten unordered pairs of the five real guidelines (only for that corpus).
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

/** Runs `astro build` for a folder of guidelines; wall time, peak memory (VmHWM of the build process), pages. */
async function measureBuild(guidelinesDir: string, outDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, GUIDELINES_DIR: guidelinesDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let peakKb = 0;
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const poll = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process has ended between two polls.
    }
  }, 25);
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  clearInterval(poll);
  if (code !== 0) throw new Error(`astro build failed for ${guidelinesDir}:\n${stderr.slice(-2000)}`);
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length;
  return { wallMs: performance.now() - started, peakMiB: peakKb / 1024, pages };
}

/** Gzip size of a built page plus the CSS and JS files it links. */
function pageWeight(outDir: string, page: string) {
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

/** Bytes a first search downloads: every request a fresh browser makes for /sok/?q=…, gzipped as a server would send them. */
/** The bytes of a folder's files, all of them (the search index as it is published: /pagefind/). */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

async function firstSearch(outDir: string, query: string): Promise<number | null> {
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

const kb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number) =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;

async function main() {
  const corpus = join(work, 'corpus');
  log(`generating the synthetic corpus in ${corpus} …`);
  const generated = generateCorpus(corpus);
  log(`  ${generated.files} files, ${(generated.bytes / 1024).toFixed(0)} KB`);

  type Measures = ReturnType<typeof measureLibrary> & {
    build: Awaited<ReturnType<typeof measureBuild>>;
    reading: ReturnType<typeof pageWeight>;
    heaviestReading: number | null;
    comparison: ReturnType<typeof pageWeight>;
    firstSearchBytes: Awaited<ReturnType<typeof firstSearch>>;
    indexBytes: number;
  };
  const results: Record<string, Measures> = {};
  for (const [name, dir] of [
    ['five', 'content/guidelines'],
    ['national', corpus],
  ] as const) {
    log(`measuring ${name}: parse, align and diff …`);
    const library = measureLibrary(dir);
    log(`measuring ${name}: production build …`);
    const out = join(work, `dist-${name}`);
    const build = await measureBuild(dir === corpus ? corpus : join(root, dir), out);
    const reading = pageWeight(out, guidelineUrl(name === 'five' ? 'telemark' : 'region-1-delavtale-1'));
    const comparison = pageWeight(
      out,
      name === 'five' ? compareUrl('telemark', 'unn') : compareUrl('region-1-delavtale-1', 'region-2-delavtale-1'),
    );
    // The heaviest reading page of the five real texts (Møre og Romsdal's action table, Innlandet's checklist).
    const heaviest =
      name === 'five'
        ? Math.max(...readdirSync(join(out, 'retningslinjer')).map((slug) => pageWeight(out, guidelineUrl(slug)).total))
        : null;
    log(`measuring ${name}: first search …`);
    const search = await firstSearch(out, 'meldingsutveksling');
    const indexBytes = folderBytes(join(out, 'pagefind'));
    results[name] = {
      ...library,
      build,
      reading,
      heaviestReading: heaviest,
      comparison,
      firstSearchBytes: search,
      indexBytes,
    };
  }

  // The budget for aligning and diffing: the ten unordered pairs of the five real guidelines.
  const five = loadGuidelines(readCorpus('content/guidelines'), guidelineSchema, topicIds).filter((g) => g.current);
  const comparable = (g: Guideline<GuidelineMeta>) => ({ slug: g.meta.slug, clauses: g.clauses });
  const tenPairsMs = time(() => {
    const model = similarityModel(five.map(comparable));
    for (let i = 0; i < five.length; i++)
      for (let j = i + 1; j < five.length; j++) compareGuidelines(comparable(five[i]!), comparable(five[j]!), model);
  }, 5);

  const f = results.five!;
  const n = results.national!;
  const rows: Array<[string, string, string, string, boolean | null]> = [
    ['guidelines (files)', `${f.guidelines} (${f.files})`, `${n.guidelines} (${n.files})`, '', null],
    ['pages built', String(f.build.pages), String(n.build.pages), '', null],
    ['parse, all files', ms(f.parseMs), ms(n.parseMs), '', null],
    ['parse throughput', `${f.docsPerSecond.toFixed(0)} files/s`, `${n.docsPerSecond.toFixed(0)} files/s`, '', null],
    [
      'align + diff, pairs the site renders',
      `${ms(f.alignMs)} (${f.pairs} pairs)`,
      `${ms(n.alignMs)} (${n.pairs} pairs)`,
      '',
      null,
    ],
    ['align + diff, the ten pairs of the five', ms(tenPairsMs), '', '≤ 100 ms', tenPairsMs <= 100],
    ['build, wall (five)', ms(f.build.wallMs), '', '≤ 10 s', f.build.wallMs <= 10_000],
    ['build, wall (national)', '', ms(n.build.wallMs), '≤ 60 s', n.build.wallMs <= 60_000],
    [
      'build, peak memory',
      `${f.build.peakMiB.toFixed(0)} MiB`,
      `${n.build.peakMiB.toFixed(0)} MiB`,
      '≤ 1536 MiB (national)',
      n.build.peakMiB <= 1536,
    ],
    [
      'build time per page',
      ms(f.build.wallMs / f.build.pages),
      ms(n.build.wallMs / n.build.pages),
      'no worse than linear',
      n.build.wallMs / n.build.pages <= 2 * (f.build.wallMs / f.build.pages),
    ],
    // A page budget holds for every page of its kind: the five's, the national corpus's and the heaviest.
    [
      'reading page, HTML + CSS + JS gzip',
      kb(f.reading.total),
      kb(n.reading.total),
      '≤ 14 KB',
      Math.max(f.reading.total, n.reading.total) <= 14 * 1024,
    ],
    [
      'heaviest reading page of the five',
      kb(f.heaviestReading ?? 0),
      '',
      '≤ 14 KB',
      (f.heaviestReading ?? 0) <= 14 * 1024,
    ],
    [
      'comparison page, HTML + CSS + JS gzip',
      kb(f.comparison.total),
      kb(n.comparison.total),
      '≤ 40 KB',
      Math.max(f.comparison.total, n.comparison.total) <= 40 * 1024,
    ],
    [
      'first search, transferred',
      kb(f.firstSearchBytes),
      kb(n.firstSearchBytes),
      '≤ 60 KB',
      f.firstSearchBytes === null ? null : f.firstSearchBytes <= 60 * 1024,
    ],
    ['search index (/pagefind/, all files)', kb(f.indexBytes), kb(n.indexBytes), '', null],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => String(row[i]).length), 12));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 6)).join('  ');
  console.log(line(['measure', 'five guidelines', '~250 guidelines', 'budget', 'met']));
  for (const [label, a, b, budget, met] of rows)
    console.log(line([label, a, b, budget, met === null ? '' : met ? 'yes' : 'NO']));

  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, tenPairsMs, ...results, budgets: rows.filter((row) => row[3]).map(([label, five, national, budget, met]) => ({ label, five, national, budget, met })) }, null, 2)}\n`,
  );
  log(`wrote ${relative(root, 'bench/results.json')}`);
}

await runMain(import.meta.url, 'bench', async () => {
  try {
    await main();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
