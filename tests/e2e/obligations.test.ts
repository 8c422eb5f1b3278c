import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';

const site = useSite();

interface Obligation {
  id: string;
  clause: string;
  party: string;
  actor: string | null;
  modality: string;
  text: string;
  leadIn: string | null;
  deadline: string | null;
  topics: string[];
  url: string;
}
interface Guideline {
  slug: string;
  language: string;
  clauses: Array<{ id: string; url: string }>;
  obligations: Obligation[];
}

// What the pages should show is read from the JSON export, the model the pages are built from.
let guidelines: Guideline[] = [];
let index: { guidelines: Array<{ slug: string; json: string; obligations: Record<string, number | string> }> };
beforeAll(async () => {
  index = await (await fetch(`${site.origin}/data/index.json`)).json();
  guidelines = await Promise.all(index.guidelines.map(async (g) => (await fetch(`${site.origin}${g.json}`)).json()));
});
const guideline = (slug: string) => guidelines.find((g) => g.slug === slug)!;

test('/data/index.json counts each guideline’s obligations per party, as /data/<slug>.json lists them', () => {
  for (const entry of index.guidelines) {
    const { obligations } = guideline(entry.slug);
    expect(obligations.length).toBeGreaterThan(0);
    expect(entry.obligations).toEqual({
      total: obligations.length,
      felles: obligations.filter((o) => o.party === 'felles').length,
      kommune: obligations.filter((o) => o.party === 'kommune').length,
      helseforetak: obligations.filter((o) => o.party === 'helseforetak').length,
      url: `/retningslinjer/${entry.slug}/plikter/`,
      csv: `/data/plikter/${entry.slug}.csv`,
    });
  }
});

test.each(['telemark', 'more-og-romsdal'])(
  '/data/plikter/%s.csv is UTF-8 with a BOM, ;-separated, and reads back as the JSON export',
  async (slug) => {
    const response = await fetch(`${site.origin}/data/plikter/${slug}.csv`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), {
      delimiter: ';',
      columns: true,
    }) as Array<Record<string, string>>;
    expect(
      rows.map((row) => ({
        id: row.ID,
        party: row.Part,
        modality: row.Type,
        text: row.Tekst,
        deadline: row['Frist i teksten'] || null,
        url: row.Lenke,
      })),
    ).toEqual(
      guideline(slug).obligations.map(({ id, party, modality, text, deadline, url }) => ({
        id,
        party,
        modality,
        text,
        deadline,
        url,
      })),
    );
  },
);

