// The bench's report: each figure beside its budget, as a table on stdout and as bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { firstSearch, measureBuild, measureLibrary, pageWeight } from './measure.ts';
import type { BuildSteps } from './steps.ts';

/** Everything measured for one corpus. */
export type Measures = ReturnType<typeof measureLibrary> & {
  build: Awaited<ReturnType<typeof measureBuild>>;
  reading: ReturnType<typeof pageWeight>;
  heaviestReading: number | null;
  comparison: ReturnType<typeof pageWeight>;
  firstSearchBytes: Awaited<ReturnType<typeof firstSearch>>;
  indexBytes: number;
};

/** A row: the measure, the five guidelines' figure, the national corpus's, the budget, and whether it is met (null: no budget, or not measured). */
type Row = [string, string, string, string, boolean | null];

const kb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number) =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** The table's rows; without the national corpus (`--five`), its column is empty and its budgets unjudged. */
export function budgetRows(f: Measures, n: Measures | undefined, tenPairsMs: number): Row[] {
  // A national figure, or '' when the national corpus was not measured.
  const national = (figure: (n: Measures) => string) => (n ? figure(n) : '');
  return [
    ['guidelines (files)', `${f.guidelines} (${f.files})`, national((n) => `${n.guidelines} (${n.files})`), '', null],
    ['pages built', String(f.build.pages), national((n) => String(n.build.pages)), '', null],
    ['parse, all files', ms(f.parseMs), national((n) => ms(n.parseMs)), '', null],
    [
      'parse throughput',
      `${f.docsPerSecond.toFixed(0)} files/s`,
      national((n) => `${n.docsPerSecond.toFixed(0)} files/s`),
      '',
      null,
    ],
    [
      'align + diff, pairs the site renders',
      `${ms(f.alignMs)} (${f.pairs} pairs)`,
      national((n) => `${ms(n.alignMs)} (${n.pairs} pairs)`),
      '',
      null,
    ],
    ['align + diff, the ten pairs of the five', ms(tenPairsMs), '', '≤ 100 ms', tenPairsMs <= 100],
    ['build, wall (five)', ms(f.build.wallMs), '', '≤ 10 s', f.build.wallMs <= 10_000],
    ['build, wall (national)', '', national((n) => ms(n.build.wallMs)), '≤ 60 s', n ? n.build.wallMs <= 60_000 : null],
    [
      'build, peak memory',
      `${f.build.peakMiB.toFixed(0)} MiB`,
      national((n) => `${n.build.peakMiB.toFixed(0)} MiB`),
      '≤ 1536 MiB (national)',
      n ? n.build.peakMiB <= 1536 : null,
    ],
    [
      'build time per page',
      ms(f.build.wallMs / f.build.pages),
      national((n) => ms(n.build.wallMs / n.build.pages)),
      'no worse than linear',
      n ? n.build.wallMs / n.build.pages <= 2 * (f.build.wallMs / f.build.pages) : null,
    ],
    // A page budget holds for every page of its kind: the five's, the national corpus's and the heaviest.
    [
      'reading page, HTML + CSS + JS gzip',
      kb(f.reading.total),
      national((n) => kb(n.reading.total)),
      '≤ 14 KB',
      Math.max(f.reading.total, n?.reading.total ?? 0) <= 14 * 1024,
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
      national((n) => kb(n.comparison.total)),
      '≤ 40 KB',
      Math.max(f.comparison.total, n?.comparison.total ?? 0) <= 40 * 1024,
    ],
    [
      'first search, transferred',
      kb(f.firstSearchBytes),
      national((n) => kb(n.firstSearchBytes)),
      '≤ 60 KB',
      f.firstSearchBytes === null ? null : f.firstSearchBytes <= 60 * 1024,
    ],
    ['search index (/pagefind/, all files)', kb(f.indexBytes), national((n) => kb(n.indexBytes)), '', null],
  ];
}

/** The rows as a table with aligned columns, a line each. */
export function formatTable(rows: Row[]): string[] {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => String(row[i]).length), 12));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 6)).join('  ');
  return [
    line(['measure', 'five guidelines', '~250 guidelines', 'budget', 'met']),
    ...rows.map(([label, a, b, budget, met]) => line([label, a, b, budget, met === null ? '' : met ? 'yes' : 'NO'])),
  ];
}

/** Writes bench/results.json: the date, the machine, every measure and every budget. */
export function writeResults(file: string, tenPairsMs: number, results: Record<string, Measures>, rows: Row[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, tenPairsMs, ...results, budgets: rows.filter((row) => row[3]).map(([label, five, national, budget, met]) => ({ label, five, national, budget, met })) }, null, 2)}\n`,
  );
}

/** Where a build's time went (steps.ts): its phases, when the first page was written, and the costliest routes. */
export function formatSteps(name: string, steps: BuildSteps, routes = 8): string[] {
  const line = (label: string, figure: string, note = '') => `  ${label.padEnd(44)}${figure.padStart(9)}  ${note}`;
  return [
    `steps of the build (${name})`,
    ...steps.phases.map((phase) => line(phase.name, ms(phase.ms))),
    line('first page written after', steps.firstPageMs === null ? 'n/a' : ms(steps.firstPageMs)),
    ...steps.routes
      .slice(0, routes)
      .map((route) =>
        line(`  ${route.route}`, ms(route.ms), `${route.pages} pages, ${ms(route.ms / route.pages)} each`),
      ),
  ];
}
