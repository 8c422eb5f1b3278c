import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root, useFixtureSite } from './fixture-site.ts';

// The five guidelines carry few topic tags yet, so the topic filter is tested on a build of two
// small guidelines (GUIDELINES_DIR) made from the numbered-clauses fixture and tagged here.
const fixture = readFileSync(join(root, 'tests/fixtures/parse/numbered-clauses/input.md'), 'utf8');
const guidelines = {
  alfa: fixture
    .replace('slug: input', 'slug: alfa')
    .replace('shortTitle: Prøve', 'shortTitle: Alfa')
    .replace('### 2.1. Meldingsutveksling', '### 2.1. Meldingsutveksling {tema=meldingsutveksling,avvik}')
    .replace('### 2.2 Video', '### 2.2 Video {part=kommune tema=video}'),
  beta: fixture
    .replace('slug: input', 'slug: beta')
    // Two guidelines of one region need titles of their own (the build refuses a title used twice).
    .replace('title: Retningslinje for prøving', 'title: Retningslinje for prøving, beta')
    .replace('shortTitle: Prøve', 'shortTitle: Beta')
    .replace('language: nb', 'language: nn')
    .replace('### 2.2 Video', '### 2.2 Video {tema=video}')
    .replace('Partene kan bruke video.', 'Partane kan bruke video.'),
};

const site = useFixtureSite('search-topics', (dir) => {
  for (const [slug, source] of Object.entries(guidelines)) writeFileSync(join(dir, `${slug}.md`), source);
});

test('the topic filter offers the topics of the results, by their Bokmål names, with counts, and narrows by clause', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sok/?q=partene');
  await page.locator('.result-groups[aria-busy="false"]').waitFor({ state: 'attached' });
  const links = () =>
    page.locator('a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?[^#]*/, '')));
  expect((await links()).sort()).toEqual([
    '/retningslinjer/alfa/#punkt-2-1',
    '/retningslinjer/alfa/#punkt-2-2',
    '/retningslinjer/beta/#punkt-2-1',
    '/retningslinjer/beta/#punkt-2-2',
  ]);

  const topics = page.locator('fieldset[data-filter="tema"]');
  expect(await topics.isVisible()).toBe(true);
  const offered = await topics
    .locator('li:not([hidden]) label')
    .evaluateAll((labels) => labels.map((label) => label.textContent!.replace(/\s+/g, ' ').trim()));
  expect(offered).toEqual([
    'Elektronisk meldingsutveksling 1 treff',
    'Feilsendte meldinger og avvik 1 treff',
    'Video og digitale konsultasjoner 2 treff',
  ]);

  await page.getByRole('checkbox', { name: /^Video og digitale konsultasjoner/ }).check();
  await page.waitForURL('**/sok/?q=partene&tema=video');
  await page.locator('.result-groups[aria-busy="false"]').waitFor({ state: 'attached' });
  expect((await links()).sort()).toEqual(['/retningslinjer/alfa/#punkt-2-2', '/retningslinjer/beta/#punkt-2-2']);
  expect(await page.locator('.result-tags').allTextContents()).toEqual([
    'Punktet gjelder: Kommunen · Har plikter for: Felles for begge parter · Tema: Video og digitale konsultasjoner',
    'Har plikter for: Felles for begge parter · Tema: Video og digitale konsultasjoner',
  ]);

  // Two topics of one filter are alternatives.
  await page.getByRole('checkbox', { name: /^Feilsendte meldinger og avvik/ }).check();
  await page.waitForURL('**/sok/?q=partene&tema=avvik&tema=video');
  await page.locator('.result-groups[aria-busy="false"]').waitFor({ state: 'attached' });
  expect((await links()).sort()).toEqual([
    '/retningslinjer/alfa/#punkt-2-1',
    '/retningslinjer/alfa/#punkt-2-2',
    '/retningslinjer/beta/#punkt-2-2',
  ]);
  await context.close();
});

test('a topic with no clause among the results is not offered, and the whole filter stays hidden when none is', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sok/?q=rom');
  await page.locator('.result-groups[aria-busy="false"]').waitFor({ state: 'attached' });
  expect(await page.locator('a.result-link').count()).toBe(2);
  expect(await page.locator('fieldset[data-filter="tema"]').isVisible()).toBe(false);
  expect(await page.locator('fieldset[data-filter="retningslinje"]').isVisible()).toBe(true);
  await context.close();
});
