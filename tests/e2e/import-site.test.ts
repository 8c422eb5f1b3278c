import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importGuideline } from '../../src/lib/import/import-file.ts';
import { compareJsonUrl, guidelineJsonUrl, guidelineUrl } from '../../src/lib/model/routes.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { root, useFixtureSite } from './fixture-site.ts';
import { openEveryResult } from './search-page.ts';
import { fill, unseenDocx, unseenPdf } from './unseen-files.ts';

// The last step for a region's own file: imported, only the front matter fields the build names
// filled in (as each case's front.yaml says), and built beside the five by the production build, a new
// text answers as the five do: its pages, its comparisons and the real Pagefind index. The two files are
// the agreements of tests/fixtures/import that the project's texts are not: a .docx whose headings
// Word numbers itself (unseen-word) and a PDF with «Punkt N» headings and sub-clauses (unseen-pdf).

const FIVE = ['st-olav', 'telemark', 'unn', 'innlandet', 'more-og-romsdal'];
const CASES = [
  { slug: 'unseen-word', make: (dir: string) => unseenDocx(join(fixtures, 'unseen-word', 'document.txt'), dir) },
  {
    slug: 'unseen-pdf',
    make: (dir: string) => unseenPdf(join(fixtures, 'unseen-pdf', 'agreement.html'), dir, browser),
  },
];

const fixtures = join(root, 'tests/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'import-site-'));
const prepared = join(work, 'guidelines');
const sources = join(work, 'sources');
let browser: Browser;

// Runs before the site's build (hooks run in the order they are declared): each file made, imported as
// `npm run import` does, its empty fields filled, its source document beside the five's.
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(prepared);
  mkdirSync(sources);
  for (const file of readdirSync(join(root, 'content/sources')))
    copyFileSync(join(root, 'content/sources', file), join(sources, file));
  for (const { slug, make } of CASES) {
    const dir = join(work, slug);
    mkdirSync(dir);
    const { file } = await make(dir);
    const draft = await importGuideline({
      input: file,
      slug,
      out: dir,
      guidelines: join(root, 'content/guidelines'),
      topics: join(root, 'content/topics.yaml'),
    });
    const front = parseYaml(readFileSync(join(fixtures, slug, 'front.yaml'), 'utf8')) as Record<string, unknown>;
    const filled = fill(draft.markdown, front);
    // The draft names its source by the file's name; the editor puts the file in content/sources/.
    const source = /^source: "([^"]+)"$/mu.exec(filled)![1]!;
    expect(source).toBe(basename(file));
    copyFileSync(file, join(sources, source));
    writeFileSync(join(prepared, `${slug}.md`), filled);
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const site = useFixtureSite(
  'import-site',
  (dir) => {
    for (const slug of FIVE) copyFileSync(join(root, `content/guidelines/${slug}.md`), join(dir, `${slug}.md`));
    for (const { slug } of CASES) copyFileSync(join(prepared, `${slug}.md`), join(dir, `${slug}.md`));
  },
  { sources },
);

interface Clause {
  id: string;
  number: string | null;
  heading: string | null;
  text: string;
  notes: string[];
  footnotes: Array<{ text: string }>;
  url: string;
}
const guidelines = new Map<string, { title: string; clauses: Clause[] }>();
beforeAll(async () => {
  for (const slug of [...FIVE, ...CASES.map((c) => c.slug)]) {
    const response = await fetch(`${site.origin}${guidelineJsonUrl(slug)}`);
    expect(response.status, guidelineJsonUrl(slug)).toBe(200);
    guidelines.set(slug, await response.json());
  }
});

const words = (text: string) => text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];
const clauseWords = (clause: Clause) =>
  new Set(
    words([clause.heading ?? '', ...clause.notes, clause.text, ...clause.footnotes.map((f) => f.text)].join(' ')),
  );
/** Every clause of the built site whose words hold `predicate`, by address. */
const clausesWhere = (predicate: (words: Set<string>) => boolean) =>
  [...guidelines.values()].flatMap((g) => g.clauses.filter((c) => predicate(clauseWords(c))).map((c) => c.url));

/** Opens /sok/?q=…, shows every result and gives the clause addresses found. */
async function search(page: Page, q: string): Promise<string[]> {
  await openEveryResult(page, q);
  return page.$$eval('li.result a.result-link', (links) =>
    links.map((link) => link.getAttribute('href')!.replace(/\?[^#]*/, '')),
  );
}

describe.each(CASES)('$slug, imported and built beside the five', ({ slug }) => {
  const front = () => parseYaml(readFileSync(join(fixtures, slug, 'front.yaml'), 'utf8')) as { title: string };
  const expectedNumbers = () =>
    readFileSync(join(fixtures, slug, 'clauses.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split(' ')[0]);

  test('has its reading page, with its title and every clause number, and a comparison with each of the five', async () => {
    const context = await site.context();
    const page = await context.newPage();
    const response = await page.goto(guidelineUrl(slug));
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(front().title);
    expect(
      guidelines
        .get(slug)!
        .clauses.map((c) => c.number)
        .filter((n) => n !== null),
    ).toEqual(expectedNumbers());
    for (const other of FIVE) {
      const pair = await fetch(`${site.origin}${compareJsonUrl(slug, other)}`);
      expect(pair.status, compareJsonUrl(slug, other)).toBe(200);
    }
    await context.close();
  });

  test('search finds its clauses as it finds the five’s: the rarest words it shares with them', async () => {
    // Words of six letters or more that this text and at least one of the five use, the rarest first:
    // each search must find every clause, in any of the texts, that has the word as it stands.
    const ours = guidelines.get(slug)!.clauses;
    const count = new Map<string, number>();
    for (const g of guidelines.values())
      for (const c of g.clauses) for (const w of clauseWords(c)) count.set(w, (count.get(w) ?? 0) + 1);
    const inFive = new Set(FIVE.flatMap((s) => guidelines.get(s)!.clauses.flatMap((c) => [...clauseWords(c)])));
    const shared = [...new Set(ours.flatMap((c) => [...clauseWords(c)]))]
      .filter((w) => w.length >= 6 && !/\d/.test(w) && inFive.has(w))
      .sort((a, b) => count.get(a)! - count.get(b)! || a.localeCompare(b, 'nb'))
      .slice(0, 4);
    expect(shared).toHaveLength(4);
    const context = await site.context();
    const page = await context.newPage();
    for (const word of shared) {
      const expected = clausesWhere((w) => w.has(word));
      expect(expected.some((url) => url.startsWith(guidelineUrl(slug)))).toBe(true);
      expect(await search(page, word), word).toEqual(expect.arrayContaining(expected));
    }
    await context.close();
  });

  test('«kvittering» finds its «applikasjonskvittering» clauses, as it finds the five’s', async () => {
    const compound = (w: Set<string>) => [...w].some((word) => /^applikasjonskvittering/u.test(word));
    const ours = clausesWhere(compound).filter((url) => url.startsWith(guidelineUrl(slug)));
    expect(ours.length).toBeGreaterThan(0);
    const context = await site.context();
    const page = await context.newPage();
    expect(await search(page, 'kvittering')).toEqual(expect.arrayContaining(clausesWhere(compound)));
    await context.close();
  });
});
