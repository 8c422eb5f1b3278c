import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteDist } from './harness.ts';
import { readPdf, squeeze } from './pdf-text.ts';
import { shortFingerprint } from '../../src/lib/print/verify.ts';
import type { PublishedGuideline } from '../../src/lib/model/published.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const slugs = ['st-olav', 'telemark', 'unn', 'innlandet', 'more-og-romsdal'];

// `npm run pdf` as a person runs it, on a copy of the build: it writes <dist>/pdf/ and changes the
// reading pages, which the other browser tests read unchanged.
const work = mkdtempSync(join(tmpdir(), 'ikt-pdf-'));
const dist = join(work, 'dist');
let run: { status: number | null; stdout: string; stderr: string };
beforeAll(() => {
  cpSync(siteDist, dist, { recursive: true });
  run = spawnSync(process.execPath, ['scripts/pdf.ts'], {
    cwd: root,
    env: { ...process.env, SITE_DIST: dist },
    encoding: 'utf8',
    timeout: 120_000,
  });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Exported = Pick<
  PublishedGuideline,
  'title' | 'language' | 'version' | 'status' | 'fingerprint' | 'signatories' | 'clauses'
>;

test('npm run pdf writes five PDFs, showing progress, and links each from its reading page', () => {
  expect(run.status, run.stderr).toBe(0);
  const progress = run.stdout.split('\n').filter((line) => /^pdf: \[\d\/5\]/.test(line));
  expect(progress).toHaveLength(5);
  expect(progress[0]).toMatch(/^pdf: \[1\/5\] [a-z-]+: \d+ pages, \d+ kB → .*\.pdf$/);
  expect(readdirSync(join(dist, 'pdf')).sort()).toEqual(slugs.map((slug) => `${slug}.pdf`).sort());
  for (const slug of slugs) {
    const page = readFileSync(join(dist, 'retningslinjer', slug, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`<li data-pdf-link><a href="/pdf/${slug}\\.pdf"`));
    // The build the PDFs were made from keeps the link hidden and without an address: it has no PDFs.
    expect(readFileSync(join(siteDist, 'retningslinjer', slug, 'index.html'), 'utf8')).toMatch(
      new RegExp(`<li data-pdf-link hidden><a data-pdf-href="/pdf/${slug}\\.pdf"`),
    );
  }
});

describe.each(slugs)('the PDF of %s', (slug) => {
  test('has the clause headings, the fingerprint and version on every page, and the signature page', async () => {
    const data: Exported = JSON.parse(readFileSync(join(dist, 'data', `${slug}.json`), 'utf8'));
    const { info, pages } = await readPdf(readFileSync(join(dist, 'pdf', `${slug}.pdf`)));
    expect(info.Title).toMatch(new RegExp(`^${data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));
    expect(info.Language).toBe(data.language);

    const text = squeeze(pages.join('\n'));
    let from = 0;
    for (const clause of data.clauses.filter((c) => c.heading !== null)) {
      const heading = squeeze(`${clause.number ?? ''}${clause.heading}`);
      const at = text.indexOf(heading, from);
      expect(at, `heading «${clause.number ?? ''} ${clause.heading}» after position ${from}`).toBeGreaterThan(-1);
      from = at + heading.length;
    }

    pages.forEach((page, index) => {
      const flat = squeeze(page);
      expect(flat).toContain(squeeze(`Fingeravtrykk ${shortFingerprint(data.fingerprint)}`));
      expect(flat).toContain(squeeze(`Versjon ${data.version}`));
      expect(flat).toContain(squeeze(`Side ${index + 1} av ${pages.length}`));
      expect(flat.includes('UTKAST')).toBe(data.status === 'utkast');
    });

    const last = squeeze(pages.at(-1)!);
    expect(last).toContain('Underskrifter');
    for (const party of data.signatories) expect(last).toContain(squeeze(party.name));
    for (const label of ['Sted og dato', 'Underskrift', 'Navn med blokkbokstaver', 'Tittel'])
      expect(last).toContain(squeeze(label));
  });
});

// Regression: the contents ended with a forced page break, so Innlandet's page 2 held the last
// contents line alone. A page may end short where a part that starts on a page of its own follows
// (the signature page, a checklist to tick), and the last page may be short; every other page is at
// least a few lines.
test.each(slugs)(
  'the PDF of %s has no near-empty page but the last and the one before the signature page',
  async (slug) => {
    const { pages, lines } = await readPdf(readFileSync(join(dist, 'pdf', `${slug}.pdf`)));
    // The signature page's index from 0 is the number from 1 of the page before it.
    const beforeSignatures = pages.findIndex((page) => squeeze(page).includes('Underskrifter'));
    expect(beforeSignatures).toBeGreaterThan(0);
    // A checklist also starts a page of its own (print.css: `.clause:has(td.avkrysning)`), so the page
    // before the one with its heading may end short too.
    const html = readFileSync(join(dist, 'retningslinjer', slug, 'utskrift', 'index.html'), 'utf8');
    const data = JSON.parse(readFileSync(join(dist, 'data', `${slug}.json`), 'utf8')) as PublishedGuideline;
    const beforeChecklists = [...html.matchAll(/<section[^>]*class="clause[^"]*"[^>]*id="([^"]+)"/g)]
      .filter((match, index, all) => html.slice(match.index, all[index + 1]?.index).includes('class="avkrysning"'))
      .map(([, id]) => data.clauses.find((clause) => clause.id === id)?.heading ?? '')
      .filter(Boolean)
      // The last page naming it: the contents on the first pages name it too.
      .map((heading) => pages.findLastIndex((page) => squeeze(page).includes(squeeze(heading))));
    const short = lines
      .map((count, index) => ({ page: index + 1, lines: count }))
      .filter(
        ({ page, lines: count }) =>
          page < pages.length && page !== beforeSignatures && !beforeChecklists.includes(page) && count < 5,
      );
    expect(short, `pages with fewer than 5 lines: ${JSON.stringify(short)}`).toEqual([]);
  },
);

/** The words of each table row of a built print version, in order, as squeezed text (screen-reader-only words left out). */
function tableRows(html: string): string[] {
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  const decode = (text: string) =>
    text
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);
  return [...article.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)]
    .map((row) =>
      squeeze(decode(row[1]!.replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ''))),
    )
    .filter(Boolean);
}

// A row of a table (Innlandet's checklist, Møre og Romsdal's action plan) is read, ticked and
// signed as one: it stays on one page, its words whole on one page of the PDF.
test.each(slugs)('the PDF of %s splits no table row across pages', async (slug) => {
  const rows = tableRows(readFileSync(join(dist, 'retningslinjer', slug, 'utskrift', 'index.html'), 'utf8'));
  const { pages } = await readPdf(readFileSync(join(dist, 'pdf', `${slug}.pdf`)));
  const printed = pages.map(squeeze);
  expect(rows.filter((row) => !printed.some((page) => page.includes(row)))).toEqual([]);
  if (slug === 'innlandet') expect(rows.length).toBeGreaterThan(20);
});

test('a printed link carries its address: Telemark’s references', async () => {
  const { pages } = await readPdf(readFileSync(join(dist, 'pdf', 'telemark.pdf')));
  expect(squeeze(pages.join(''))).toContain(
    squeeze('Standarder - ehelse (https://www.ehelse.no/standardisering/standarder)'),
  );
});

// CHROMIUM_PATH names a browser on purpose: when it leads nowhere the script says so and fails, and
// takes no other browser instead (tests/unit/scripts/chromium.test.ts: which browser, machine by machine).
test('with CHROMIUM_PATH leading nowhere the script says so, and fails', () => {
  const result = spawnSync(process.execPath, ['scripts/pdf.ts'], {
    cwd: root,
    env: { ...process.env, SITE_DIST: dist, CHROMIUM_PATH: join(work, 'no-chromium') },
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe(
    `pdf: CHROMIUM_PATH is ${join(work, 'no-chromium')}, which does not exist: set it to a Chromium binary, or unset it`,
  );
  expect(existsSync(join(work, 'no-chromium'))).toBe(false);
});
