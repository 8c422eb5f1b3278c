import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';

const site = useSite();

interface Clause {
  id: string;
  parent: string | null;
  party: string | null;
  heading: string | null;
  text: string;
  notes: string[];
  footnotes: Array<{ text: string }>;
  url: string;
}
interface Guideline {
  slug: string;
  language: string;
  status: string;
  clauses: Clause[];
}

// What the index should find is worked out from the JSON export, the same clause model the index is built from.
let guidelines: Guideline[] = [];
beforeAll(async () => {
  const index = await (await fetch(`${site.origin}/data/index.json`)).json();
  guidelines = await Promise.all(
    index.guidelines.map(async (g: { json: string }) => (await fetch(`${site.origin}${g.json}`)).json()),
  );
});

const words = (text: string) => text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];
const clauseWords = (clause: Clause) =>
  words([clause.heading ?? '', ...clause.notes, clause.text, ...clause.footnotes.map((f) => f.text)].join(' '));
/** The clauses (url) where `predicate` holds for the clause's words. */
const clausesWhere = (predicate: (words: string[]) => boolean) =>
  guidelines.flatMap((g) => g.clauses.filter((clause) => predicate(clauseWords(clause))).map((clause) => clause.url));

interface Shown {
  groups: Array<{ slug: string; links: Array<{ href: string; text: string }> }>;
  status: string;
}

/** Opens /sok/ with the given address, waits for the search to finish and reads what it shows. */
async function searchPage(page: Page, query: string): Promise<Shown> {
  await page.goto(`/sok/?${query}`);
  return shown(page);
}

async function shown(page: Page): Promise<Shown> {
  await page.locator('.result-groups[aria-busy="false"]').waitFor({ state: 'attached' });
  return page.evaluate(() => ({
    status: document.querySelector('.search-status')!.textContent ?? '',
    groups: [...document.querySelectorAll('.result-group')].map((group) => ({
      slug: new URL(group.querySelector<HTMLAnchorElement>('h2 a')!.href).pathname.split('/')[2]!,
      links: [...group.querySelectorAll<HTMLAnchorElement>('a.result-link')].map((a) => ({
        href: a.getAttribute('href')!,
        text: a.textContent ?? '',
      })),
    })),
  }));
}

/** Presses "Vis flere treff" until every result is shown, then reads what the page shows. */
async function showAll(page: Page): Promise<Shown> {
  let result = await shown(page);
  while (await page.locator('.more-results').isVisible()) {
    const before = urls(result).length;
    await page.getByRole('button', { name: /^Vis flere treff/ }).click();
    await expect.poll(async () => urls(await shown(page)).length).toBeGreaterThan(before);
    result = await shown(page);
  }
  return result;
}

