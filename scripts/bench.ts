// npm run bench: measures the site at its real size (five guidelines) and at national scale (a
// synthetic corpus of about 250 guidelines: 19 helsefellesskap × 13 sub-agreements, a third of them
// with an earlier version), and prints each figure beside its budget. Writes bench/results.json.
// `npm run bench -- --five` measures the five guidelines only (no corpus, no national build);
// `--starlight` times the five's build beside a Starlight site; `--import` times `npm run import` on a
// 20-page Word file and PDF.
// A benchmark measures; it asserts nothing. Run it on an idle machine.
//
// The parts: lib/corpus.ts (the synthetic corpus), bench/measure.ts (each measure),
// bench/table.ts (the report). Importing any of them, or this file, does nothing until main runs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseTopics } from '../src/lib/parse/topics.ts';
import { topicsSchema } from '../src/lib/model/schema.ts';
import { compareUrl, guidelineUrl } from '../src/lib/model/routes.ts';
import { runMain, UsageError } from './lib/cli.ts';
import { generateCorpus } from './lib/corpus.ts';
import {
  firstSearch,
  folderBytes,
  measureBuild,
  measureLibrary,
  measureTenPairs,
  pageWeight,
} from './bench/measure.ts';
import { budgetRows, formatSteps, formatTable, writeResults, type Measures } from './bench/table.ts';
import { compareWithStarlight, formatYardstick, makeStarlightSite } from './bench/starlight.ts';
import { formatImport, measureImport } from './bench/import-timing.ts';

const RESULTS = 'bench/results.json';
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Generates the corpus in a temporary folder, measures, reports; the folder is removed however it ends. */
export async function bench({ five = false }: { five?: boolean } = {}): Promise<void> {
  const root = process.cwd();
  const topics = parseTopics(readFileSync('content/topics.yaml', 'utf8'), {
    file: 'content/topics.yaml',
    schema: topicsSchema,
  });
  const work = mkdtempSync(join(tmpdir(), 'ikt-bench-'));
  try {
    const corpora: Array<readonly ['five' | 'national', string]> = [['five', join(root, 'content/guidelines')]];
    if (!five) {
      const corpus = join(work, 'corpus');
      log(`generating the synthetic corpus in ${corpus} …`);
      const generated = generateCorpus(corpus);
      log(`  ${generated.files} files, ${(generated.bytes / 1024).toFixed(0)} KB`);
      corpora.push(['national', corpus]);
    }

    const results: Record<string, Measures> = {};
    for (const [name, dir] of corpora) {
      log(`measuring ${name}: parse, align and diff …`);
      const library = measureLibrary(dir, topics);
      log(`measuring ${name}: production build …`);
      const out = join(work, `dist-${name}`);
      const build = await measureBuild(root, dir, out, join(root, `bench/build-${name}.log`));
      const reading = pageWeight(out, guidelineUrl(name === 'five' ? 'telemark' : 'region-1-delavtale-1'));
      const comparison = pageWeight(
        out,
        name === 'five' ? compareUrl('telemark', 'unn') : compareUrl('region-1-delavtale-1', 'region-2-delavtale-1'),
      );
      // The heaviest reading page of the five real texts (Møre og Romsdal's action table, Innlandet's checklist).
      const heaviest =
        name === 'five'
          ? Math.max(
              ...readdirSync(join(out, 'retningslinjer')).map((slug) => pageWeight(out, guidelineUrl(slug)).total),
            )
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

    const tenPairsMs = measureTenPairs(join(root, 'content/guidelines'), topics);
    const rows = budgetRows(results.five!, results.national, tenPairsMs);
    for (const line of formatTable(rows)) console.log(line);
    for (const [name, measures] of Object.entries(results)) {
      console.log('');
      for (const line of formatSteps(name, measures.build.steps)) console.log(line);
    }
    writeResults(RESULTS, tenPairsMs, results, rows);
    log(`wrote ${relative(root, RESULTS)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The five guidelines' build beside a Starlight site of the same texts, `pairs` times alternately (bench/starlight.ts). */
export async function benchStarlight(pairs = 5): Promise<void> {
  const root = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'ikt-starlight-'));
  try {
    log(`making a Starlight site of the five in ${join(work, 'starlight')} …`);
    const site = makeStarlightSite(root, join(root, 'content/guidelines'), join(work, 'starlight'));
    log(`building the project's five and the Starlight site, ${pairs} pairs …`);
    const results = await compareWithStarlight(root, site, work, pairs, log);
    for (const line of formatYardstick(results)) console.log(line);
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/starlight.json',
      `${JSON.stringify({ date: new Date().toISOString(), pairs: results }, null, 2)}\n`,
    );
    log('wrote bench/starlight.json');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `npm run import` on a 20-page Word file and PDF (bench/import-timing.ts); writes bench/import.json. */
export async function benchImport(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'ikt-import-'));
  try {
    log('importing a 20-page Word file and PDF, three times each …');
    const timings = await measureImport(process.cwd(), work);
    for (const line of formatImport(timings)) console.log(line);
    mkdirSync('bench', { recursive: true });
    const files = timings.map(({ file, ...timing }) => ({ file: file.slice(work.length + 1), ...timing }));
    writeFileSync('bench/import.json', `${JSON.stringify({ date: new Date().toISOString(), files }, null, 2)}\n`);
    log('wrote bench/import.json');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const USAGE = 'usage: npm run bench [-- --five | --starlight | --import]';

await runMain(import.meta.url, 'bench', async () => {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => !['--five', '--starlight', '--import'].includes(arg));
  if (unknown.length > 0 || args.length > 1) throw new UsageError(`${USAGE} (not ${args.join(' ')})`);
  if (args.includes('--starlight')) await benchStarlight();
  else if (args.includes('--import')) await benchImport();
  else await bench({ five: args.includes('--five') });
});
