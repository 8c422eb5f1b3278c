// Synthetic corpora made from the five real guidelines, the same on every run: the bench's national
// corpus (one variant per helsefellesskap and sub-agreement, a third of them with an earlier version)
// and the browser tests' national site (the five as they are and fourteen variants standing in for the
// other helsefellesskap). Importing this module runs nothing; the functions write where they are told.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/lib/text/slug.ts';

/** Helsefellesskap in the national corpus. */
const REGIONS = 19;
/** Sub-agreements (delavtaler) per helsefellesskap. */
const AGREEMENTS = 13;

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
    healthRegion = null,
  }: {
    slug: string;
    region: string;
    agreement: string | null;
    version: string;
    extra: boolean;
    healthRegion?: string | null;
  },
): string {
  const end = source.indexOf('\n---\n', 4);
  let front = source.slice(0, end + 5);
  const body = source.slice(end + 5);
  const name = agreement === null ? region : `${region} ${agreement}`;
  front = front
    .replace(/^slug: .*$/m, `slug: ${slug}`)
    // A region's texts need titles of their own (the build refuses a title used twice in one region).
    .replace(/^title: "(.*)"$/m, `title: "$1 (${agreement ?? region})"`)
    .replace(/^shortTitle: .*$/m, `shortTitle: "${name}"`)
    .replace(/^citation: .*$/m, `citation: "Retningslinje ${name}"`)
    .replace(/^region: .*$/m, `region: "${region}"`)
    .replace(/^healthRegion: .*$/m, `healthRegion: ${healthRegion}`)
    .replace(/^version: .*$/m, `version: "${version}"`);
  if (agreement !== null) front = front.replace(/^kind: /m, `agreement: ${agreement}\nkind: `);
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

/** The real guidelines' files (content/guidelines/*.md, under `root`), in name order. */
const realFiles = (root: string) =>
  readdirSync(join(root, 'content/guidelines'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'content/guidelines', name));

/** Writes the synthetic corpus into `dir`, from the guidelines in content/guidelines; returns how many files and bytes. */
export function generateCorpus(dir: string, root = '.'): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const sources = realFiles(root).map((file) => readFileSync(file, 'utf8'));
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

/**
 * The helsefellesskap the national site's fourteen variants stand in for (the five real guidelines
 * are the other five of the nineteen), with the real guideline (by slug) each is varied from.
 */
export const NATIONAL_VARIANTS: ReadonlyArray<{ region: string; healthRegion: string; from: string }> = [
  { region: 'Finnmark', healthRegion: 'nord', from: 'unn' },
  { region: 'Nordland', healthRegion: 'nord', from: 'unn' },
  { region: 'Helgeland', healthRegion: 'nord', from: 'st-olav' },
  { region: 'Nord-Trøndelag', healthRegion: 'midt', from: 'st-olav' },
  { region: 'Stavanger', healthRegion: 'vest', from: 'more-og-romsdal' },
  { region: 'Fonna', healthRegion: 'vest', from: 'telemark' },
  { region: 'Bergen', healthRegion: 'vest', from: 'innlandet' },
  { region: 'Førde', healthRegion: 'vest', from: 'more-og-romsdal' },
  { region: 'Østfold', healthRegion: 'sor-ost', from: 'telemark' },
  { region: 'Akershus', healthRegion: 'sor-ost', from: 'innlandet' },
  { region: 'Oslo', healthRegion: 'sor-ost', from: 'telemark' },
  { region: 'Vestre Viken', healthRegion: 'sor-ost', from: 'innlandet' },
  { region: 'Vestfold', healthRegion: 'sor-ost', from: 'telemark' },
  { region: 'Sørlandet', healthRegion: 'sor-ost', from: 'unn' },
];

/**
 * Writes the national site's guidelines into `dir`: the real guidelines of `root`/content/guidelines
 * as they are (the tests' addresses stay theirs) and a variant of one of them for each of
 * {@link NATIONAL_VARIANTS}, nineteen regions in all; returns the slugs written, the real ones first.
 */
export function generateNational(dir: string, root = '.'): string[] {
  mkdirSync(dir, { recursive: true });
  const files = realFiles(root);
  const next = random(20261207);
  const slugs: string[] = [];
  for (const file of files) {
    copyFileSync(file, join(dir, file.slice(file.lastIndexOf('/') + 1)));
    if (!file.includes('@')) slugs.push(file.slice(file.lastIndexOf('/') + 1, -3));
  }
  for (const { region, healthRegion, from } of NATIONAL_VARIANTS) {
    const slug = slugify(region);
    const source = readFileSync(join(root, 'content/guidelines', `${from}.md`), 'utf8');
    writeFileSync(
      join(dir, `${slug}.md`),
      vary(source, next, { slug, region, healthRegion, agreement: null, version: '1', extra: next() < 0.5 }),
    );
    slugs.push(slug);
  }
  return slugs;
}

/** Every guideline file of a folder (`.md`), in name order, with its text. */
export function readCorpus(dir: string) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}