describe.each([true, false])('with JavaScript %s', (javaScriptEnabled) => {
  test('a guideline’s register lists every obligation, by party then clause, each linking to its clause', async () => {
    const context = await site.context({ javaScriptEnabled });
    const page = await context.newPage();
    for (const slug of ['st-olav', 'more-og-romsdal']) {
      await page.goto(`/retningslinjer/${slug}/plikter/`);
      const rows = await page.locator('table.checklist tbody tr[id]').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.id,
          party: tr.closest('section')!.querySelector('h2')!.id.replace('part-', ''),
          clause: new URL(tr.closest('tbody')!.querySelector<HTMLAnchorElement>('th a')!.href).hash.slice(1),
        })),
      );
      const { obligations } = guideline(slug);
      const order = ['felles', 'kommune', 'helseforetak'];
      expect(rows.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        obligations.map(({ id, party, clause }) => ({ id, party, clause })).sort((a, b) => a.id.localeCompare(b.id)),
      );
      // Grouped by party in PARTIES order.
      const shownParties = await page
        .locator('section h2[id^="part-"]')
        .evaluateAll((hs) => hs.map((h) => h.id.replace('part-', '')));
      expect(shownParties).toEqual(order.filter((party) => obligations.some((o) => o.party === party)));
      // The words are the text's, in the guideline's language (Møre og Romsdal is Nynorsk).
      const first = obligations[0]!;
      expect(await page.locator(`tr#${first.id} .obligation-text`).getAttribute('lang')).toBe(guideline(slug).language);
      expect(await page.locator(`tr#${first.id} .obligation-text`).textContent()).toBe(first.text);
    }
    await context.close();
  });

  test('the reading page marks an obligation’s words with its party and kind as text', async () => {
    const context = await site.context({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/retningslinjer/innlandet/');
    const kommune = guideline('innlandet').obligations.find((o) => o.clause === 'punkt-3-5-kommunen-sitt-ansvar')!;
    const mark = page.locator(`[data-plikt="${kommune.id}"]`);
    expect(await mark.first().getAttribute('data-part')).toBe('kommune');
    expect(await page.locator('#punkt-3-5-kommunen-sitt-ansvar .plikt-etikett').textContent()).toBe(
      '[Kommunen: plikt] ',
    );
    const style = await mark.first().evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(style).toBe('underline');
    expect(
      await page
        .locator('[data-plikt]')
        .evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-plikt'))).size),
    ).toBe(guideline('innlandet').obligations.length);
    const toggle = page.locator('[data-obligation-toggle]');
    expect(await toggle.isVisible()).toBe(javaScriptEnabled);
    if (javaScriptEnabled) {
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await page.locator('.plikt-etikett').first().isVisible()).toBe(false);
      expect(await mark.first().evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');
      await toggle.press('Enter');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.plikt-etikett').first().isVisible()).toBe(true);
    }
    await context.close();
  });

  test('/plikter/ counts per party, topic and guideline; /plikter/kommune/ shows each region side by side', async () => {
    const context = await site.context({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/plikter/');
    const totals = await page.locator('section h2 .group-count').allTextContents();
    const all = guidelines.flatMap((g) => g.obligations);
    expect(totals).toEqual(
      ['felles', 'kommune', 'helseforetak'].map((party) => `(${all.filter((o) => o.party === party).length})`),
    );
    await page.goto('/plikter/kommune/');
    const columns = await page
      .locator('#tema-testing .topic-column')
      .evaluateAll((cs) =>
        cs.map((c) => ({ name: c.querySelector('h3')!.textContent, items: c.querySelectorAll('li').length })),
      );
    const testing = (slug: string) =>
      guideline(slug).obligations.filter((o) => o.party === 'kommune' && o.topics.includes('testing')).length;
    expect(columns.find((c) => c.name === 'Innlandet')!.items).toBe(testing('innlandet'));
    expect(columns.find((c) => c.name === 'Telemark')!.items).toBe(0);
    // Side by side on a wide screen (the default 1280 px): the regions' columns share a row.
    const boxes = await page.locator('#tema-testing .topic-column').evaluateAll((cs) =>
      cs
        .slice(0, 2)
        .map((c) => c.getBoundingClientRect())
        .map(({ top, left }) => ({ top, left })),
    );
    expect(boxes[1]!.top).toBe(boxes[0]!.top);
    expect(boxes[1]!.left).toBeGreaterThan(boxes[0]!.left);
    expect(
      await page
        .locator('#tema-testing .topic-column')
        .filter({ hasText: 'Telemark' })
        .locator('.silent')
        .textContent(),
    ).toBe('Ingenting om temaet');
    await context.close();
  });
});

test('the register prints as a checklist: tick boxes and empty columns for who, status and deadline', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto('/retningslinjer/st-olav/plikter/');
  const box = await page
    .locator('td.avkrysning')
    .first()
    .evaluate((cell) => {
      const before = getComputedStyle(cell, '::before');
      return { width: before.width, border: before.borderTopStyle };
    });
  expect(box.border).toBe('solid');
  expect(parseFloat(box.width)).toBeGreaterThan(10);
  expect(await page.locator('table.checklist').first().locator('thead th').allTextContents()).toEqual([
    'Utført',
    'Hva teksten sier',
    'Frist i teksten',
    'Ansvarlig hos oss',
    'Status',
    'Frist',
  ]);
  await page.goto('/retningslinjer/st-olav/');
  expect(await page.locator('.plikt-etikett').first().isVisible()).toBe(false);
  await context.close();
});

async function searchUrls(page: Page, query: string): Promise<string[]> {
  await page.goto(`/sok/?${query}`);
  await page.locator('.result-groups[aria-busy="false"]').waitFor({ state: 'attached' });
  return page
    .locator('a.result-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));
}

test('search filters clauses by the parties they bind with an obligation (real Pagefind index)', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const bound = new Set(
    guidelines.flatMap((g) => g.obligations.filter((o) => o.party === 'kommune').map((o) => o.url)),
  );
  const all = await searchUrls(page, 'q=testing');
  const expected = all.filter((url) => bound.has(url));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);
  expect((await searchUrls(page, 'q=testing&plikt=kommune')).sort()).toEqual(expected.sort());
  // Each result says whom its clause obliges.
  const tags = await page
    .locator('.result')
    .evaluateAll((items) => items.map((item) => item.querySelector('.result-tags')?.textContent ?? ''));
  expect(tags).toHaveLength(expected.length);
  for (const tag of tags) expect(tag).toMatch(/Har plikter for: Kommunen/);
  expect(
    await page
      .getByRole('checkbox', { name: /Kommunen/ })
      .last()
      .isChecked(),
  ).toBe(true);
  await context.close();
});

