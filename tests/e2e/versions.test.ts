import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { axeViolations } from './axe.ts';
import { root, useFixtureSite } from './fixture-site.ts';
import { builtFiles, servedFile } from './harness.ts';
import { guidelineSchema } from '../../src/lib/model/schema.ts';
import { pdfUrl, siteAddresses } from '../../src/lib/model/routes.ts';
import { loadGuidelines, siteContents } from '../../src/lib/parse/load.ts';
import { topicIds } from '../unit/helpers/index.ts';
import { widthOf } from './width.ts';
import { shortFingerprint } from '../../src/lib/print/verify.ts';
import { renderPdfs } from '../../scripts/pdf.ts';
import { bodyParagraphs, words } from '../unit/helpers/docx-text.ts';

// A site built from tests/fixtures/sites/versions, into a folder of its own:
// - `demo.md` (version 2, current) and `demo@1.md` (version 1);
// - `telemark.md` (a copy of the site's Telemark, version 1), `telemark@0.md`, the earlier version
//   issue 13 describes (5.1 and 5.2 one clause, 8 and 9 in the other order, no 10), and
//   `telemark@utkast.md`, a draft of version 2 (7 reworded, a new 11 that links to 10).
const site = useFixtureSite('versions', 'tests/fixtures/sites/versions');

test('the reading page lists the earlier version and links to the changes', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/demo/');
  const versions = page.locator('section.versions');
  // The timeline: every version, newest first, with its status and approval.
  expect(await versions.locator('li').allTextContents()).toEqual([
    expect.stringContaining('Versjon 2 (gjeldende, godkjent 6. februar 2025 av SSU): denne teksten'),
    expect.stringContaining('Versjon 1 (erstattet, godkjent 1. mai 2023 av SSU)'),
  ]);
  await versions.getByRole('link', { name: 'se endringene fram til gjeldende versjon' }).click();
  expect(new URL(page.url()).pathname).toBe('/retningslinjer/demo/endringer/1/');
  expect(await page.locator('.lead').textContent()).toBe(
    'Fra versjon 1 (erstattet, godkjent 1. mai 2023) til gjeldende versjon 2 (gjeldende, godkjent 6. februar 2025).',
  );
  await context.close();
});

test('/endringer/ shows what changed, what is new and what was removed, with the word diff', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/demo/endringer/');
  const rows = page.locator('.pair');
  // "2 Video" was removed; "3 Varighet" became "2 Varighet" with "ett" changed to "to"; 3.1 became
  // 2.1; "3 Uenighet" is new.
  expect(await rows.locator('.pair-meta').allTextContents()).toEqual([
    'Fjernet: punkt 2',
    'Punkt 3 har fått nytt nummer: punkt 2, med endret ordlyd',
    'Punkt 3.1 har fått nytt nummer: punkt 2.1',
    'Nytt: punkt 3',
  ]);
  expect(await rows.nth(0).textContent()).toContain('Partene kan bruke video.');
  expect(await rows.nth(1).locator('del').allTextContents()).toEqual(['[Fjernet: 3]', '[Fjernet: ett]']);
  expect(await rows.nth(1).locator('ins').allTextContents()).toEqual(['[Lagt til: 2]', '[Lagt til: to]']);
  expect(await rows.nth(3).textContent()).toContain('Uenighet løses i strategisk samarbeidsutvalg.');
  expect(await page.locator('.unchanged-list li').allTextContents()).toEqual(['punkt 1 Formål']);
  await context.close();
});

test('only the current version is a guideline of the site', async () => {
  const index = await (await fetch(`${site.origin}/data/index.json`)).json();
  expect(index.guidelines.map((g: { slug: string; version: string }) => `${g.slug} ${g.version}`)).toEqual([
    'demo 2',
    'telemark 1',
  ]);
  // Every version is listed with its fingerprint, so a printed earlier version can be traced.
  const versions = index.versions
    .map((v: { slug: string; version: string; current: boolean }) => `${v.slug} ${v.version} ${v.current}`)
    .sort();
  expect(versions).toEqual(['demo 1 false', 'demo 2 true', 'telemark 0 false', 'telemark 1 true', 'telemark 2 false']);
  expect(new Set(index.versions.map((v: { fingerprint: string }) => v.fingerprint)).size).toBe(5);
});