/** The clause addresses of the results, without the highlight parameters. */
const urls = ({ groups }: Shown) =>
  groups.flatMap((group) => group.links.map((link) => link.href.replace(/\?[^#]*/, '')));

test('"applikasjonskvittering" finds the Telemark and Innlandet clauses, and a result lands on its clause with the word marked', async () => {
  const expected = clausesWhere((w) => w.includes('applikasjonskvittering'));
  expect(new Set(expected.map((url) => url.split('/')[2]))).toEqual(new Set(['telemark', 'innlandet']));

  const context = await site.context();
  const page = await context.newPage();
  const result = await searchPage(page, 'q=applikasjonskvittering');
  expect(urls(result).sort()).toEqual(expected.sort());
  expect(result.groups.map((group) => group.slug).sort()).toEqual(['innlandet', 'telemark']);
  expect(result.status).toMatch(new RegExp(`^${expected.length} treff i 2 retningslinjer`));

  const link = page
    .locator('.result-group')
    .filter({ has: page.locator('h2 a[href="/retningslinjer/telemark/"]') })
    .locator('a.result-link')
    .first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/retningslinjer\/telemark\/\?markert=applikasjonskvittering#punkt-[\w-]+$/);
  await link.click();
  await page.waitForURL(`**${href}`);
  const id = href.split('#')[1]!;
  const target = page.locator(`#${id}`);
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
  await expect.poll(() => target.locator('mark.search-hit').allTextContents()).toContain('applikasjonskvittering');
  // Only guideline text is marked: not the table of contents, not the buttons.
  expect(await page.locator('.toc mark, .clause-tools mark').count()).toBe(0);
  await context.close();
});

test('a stemmed form finds its base form, and the link marks the form that stands in the text', async () => {
  // A clause that says "melding" but never "meldingene".
  const base = clausesWhere((w) => w.includes('melding') && !w.includes('meldingene'));
  expect(base.length).toBeGreaterThan(0);
  const context = await site.context();
  const page = await context.newPage();
  const result = await searchPage(page, 'q=meldingene');
  expect(urls(result)).toEqual(expect.arrayContaining(base));
  const link = result.groups.flatMap((group) => group.links).find((l) => l.href.replace(/\?[^#]*/, '') === base[0])!;
  const marked = new URL(link.href, site.origin).searchParams
    .getAll('markert')
    .map((word) => word.toLocaleLowerCase('nb'));
  expect(marked).toContain('melding');
  await context.close();
});

describe('Bokmål and Nynorsk in one index', () => {
  test('a Nynorsk word typed in the header of a Bokmål page finds Møre og Romsdal', async () => {
    const expected = clausesWhere((w) => w.includes('kommunane'));
    expect(expected.every((url) => url.startsWith('/retningslinjer/more-og-romsdal/'))).toBe(true);
    const context = await site.context();
    const page = await context.newPage();
    await page.goto('/retningslinjer/telemark/');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await page.getByRole('searchbox', { name: 'Søk i retningslinjene' }).fill('kommunane');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sok/?q=kommunane');
    const result = await showAll(page);
    expect(urls(result)).toEqual(expect.arrayContaining(expected));
    expect(result.groups.map((group) => group.slug)).toContain('more-og-romsdal');
    // The Nynorsk excerpt is marked as Nynorsk for screen readers, the Bokmål ones as Bokmål.
    expect(await page.locator('#treff-more-og-romsdal ~ ol .excerpt').first().getAttribute('lang')).toBe('nn');
    expect(await page.locator('#treff-telemark ~ ol .excerpt').first().getAttribute('lang')).toBe('nb');
    await context.close();
  });

  test('the Bokmål form finds the Nynorsk text by its stem: "kommunene" finds "kommunane"', async () => {
    const nynorskOnly = clausesWhere((w) => w.includes('kommunane') && !w.some((word) => word.startsWith('kommunene')));
    expect(nynorskOnly.length).toBeGreaterThan(0);
    const context = await site.context();
    const page = await context.newPage();
    await searchPage(page, 'q=kommunene');
    expect(urls(await showAll(page))).toEqual(expect.arrayContaining(nynorskOnly));
    await context.close();
  });

  // The decision on å (README, "Search"): folded to a, as Pagefind does by default, because Bokmål
  // and Nynorsk differ by exactly this letter in words these texts use (oppgave/oppgåve); the exact
  // spelling ranks higher. Æ and ø are letters Pagefind never folds.
  test('å is folded: Bokmål "oppgaver" finds Nynorsk "oppgåver", and the exact spelling ranks higher', async () => {
    const withAa = clausesWhere(
      (w) => w.some((word) => word.startsWith('oppgåv')) && !w.some((word) => word.startsWith('oppgav')),
    );
    const withA = clausesWhere((w) => w.some((word) => word.startsWith('oppgav')));
    expect(withAa.length).toBeGreaterThan(0);
    expect(withA.length).toBeGreaterThan(0);
    const context = await site.context();
    const page = await context.newPage();
    const bokmal = await searchPage(page, 'q=oppgaver');
    expect(urls(bokmal)).toEqual(expect.arrayContaining([...withAa, ...withA]));
    const nynorsk = await searchPage(page, 'q=oppg%C3%A5ver');
    expect(urls(nynorsk)).toEqual(expect.arrayContaining([...withAa, ...withA]));
    // Groups come in the order of their best result: the exact spelling moves Møre og Romsdal up.
    const rank = (found: Shown) => found.groups.findIndex((group) => group.slug === 'more-og-romsdal');
    expect(rank(nynorsk)).toBeLessThan(rank(bokmal));
    await context.close();
  });

  test('ø is a letter of its own: "mote" does not find "møte"', async () => {
    // "mote" is stemmed to "mot", so it finds "mot", "mottak" and the like, but not a clause that only says "møte".
    const onlyMote = clausesWhere((w) => w.includes('møte') && !w.some((word) => word.startsWith('mot')));
    expect(onlyMote.length).toBeGreaterThan(0);
    const context = await site.context();
    const page = await context.newPage();
    const mote = urls(await searchPage(page, 'q=mote'));
    for (const url of onlyMote) expect(mote).not.toContain(url);
    expect(urls(await searchPage(page, 'q=m%C3%B8te'))).toEqual(expect.arrayContaining(onlyMote));
    await context.close();
  });
});

describe('filters', () => {
  test('a region filter narrows the results, keeps the other regions’ counts, and lives in the address', async () => {
    const all = clausesWhere((w) => w.includes('nedetid'));
    const slugs = new Set(all.map((url) => url.split('/')[2]));
    expect(slugs.size).toBeGreaterThan(1);
    const context = await site.context();
    const page = await context.newPage();
    const before = await searchPage(page, 'q=nedetid');
    expect(urls(before)).toEqual(expect.arrayContaining(all));
    expect(new Set(before.groups.map((group) => group.slug))).toEqual(slugs);

    const telemark = page.getByRole('checkbox', { name: /^Telemark/ });
    const innlandet = page.getByRole('checkbox', { name: /^Innlandet/ });
    const innlandetCount = () => page.locator('label', { has: innlandet }).locator('[data-count]').textContent();
    const innlandetResults = before.groups.find((group) => group.slug === 'innlandet')!.links.length;
    expect(await innlandetCount()).toBe(`${innlandetResults} treff`);
    await telemark.check();
    await page.waitForURL('**/sok/?q=nedetid&retningslinje=telemark');
    const after = await shown(page);
    expect(after.groups.map((group) => group.slug)).toEqual(['telemark']);
    expect(urls(after).sort()).toEqual(
      urls(before)
        .filter((url) => url.startsWith('/retningslinjer/telemark/'))
        .sort(),
    );
    // Innlandet is still offered, with the results it would add.
    expect(await innlandet.isVisible()).toBe(true);
    expect(await innlandetCount()).toBe(`${innlandetResults} treff`);

    // The address restores the same search, filter ticked.
    const again = await site.context();
    const shared = await again.newPage();
    const restored = await searchPage(shared, 'q=nedetid&retningslinje=telemark');
    expect(urls(restored)).toEqual(urls(after));
    expect(await shared.getByRole('checkbox', { name: /^Telemark/ }).isChecked()).toBe(true);
    await again.close();

    // Back undoes the filter.
    await page.goBack();
    await page.waitForURL('**/sok/?q=nedetid');
    expect(new Set((await shown(page)).groups.map((group) => group.slug))).toEqual(slugs);
    expect(await telemark.isChecked()).toBe(false);
    await context.close();
  });

  test('party and status filters narrow per clause: what the unfiltered search finds, less what does not match', async () => {
    // A clause binds the party its heading names, or the nearest enclosing clause's.
    const partyOf = (guideline: Guideline, clause: Clause | undefined): string | null =>
      clause
        ? (clause.party ??
          partyOf(
            guideline,
            guideline.clauses.find((c) => c.id === clause.parent),
          ))
        : null;
    const byUrl = new Map(
      guidelines.flatMap((g) => g.clauses.map((clause) => [clause.url, { guideline: g, clause }] as const)),
    );
    const context = await site.context();
    const page = await context.newPage();

    const testing = urls(await searchPage(page, 'q=testing'));
    const kommune = testing.filter((url) => partyOf(byUrl.get(url)!.guideline, byUrl.get(url)!.clause) === 'kommune');
    expect(kommune.length).toBeGreaterThan(0);
    expect(kommune.length).toBeLessThan(testing.length);
    expect(urls(await searchPage(page, 'q=testing&part=kommune')).sort()).toEqual(kommune.sort());
    for (const tags of await page.locator('.result .result-tags').allTextContents())
      expect(tags).toContain('Punktet gjelder: Kommunen');

    const helsenett = urls(await searchPage(page, 'q=helsenett'));
    const drafts = helsenett.filter((url) => byUrl.get(url)!.guideline.status === 'utkast');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.length).toBeLessThan(helsenett.length);
    const draft = await searchPage(page, 'q=helsenett&status=utkast');
    expect(urls(draft).sort()).toEqual(drafts.sort());
    for (const group of draft.groups)
      expect(await page.locator(`#treff-${group.slug} .status-tag`).textContent()).toBe('Utkast');
    await context.close();
  });
});

test('?q= fills the field and runs the search, and the live region announces the count', async () => {
  const expected = clausesWhere((w) => w.includes('videokonsultasjon'));
  expect(expected.length).toBeGreaterThan(0);
  const context = await site.context();
  const page = await context.newPage();
  const result = await searchPage(page, 'q=videokonsultasjon');
  expect(await page.getByRole('searchbox', { name: 'Søkeord' }).inputValue()).toBe('videokonsultasjon');
  expect(urls(result)).toEqual(expect.arrayContaining(expected));
  const status = page.getByRole('status').filter({ hasText: 'treff' });
  expect(await status.textContent()).toBe(
    `${urls(result).length} treff i ${result.groups.length} ${result.groups.length === 1 ? 'retningslinje' : 'retningslinjer'} for «videokonsultasjon».`,
  );
  expect(await page.title()).toBe('«videokonsultasjon» – Søk – IKT-retningslinjer');
  await context.close();
});

test('typing searches and keeps the address current', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sok/');
  await page.locator('form.search-page[data-ready]').waitFor();
  await page.getByRole('searchbox', { name: 'Søkeord' }).pressSequentially('meldingsansvarlig', { delay: 20 });
  await page.waitForURL('**/sok/?q=meldingsansvarlig');
  const expected = clausesWhere((w) => w.some((word) => word.startsWith('meldingsansvarlig')));
  await expect.poll(async () => urls(await shown(page)).sort()).toEqual(expected.sort());
  await context.close();
});

describe('when nothing matches', () => {
  test('says so and suggests other words', async () => {
    const context = await site.context();
    const page = await context.newPage();
    // Pagefind on its own falls back to a word the search word begins with: here the "x" of a
    // checklist table. That is not a match (src/lib/search/query.ts).
    expect(clausesWhere((w) => w.includes('x')).length).toBeGreaterThan(0);
    const result = await searchPage(page, 'q=xylofonkonsert');
    expect(result.groups).toEqual([]);
    expect(result.status).toBe('Ingen treff for «xylofonkonsert».');
    expect(await page.locator('.search-empty').textContent()).toContain(
      '«xylofonkonsert» står ikke i noen av retningslinjene',
    );
    expect(await page.locator('.search-empty').textContent()).toContain('Prøv et annet ord');
    expect(await page.locator('.search-empty').isVisible()).toBe(true);
    await context.close();
  });

  test('with filters, offers to remove them, and removing them brings the results back', async () => {
    const context = await site.context();
    const page = await context.newPage();
    // No clause of Møre og Romsdal names "applikasjonskvittering".
    expect(
      clausesWhere((w) => w.includes('applikasjonskvittering')).some((url) => url.includes('/more-og-romsdal/')),
    ).toBe(false);
    const result = await searchPage(page, 'q=applikasjonskvittering&retningslinje=more-og-romsdal');
    expect(result.groups).toEqual([]);
    expect(result.status).toBe('Ingen treff for «applikasjonskvittering» med filtrene du har valgt.');
    const empty = page.locator('.search-empty');
    expect(await empty.textContent()).toContain(
      `Uten filtrene gir søket ${clausesWhere((w) => w.includes('applikasjonskvittering')).length} treff`,
    );
    await empty.getByRole('button', { name: 'Fjern alle filtre' }).click();
    await page.waitForURL('**/sok/?q=applikasjonskvittering');
    expect((await shown(page)).groups.length).toBe(2);
    await context.close();
  });
});

test('without JavaScript, /sok/ says plainly that search needs it and shows no results', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sok/?q=nedetid');
  expect(await page.locator('noscript').count()).toBe(1);
  const text = await page.locator('main').innerText();
  expect(text).toContain('Søket trenger JavaScript');
  expect(text).toContain('Ctrl+F');
  expect(await page.locator('.result-group').count()).toBe(0);
  expect(await page.locator('.search-filters').isVisible()).toBe(false);
  // The header field is a plain form: it still takes the reader to /sok/.
  await page.goto('/om/');
  await page.getByRole('searchbox', { name: 'Søk i retningslinjene' }).fill('nedetid');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/sok/?q=nedetid');
  await context.close();
});

describe('the keyboard shortcut /', () => {
  test('focuses the header field on any page, but types normally in a field', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto('/retningslinjer/unn/');
    await page.keyboard.press('/');
    const header = page.getByRole('searchbox', { name: 'Søk i retningslinjene' });
    await expect.poll(() => header.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await header.inputValue()).toBe('');
    await page.keyboard.type('a/b');
    expect(await header.inputValue()).toBe('a/b');
    await context.close();
  });

  test('focuses the search page’s own field on /sok/', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto('/sok/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect
      .poll(() =>
        page.getByRole('searchbox', { name: 'Søkeord' }).evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
    await context.close();
  });
});

describe('what is indexed', () => {
  test('every clause once, and nothing else: no comparison, topic or other page', async () => {
    const entry = await (await fetch(`${site.origin}/pagefind/pagefind-entry.json`)).json();
    const clauses = guidelines.reduce((sum, g) => sum + g.clauses.length, 0);
    // One index for all guidelines, whatever their language.
    expect(Object.keys(entry.languages)).toEqual(['nb']);
    expect(entry.languages.nb.page_count).toBe(clauses);

    const context = await site.context();
    const page = await context.newPage();
    for (const query of ['samarbeid', 'kommunen', 'punkt']) {
      const found = urls(await searchPage(page, `q=${encodeURIComponent(query)}`));
      expect(new Set(found).size).toBe(found.length);
      for (const url of found) expect(url).toMatch(/^\/retningslinjer\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    }
    await context.close();
  });

  test.each(['hovedinnholdet', 'sammenlign', 'lenke', 'nettstedet'])(
    'the interface word "%s" is not in the index',
    async (word) => {
      // Not in any clause, in any form (allowing for an ending the stemmer would take off).
      expect(clausesWhere((w) => w.some((candidate) => candidate.startsWith(word.slice(0, -2))))).toEqual([]);
      const context = await site.context();
      const page = await context.newPage();
      const html = await (await fetch(`${site.origin}/retningslinjer/telemark/`)).text();
      expect(html.toLocaleLowerCase('nb')).toContain(word);
      expect(urls(await searchPage(page, `q=${word}`))).toEqual([]);
      await context.close();
    },
  );
});

test('a first search loads only from the site’s own origin, and little', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const responses: Array<{ url: string; bytes: number }> = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    responses.push({ url: response.url(), bytes: body.length });
  });
  const result = await searchPage(page, 'q=nedetid');
  expect(responses.length).toBeGreaterThan(0);
  for (const { url } of responses) expect(url.startsWith(site.origin)).toBe(true);
  const search = responses.filter(({ url }) => url.includes('/pagefind/'));
  const total = search.reduce((sum, { bytes }) => sum + bytes, 0);
  // pagefind.js, its worker, the WebAssembly, the metadata, the index chunk, filters and the
  // fragments of the results (about 180 kB for the five guidelines, uncompressed as served here).
  expect(total).toBeLessThan(250_000);
  // Only the shown results' own fragments, not every clause's.
  const fragments = search.filter(({ url }) => url.includes('/fragment/')).length;
  expect(fragments).toBe(urls(result).length);
  expect(fragments).toBeLessThanOrEqual(20);
  await context.close();
});

test('the search page with results, filters and a no-results message has no WCAG 2.1 A/AA violation (axe)', async () => {
  // axe is injected as an inline script, which the site's Content Security Policy refuses; this context bypasses it.
  const context = await site.context({ bypassCSP: true });
  const page = await context.newPage();
  const axe = async () => {
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const result = await page.evaluate(() =>
      (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    );
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect((await searchPage(page, 'q=nedetid&retningslinje=innlandet')).groups.length).toBe(1);
  expect(await page.locator('.search-filters').isVisible()).toBe(true);
  expect(await axe()).toEqual([]);
  await searchPage(page, 'q=applikasjonskvittering&retningslinje=more-og-romsdal');
  expect(await page.locator('.search-empty').isVisible()).toBe(true);
  expect(await axe()).toEqual([]);
  await context.close();
});

test('a broad search shows its best results first and the rest on request, with exact counts per guideline', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const first = await searchPage(page, 'q=kommunen');
  const total = Number(/^(\d+) treff/.exec(first.status)![1]);
  expect(total).toBeGreaterThan(20);
  expect(urls(first)).toHaveLength(20);
  expect(first.status).toContain('Viser de 20 mest relevante.');
  // Each guideline's heading counts all its results, shown or not.
  const counted = await page.locator('.group-count').allTextContents();
  const headings = counted.map((text) => Number(/^(\d+) treff/.exec(text)![1]));
  expect(headings.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(total);
  expect(counted.some((text) => /^\d+ treff, \d+ vist$/.test(text))).toBe(true);

  await page.getByRole('button', { name: /^Vis flere treff/ }).click();
  await expect.poll(async () => urls(await shown(page)).length).toBe(Math.min(40, total));
  // Focus moves to the first of the new results.
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href')?.replace(/\?[^#]*/, ''));
  expect(urls(first)).not.toContain(focused);
  expect(focused).toMatch(/^\/retningslinjer\//);
  const all = urls(await showAll(page));
  expect(all).toHaveLength(total);
  expect(new Set(all).size).toBe(total);
  const counts = (await page.locator('.group-count').allTextContents()).map((text) =>
    Number(/^(\d+) treff/.exec(text)![1]),
  );
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(total);
  await context.close();
});