test('the comparison page says, per pair of clauses, where the duties differ (worked out again from the JSON export)', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sammenlign/telemark/unn/');
  const rows = await page.locator('article[data-pair]').evaluateAll((articles) =>
    articles
      .filter((article) => article.querySelectorAll('h3 a').length === 2)
      .map((article) => ({
        clauses: [...article.querySelectorAll<HTMLAnchorElement>('h3 a')].map((a) => new URL(a.href).hash.slice(1)),
        duties: [...article.querySelectorAll('.duty-diff li')].map((li) => li.textContent),
      })),
  );
  const names: Record<string, string> = {
    felles: 'Felles for begge parter',
    kommune: 'Kommunen',
    helseforetak: 'Helseforetaket',
  };
  const kinds: Record<string, string> = { plikt: 'plikt', anbefaling: 'anbefaling', adgang: 'adgang' };
  const strength = ['adgang', 'anbefaling', 'plikt'];
  const strongest = (slug: string, clause: string, party: string) =>
    guideline(slug)
      .obligations.filter((o) => o.clause === clause && o.party === party)
      .map((o) => o.modality)
      .sort((x, y) => strength.indexOf(y) - strength.indexOf(x))[0] ?? null;
  // /data/sammenlign/<a>/<b>.json carries the same differences, per pair.
  const json: {
    pairs: Array<{ a: string; b: string; duties: Array<{ party: string; a: string | null; b: string | null }> }>;
  } = await (await fetch(`${site.origin}/data/sammenlign/telemark/unn.json`)).json();
  let differing = 0;
  for (const {
    clauses: [a, b],
    duties,
  } of rows) {
    const exported = json.pairs.find((pair) => pair.a === a && pair.b === b);
    expect(exported, `${a} ↔ ${b} in the JSON`).toBeDefined();
    expect(
      exported!.duties.map(
        (d) =>
          `${names[d.party]}: ${d.a ? kinds[d.a] : 'ingenting'} i Telemark, ${d.b ? kinds[d.b] : 'ingenting'} i UNN`,
      ),
      `${a} ↔ ${b} in the JSON`,
    ).toEqual(duties);
    const expected = Object.keys(names)
      .map((party) => ({ party, a: strongest('telemark', a!, party), b: strongest('unn', b!, party) }))
      .filter((d) => d.a !== d.b)
      .map(
        (d) =>
          `${names[d.party]}: ${d.a ? kinds[d.a] : 'ingenting'} i Telemark, ${d.b ? kinds[d.b] : 'ingenting'} i UNN`,
      );
    expect(duties, `${a} ↔ ${b}`).toEqual(expected);
    if (expected.length) differing += 1;
  }
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(rows.length);
  await context.close();
});

test('/plikter/ draws each party’s obligations per guideline as bars, the numbers printed and in the text alternative', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/plikter/');
  for (const party of ['felles', 'kommune', 'helseforetak']) {
    const chart = page.locator(`svg#stolper-${party}`);
    await expect.poll(() => chart.getAttribute('role')).toBe('img');
    const expected = guidelines.map((g) => g.obligations.filter((o) => o.party === party).length);
    expect((await chart.locator('.chart-value').allTextContents()).map(Number)).toEqual(expected);
    const description = await page.locator(`#stolper-${party}-beskrivelse`).textContent();
    const labels = await chart.locator('.chart-label').allTextContents();
    expect(labels).toHaveLength(expected.length);
    for (const [i, label] of labels.entries()) expect(description).toContain(`${label}: ${expected[i]}`);
    expect(await chart.locator('.chart-bar').count()).toBe(guidelines.length);
  }
  await context.close();
});