test('a printed copy of the earlier version is recognised as replaced, with the way to what changed and to the current version', async () => {
  const index = await (await fetch(`${site.origin}/data/index.json`)).json();
  const older = index.versions.find((v: { version: string }) => v.version === '1');
  const code = shortFingerprint(older.fingerprint);
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(`/verifiser/?kode=${encodeURIComponent(code)}`);
  const result = page.locator('[data-verify-result]');
  await expect
    .poll(() => result.textContent())
    .toContain('Koden hører til Retningslinje for prøving (Prøveland), versjon 1');
  expect(await result.textContent()).toContain('Denne versjonen gjelder ikke lenger.');
  expect(await result.getByRole('link', { name: 'Se hva som er endret' }).getAttribute('href')).toBe(
    '/retningslinjer/demo/endringer/1/',
  );
  expect(await result.textContent()).toContain('Gjeldende versjon er 2.');
  expect(await result.getByRole('link', { name: 'Les gjeldende versjon' }).getAttribute('href')).toBe(
    '/retningslinjer/demo/',
  );
  // Without JavaScript, the table says the same by eye.
  const plain = await site.context({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto('/verifiser/');
  const row = noScript.locator(`tr[data-fingerprint="${older.fingerprint}"]`);
  expect(await row.locator('th').textContent()).toBe(code);
  expect(await row.locator('td').last().textContent()).toBe('Nei: se endringene');
  // Only the current version has a print version.
  expect((await noScript.goto('/retningslinjer/demo/utskrift/'))?.status()).toBe(200);
  expect((await noScript.goto('/retningslinjer/demo@1/utskrift/'))?.status()).toBe(404);
  await plain.close();
  await context.close();
});

// Regression (issue 13): with 8 and 9 in the other order and 5.1 split in two, the change page called
// 8 and 9 "Endret" and 5.2 "Nytt"; a committee member could not see that clauses had moved or split.
test('the change page names every kind of change, and its summary counts and links them', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/endringer/0/');
  expect(await page.locator('.lead').textContent()).toBe(
    'Fra versjon 0 (erstattet, godkjent 4. mars 2021) til gjeldende versjon 1 (gjeldende, godkjent 6. februar 2025).',
  );
  expect(await page.locator('.version-change .pair-meta').allTextContents()).toEqual([
    'Punkt 5.1 er delt i punkt 5.1 og punkt 5.2',
    'Punkt 9 har fått nytt nummer: punkt 8',
    'Flyttet fra punkt 8 til punkt 9',
    'Nytt: punkt 10',
  ]);
  const summary = page.locator('.change-summary li');
  expect((await summary.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
    'Flyttet: 1 (punkt 9)',
    'Nytt nummer: 2 (punkt 8, punkt 9)',
    'Delt: 1 (punkt 5.1)',
    'Nytt: 1 (punkt 10)',
    'Uendret: 8',
  ]);
  // The split shows both new clauses beside the old one, the second one's heading marked as added.
  const split = page.locator('#endring-punkt-5-1');
  expect(await split.locator('.pair-side').nth(1).locator('h3').textContent()).toMatch(
    /^5\.1\s?Innføring .* \+ 5\.2\s?Digitale løsninger/,
  );
  expect(await split.locator('ins').allTextContents()).toEqual([
    '[Lagt til: 5.2 Digitale løsninger som brukes til veiledning og konsultasjon mellom aktuelle fagmiljø\n]',
  ]);
  // A summary link lands on its row.
  await summary.filter({ hasText: 'Flyttet' }).getByRole('link', { name: 'punkt 9' }).click();
  expect(new URL(page.url()).hash).toBe('#endring-punkt-9');
  expect(await page.locator(':target .pair-meta').textContent()).toBe('Flyttet fra punkt 8 til punkt 9');
  // Only the current version has a reading page: the earlier side's headings link nowhere.
  expect(await split.locator('.pair-side').first().getByRole('link').count()).toBe(0);
  expect(await split.locator('.pair-side').nth(1).getByRole('link').first().getAttribute('href')).toBe(
    '/retningslinjer/telemark/#punkt-5-1',
  );
  await context.close();
});

test('a link to an old clause id lands on the clause that holds its text now', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Demo 3.1 became 2.1, and no clause of version 2 is called 3.1: the old address still works.
  await page.goto('/retningslinjer/demo/#punkt-3-1');
  expect(await page.evaluate(() => document.querySelector(':target')?.closest('section.clause')?.id)).toBe('punkt-2-1');
  expect(await page.locator('section.clause:has(> .alias-anchor:target) h3').textContent()).toContain('Forlengelse');
  // 3 became 2, but version 2 has a 3 of its own: #punkt-3 is that clause's address now, not an alias.
  expect(
    await page
      .locator('.alias-anchor')
      .evaluateAll((anchors) => anchors.map((anchor) => `${anchor.id} → ${anchor.getAttribute('data-alias-of')}`)),
  ).toEqual(['punkt-3-1 → punkt-2-1']);
  await context.close();
});

