import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';

// The CSV names party and type in the pages' words; the JSON keeps the keys.
const PARTY_WORDS: Record<string, string> = {
  'Felles for begge parter': 'felles',
  Kommunen: 'kommune',
  Helseforetaket: 'helseforetak',
};
const TYPE_WORDS: Record<string, string> = { Plikt: 'plikt', Anbefaling: 'anbefaling', Adgang: 'adgang' };

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
  shortTitle: string;
  version: string;
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
        party: PARTY_WORDS[row.Part!],
        modality: TYPE_WORDS[row.Type!],
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
    // Labels in the register's words: the party's name and plikt / anbefaling / adgang.
    for (const label of await page.locator('.plikt-etikett').allTextContents())
      expect(label).toMatch(/^\[(?:Felles for begge parter|Kommunen|Helseforetaket): (?:plikt|anbefaling|adgang)\] $/);
    const toggle = page.locator('[data-obligation-toggle]');
    const notice = page.locator('[data-obligation-state]');
    expect(await toggle.isVisible()).toBe(javaScriptEnabled);
    expect(await notice.textContent()).toMatch(/^understreket i teksten/);
    if (javaScriptEnabled) {
      // The button says what it will do, the notice what the text shows now.
      expect((await toggle.textContent())!.trim()).toBe('Skjul plikter');
      await toggle.click();
      expect((await toggle.textContent())!.trim()).toBe('Vis plikter');
      expect(await notice.textContent()).toMatch(/^skjult i teksten/);
      expect(await page.locator('.plikt-etikett').first().isVisible()).toBe(false);
      expect(await mark.first().evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none');
      await toggle.press('Enter');
      expect((await toggle.textContent())!.trim()).toBe('Skjul plikter');
      expect(await notice.textContent()).toMatch(/^understreket i teksten/);
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
    const count = (party: string) => all.filter((o) => o.party === party).length;
    // A party's count says both: its own and those shared by both parties.
    expect(totals).toEqual([
      `(${count('felles')})`,
      `(${count('kommune')} egne, ${count('felles')} felles)`,
      `(${count('helseforetak')} egne, ${count('felles')} felles)`,
    ]);
    await page.goto('/plikter/kommune/');
    const columns = await page.locator('#tema-testing .topic-column').evaluateAll((cs) =>
      cs.map((c) => ({
        name: c.querySelector('h3')!.textContent,
        items: c.querySelectorAll('li').length,
        shared: c.querySelectorAll('li .shared-tag').length,
        silent: c.querySelector(':scope > .silent')?.textContent ?? null,
      })),
    );
    // The municipality's view holds its own duties and, marked «Felles», those that bind both.
    const testing = (slug: string, party: string) =>
      guideline(slug).obligations.filter((o) => o.party === party && o.topics.includes('testing')).length;
    expect(columns.map((c) => c.name)).toEqual(guidelines.map((g) => g.shortTitle));
    let shared = 0;
    for (const [i, g] of guidelines.entries()) {
      const column = columns[i]!;
      const own = testing(g.slug, 'kommune');
      const both = testing(g.slug, 'felles');
      expect(column.items, g.slug).toBe(own + both);
      expect(column.shared, g.slug).toBe(both);
      expect(column.silent).toBe(own + both === 0 ? 'Ingenting om temaet' : null);
      shared += both;
    }
    expect(shared).toBeGreaterThan(0);
    expect(columns.find((c) => c.name === 'Innlandet')!.items).toBeGreaterThan(testing('innlandet', 'kommune'));
    // Side by side on a wide screen (the default 1280 px): the regions' columns share a row.
    const boxes = await page.locator('#tema-testing .topic-column').evaluateAll((cs) =>
      cs
        .slice(0, 2)
        .map((c) => c.getBoundingClientRect())
        .map(({ top, left }) => ({ top, left })),
    );
    expect(boxes[1]!.top).toBe(boxes[0]!.top);
    expect(boxes[1]!.left).toBeGreaterThan(boxes[0]!.left);
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

describe('the checklist', () => {
  test.each([320, 390])(
    'at %i px every obligation’s words are on the screen, a card each, with jump links per party',
    async (width) => {
      const context = await site.context({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto('/retningslinjer/st-olav/plikter/');
      const { obligations } = guideline('st-olav');
      const parties = ['felles', 'kommune', 'helseforetak'].filter((party) =>
        obligations.some((o) => o.party === party),
      );
      expect(
        await page.locator('nav.checklist-parties a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
      ).toEqual(parties.map((party) => `#part-${party}`));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const outside = await page.locator('table.checklist tr[id] .obligation-text').evaluateAll(
        (texts, right) =>
          texts
            .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
            .filter(({ box }) => box.left < 0 || box.right > right)
            .map(({ text }) => text),
        width,
      );
      expect(outside).toEqual([]);
      // A card: the row is a block, its cells stacked, each named.
      const card = page.locator(`tr#${obligations[0]!.id}`);
      expect(await card.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
      expect(
        await card
          .locator('td.felt')
          .first()
          .evaluate((td) => getComputedStyle(td, '::before').content),
      ).toBe('"Ansvarlig hos oss: "');
      await context.close();
    },
  );

  test('the kind never glues to the words («Plikt Dette skal …», not «PliktDette skal …»)', async () => {
    const context = await site.context();
    const page = await context.newPage();
    for (const url of ['/retningslinjer/innlandet/plikter/', '/plikter/kommune/']) {
      await page.goto(url);
      const glued = await page
        .locator('.status-tag')
        .evaluateAll((tags) =>
          tags
            .map((tag) => tag.parentElement!.textContent!.replace(/\s+/g, ' '))
            .filter((text) => /(?:Plikt|Anbefaling|Adgang|Felles)\p{L}/u.test(text)),
        );
      expect(glued, url).toEqual([]);
    }
    await context.close();
  });

  test('without JavaScript it is the blank printable checklist', async () => {
    const context = await site.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/retningslinjer/unn/plikter/');
    expect(await page.locator('table.checklist input, table.checklist select').count()).toBe(0);
    expect(await page.locator('td.felt').first().textContent()).toBe('');
    expect(await page.locator('[data-checklist-csv]').isVisible()).toBe(false);
    await context.close();
  });

  test('the fields are kept in this browser per guideline, print as filled, and download as the CSV', async () => {
    const context = await site.context();
    const page = await context.newPage();
    const slug = 'innlandet';
    const { obligations, version } = guideline(slug);
    const [first, second] = obligations;
    await page.goto(`/retningslinjer/${slug}/plikter/`);
    const row = page.locator(`tr#${first!.id}`);
    await row.getByRole('checkbox', { name: 'Utført' }).check();
    await row.getByRole('textbox', { name: 'Ansvarlig hos oss' }).fill('Tjenesteleder = Kari');
    await row.getByRole('combobox', { name: 'Status' }).selectOption('Pågår');
    await row.getByLabel('Frist', { exact: true }).fill('2027-03-01');
    // Each field names its column and is described by the obligation's words.
    const described = await row.getByRole('textbox', { name: 'Ansvarlig hos oss' }).getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toContain(first!.text);
    await page.reload();
    expect(await row.getByRole('checkbox', { name: 'Utført' }).isChecked()).toBe(true);
    expect(await row.getByRole('textbox', { name: 'Ansvarlig hos oss' }).inputValue()).toBe('Tjenesteleder = Kari');
    expect(await row.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Pågår');
    expect(
      await page.evaluate(
        (key) => Object.values<{ id: string; version: string }>(JSON.parse(localStorage.getItem(key) ?? '{}')),
        `plikter:${slug}`,
      ),
    ).toEqual([expect.objectContaining({ id: first!.id, version, text: first!.text })]);
    // Another guideline's checklist is its own.
    await page.goto('/retningslinjer/unn/plikter/');
    expect(await page.locator('table.checklist input[type="checkbox"]:checked').count()).toBe(0);
    await page.goto(`/retningslinjer/${slug}/plikter/`);
    // Printed as filled in: the values show, the blank form's drawn box does not.
    await page.emulateMedia({ media: 'print' });
    expect(await row.getByRole('textbox', { name: 'Ansvarlig hos oss' }).isVisible()).toBe(true);
    expect(await row.locator('td.avkrysning').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-checklist-csv]').click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { delimiter: ';', columns: true, bom: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((r) => r.ID)).toEqual(obligations.map((o) => o.id));
    const filled = rows.find((r) => r.ID === first!.id)!;
    expect([filled['Ansvarlig hos oss'], filled.Status, filled['Vår frist'], filled['Utført']]).toEqual([
      'Tjenesteleder = Kari',
      'Pågår',
      '2027-03-01',
      'Ja',
    ]);
    const blank = rows.find((r) => r.ID === second!.id)!;
    expect([blank['Ansvarlig hos oss'], blank.Status, blank['Vår frist'], blank['Utført']]).toEqual(['', '', '', '']);
    expect(filled.Tekst).toBe(first!.text);
    await context.close();
  });
});
