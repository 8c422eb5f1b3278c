import { expect, test } from 'vitest';
import { publishedSlugs, useSite } from './harness.ts';

const site = useSite();
// Every guideline in content/guidelines, so that adding one needs no change here.
const slugs = publishedSlugs();

test('/data/index.json lists every guideline’s metadata, without clauses', async () => {
  const index = await (await fetch(`${site.origin}/data/index.json`)).json();
  expect(index.guidelines.map((g: { slug: string }) => g.slug).sort()).toEqual([...slugs].sort());
  for (const guideline of index.guidelines) {
    expect(guideline).not.toHaveProperty('clauses');
    expect(guideline.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  }
  expect(index).toHaveProperty('topics');
});

test.each(slugs)(
  '/data/%s.json has the clauses of the reading page, in the same order, with the DESIGN fields',
  async (slug) => {
    const data = await (await fetch(`${site.origin}/data/${slug}.json`)).json();
    expect(Object.keys(data)).toEqual(
      expect.arrayContaining([
        'slug',
        'title',
        'region',
        'hospital',
        'language',
        'status',
        'version',
        'approved',
        'fingerprint',
        'clauses',
      ]),
    );
    expect(data.slug).toBe(slug);
    expect(['utkast', 'gjeldende', 'erstattet']).toContain(data.status);
    if (data.approved !== null) expect(data.approved.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const context = await site.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/retningslinjer/${slug}/`);
    const ids = await page.locator('section.clause').evaluateAll((sections) => sections.map((section) => section.id));
    expect(data.clauses.map((clause: { id: string }) => clause.id)).toEqual(ids);
    for (const clause of data.clauses) {
      expect(Object.keys(clause)).toEqual(
        expect.arrayContaining(['id', 'number', 'heading', 'level', 'parent', 'party', 'topics', 'text', 'url']),
      );
      expect(clause.url).toBe(`/retningslinjer/${slug}/#${clause.id}`);
      if (clause.parent !== null) expect(ids.indexOf(clause.parent)).toBeLessThan(ids.indexOf(clause.id));
    }
    // The page's lang is the guideline's; Møre og Romsdal is Nynorsk.
    expect(await page.locator('article.guideline').getAttribute('lang')).toBe(data.language);
    await context.close();
  },
);

test('Møre og Romsdal is published in Nynorsk and the site’s own text in Bokmål', async () => {
  const data = await (await fetch(`${site.origin}/data/more-og-romsdal.json`)).json();
  expect(data.language).toBe('nn');
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/more-og-romsdal/');
  expect(await page.locator('html').getAttribute('lang')).toBe('nb');
  expect(await page.locator('article.guideline').getAttribute('lang')).toBe('nn');
  expect(await page.locator('nav.toc').getAttribute('lang')).toBe('nb');
  await context.close();
});