test('a draft of the next version is shown as a proposal, from the reading page to its synopsis', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/');
  const notice = page.locator('.draft-notice');
  expect(await notice.textContent()).toContain('Det finnes et utkast til ny versjon (versjon 2).');
  expect(await page.locator('section.versions li').allTextContents()).toEqual([
    expect.stringContaining('Versjon 2 (utkast): de foreslåtte endringene'),
    expect.stringContaining('Versjon 1 (gjeldende, godkjent 6. februar 2025'),
    expect.stringContaining('Versjon 0 (erstattet, godkjent 4. mars 2021'),
  ]);
  await notice.getByRole('link', { name: 'Se de foreslåtte endringene' }).click();
  expect(new URL(page.url()).pathname).toBe('/retningslinjer/telemark/endringer/2/');
  expect(await page.locator('.lead').textContent()).toBe(
    'Fra gjeldende versjon 1 (gjeldende, godkjent 6. februar 2025) til forslaget til ny versjon 2 (utkast).',
  );
  expect(await page.locator('.version-change .pair-meta').allTextContents()).toEqual([
    'Punkt 7, med endret ordlyd',
    'Nytt: punkt 11',
  ]);
  // The draft's "[punkt 10](#punkt-10)" means its own 10: on this page, that clause's row.
  const link = page.locator('#endring-punkt-11 .clause-body a');
  expect(await link.getAttribute('href')).toBe('#endring-punkt-10');
  expect(await page.locator('#endring-punkt-10').textContent()).toContain('Versjonslogg');
  await page.goto('/retningslinjer/telemark/');
  await page.locator('.draft-notice').getByRole('link', { name: 'synopsis til godkjenning' }).click();
  expect(new URL(page.url()).pathname).toBe('/retningslinjer/telemark/endringer/2/utskrift/');
  // The draft's synopsis says UTKAST on every printed page.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.draft-stamp').isVisible()).toBe(true);
  expect(await page.locator('style[data-page-margins]').textContent()).toContain('@top-center { content: "UTKAST"; }');
  await context.close();
});

test('the synopsis prints on A4: summary first, both fingerprints, two columns, marks that read in black and white', async () => {
  const index = await (await fetch(`${site.origin}/data/index.json`)).json();
  const fingerprint = (version: string) =>
    index.versions.find((v: { slug: string; version: string }) => v.slug === 'telemark' && v.version === version)
      .fingerprint;
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/endringer/0/utskrift/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.print-back'])
    expect(await page.locator(selector).isVisible(), selector).toBe(false);
  // The summary comes before the text, and the versions table names both fingerprints.
  const order = await page
    .locator('.change-summary, .version-change')
    .evaluateAll((elements) => elements.map((element) => element.className.split(' ')[0]));
  expect(order[0]).toBe('change-summary');
  expect(await page.locator('.synopsis-versions [data-fingerprint]').allTextContents()).toEqual([
    shortFingerprint(fingerprint('0')),
    shortFingerprint(fingerprint('1')),
  ]);
  // Every clause, clause by clause: 13 of version 1 (5.1 and 5.2 in one row).
  expect(await page.locator('.version-change').count()).toBe(12);
  // Earlier | new side by side.
  const split = page.locator('#endring-punkt-5-1 .pair-side');
  const [left, right] = [await split.nth(0).boundingBox(), await split.nth(1).boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
  // Struck through / underlined, in black, with the words printed: not colour alone.
  const mark = page.locator('#endring-punkt-8 del');
  expect(
    await mark.evaluate((element) => [getComputedStyle(element).textDecorationLine, getComputedStyle(element).color]),
  ).toEqual(['line-through', 'rgb(0, 0, 0)']);
  expect(await mark.locator('.visually-hidden').first().isVisible()).toBe(true);
  expect(await mark.textContent()).toBe('[Fjernet: 9]');
  const insert = page.locator('#endring-punkt-5-1 ins');
  expect(await insert.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline');
  // The running header and footer: both codes, and "Side X av Y".
  const margins = await page.locator('style[data-page-margins]').textContent();
  expect(margins).toContain(
    `Fingeravtrykk ${shortFingerprint(fingerprint('0'))} → ${shortFingerprint(fingerprint('1'))}`,
  );
  expect(margins).toContain('"Side " counter(page) " av " counter(pages)');
  await context.close();
});

test('npm run pdf also renders each synopsis, with "Side X av Y" and both fingerprints on every page', async () => {
  const pdfDir = mkdtempSync(join(tmpdir(), 'ikt-versions-pdf-'));
  try {
    const results = await renderPdfs({ dist: site.dist, outDir: pdfDir, slugs: ['telemark'], linkPages: false });
    expect(
      results.map((result) => `${result.slug} ${result.version ?? '-'} ${result.file.slice(pdfDir.length + 1)}`),
    ).toEqual([
      'telemark - telemark.pdf',
      'telemark 0 telemark-endringer-0.pdf',
      'telemark 2 telemark-endringer-2.pdf',
    ]);
    const task = getDocument({
      data: new Uint8Array(readFileSync(join(pdfDir, 'telemark-endringer-0.pdf'))),
      verbosity: 0,
    });
    const document = await task.promise;
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(squeeze(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
    }
    await task.destroy();
    expect(pages.length).toBeGreaterThan(1);
    const index = await (await fetch(`${site.origin}/data/index.json`)).json();
    const code = (version: string) =>
      shortFingerprint(
        index.versions.find((v: { slug: string; version: string }) => v.slug === 'telemark' && v.version === version)
          .fingerprint,
      );
    pages.forEach((text, i) => {
      expect(text).toContain(squeeze(`Side ${i + 1} av ${pages.length}`));
      expect(text).toContain(squeeze(`${code('0')} → ${code('1')}`));
    });
    expect(pages[0]).toContain(squeeze('Oppsummering'));
    expect(pages.join('')).toContain(squeeze('Flyttet fra punkt 8 til punkt 9'));
  } finally {
    rmSync(pdfDir, { recursive: true, force: true });
  }
}, 60_000);

test.each([
  '/retningslinjer/telemark/',
  '/retningslinjer/telemark/endringer/0/',
  '/retningslinjer/telemark/endringer/2/',
  '/retningslinjer/telemark/endringer/0/utskrift/',
  '/retningslinjer/telemark/endringer/2/utskrift/',
])('%s has no WCAG 2.1 A/AA violation', async (path) => {
  const context = await site.context({ bypassCSP: true });
  expect(await axeViolations(context, path)).toEqual([]);
  await context.close();
});

// The change page and the synopsis are page kinds the site's own content does not have (no guideline
// has an earlier version yet), so the width test of responsive.test.ts cannot reach them: here.
describe.each([320, 390])('at %i px', (width) => {
  test.each(['/retningslinjer/telemark/endringer/0/', '/retningslinjer/telemark/endringer/0/utskrift/'])(
    '%s is no wider than the screen',
    async (path) => {
      const context = await site.context({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      expect(await widthOf(page)).toEqual({ scrollWidth: width, culprits: [] });
      await context.close();
    },
  );
});

// As tests/e2e/links.test.ts does for the site: the addresses a guideline may link to are the pages
// this build writes, here with earlier versions, a draft and their change pages.
test('the addresses a guideline may link to are the pages the build writes', () => {
  const dir = 'tests/fixtures/sites/versions';
  const files = readdirSync(join(root, dir)).map((name) => ({
    file: `${dir}/${name}`,
    source: readFileSync(join(root, dir, name), 'utf8'),
  }));
  const guidelines = loadGuidelines(files, guidelineSchema, topicIds());
  const addresses = [...siteAddresses(siteContents(guidelines, topicIds())).keys()];
  const pdfs = new Set(guidelines.map((guideline) => pdfUrl(guideline.meta.slug)));
  expect(
    addresses
      .filter((address) => !pdfs.has(address))
      .map(servedFile)
      .sort(),
  ).toEqual(builtFiles(site.dist));
  expect(addresses).toContain('/retningslinjer/telemark/endringer/2/'); // the draft
  expect(addresses).toContain('/retningslinjer/demo/endringer/1/utskrift/');
});

// The committee's tools on a site with versions: from the reading page's timeline to the Word file
// with tracked changes, read back from its XML (accept all = the current version, reject all = the
// earlier one), and the guideline's feed, one item per version.
test('the timeline leads to each version’s Word file and the revision with tracked changes', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/demo/');
  const earlier = page.locator('section.versions li[data-version="1"]');
  const href = (name: string) => earlier.getByRole('link', { name, exact: true }).getAttribute('href');
  expect(await href('synopsis')).toBe('/retningslinjer/demo/endringer/1/utskrift/');
  const revisionHref = (await href('endringene som Word med sporede endringer'))!;
  expect(revisionHref).toBe('/retningslinjer/demo/endringer/1/demo-endringer-1.docx');
  const response = await fetch(`${site.origin}${revisionHref}`);
  const revision = new Uint8Array(await response.arrayBuffer());
  const text = async (href: string) =>
    words(bodyParagraphs(new Uint8Array(await (await fetch(`${site.origin}${href}`)).arrayBuffer())).join('\n'));
  expect(words(bodyParagraphs(revision, 'accept').join('\n'))).toEqual(await text('/retningslinjer/demo/demo.docx'));
  expect(words(bodyParagraphs(revision, 'reject').join('\n'))).toEqual(await text((await href('teksten som Word'))!));
  expect(words(bodyParagraphs(revision, 'accept').join('\n'))).toContain('Uenighet');
  // The change page links to the same file; the reading page and the change page name the guideline's feed.
  await page.goto('/retningslinjer/demo/endringer/1/');
  expect(await page.getByRole('link', { name: /Word med sporede endringer/ }).getAttribute('href')).toBe(revisionHref);
  expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
    '/retningslinjer/demo/rss.xml',
  );
  const feed = await (await fetch(`${site.origin}/retningslinjer/demo/rss.xml`)).text();
  expect([...feed.matchAll(/<guid isPermaLink="false">([^<]*)<\/guid>/g)].map(([, id]) => id)).toEqual([
    'ikt-retningslinjer:demo/versjon/2',
    'ikt-retningslinjer:demo/versjon/1',
  ]);
  await context.close();
});
