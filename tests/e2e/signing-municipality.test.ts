import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useFixtureSite } from './fixture-site.ts';

// Two guidelines that are none of the five: Sunnfjord's municipal party is many municipalities
// ("Kommunane i …", Nynorsk), each signing its own copy; Voss's is one (Voss herad). Their sources
// are made up too, beside them.
const site = useFixtureSite('signing', 'tests/fixtures/sites/signing', {
  sources: 'tests/fixtures/sites/signing/sources',
});

const LINES = ['Sted og dato', 'Underskrift', 'Navn med blokkbokstaver', 'Tittel'];
const block = (page: Page, party: string) => page.locator(`.signature-block[data-party="${party}"]`);

// Regression: a guideline signed by each municipality ("Kommunene i Innlandet") had no line on its
// signature page for the name of the municipality that signs.
test('without JavaScript a party of many municipalities prints a blank line labelled «Kommune»', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/sunnfjord/utskrift/');
  await page.emulateMedia({ media: 'print' });
  const kommune = block(page, 'kommune');
  expect(await kommune.locator('.signature-organisation').textContent()).toBe('Kommunane i Sunnfjord og Ytre Sogn');
  expect(await kommune.locator('dt').allTextContents()).toEqual(['Kommune', ...LINES]);
  const line = kommune.locator('.signature-line').first().locator('dd');
  expect(await line.textContent()).toBe('');
  expect(await line.isVisible()).toBe(true);
  expect(await line.evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('solid');
  // The hospital trust signs as one: no such line.
  expect(await block(page, 'helseforetak').locator('dt').allTextContents()).toEqual(LINES);
  await context.close();
});

test.each([
  { width: 1280, media: 'screen' },
  { width: 1280, media: 'print' },
] as const)('at $width px on $media the blocks’ lines stay level beside the extra line', async ({ width, media }) => {
  const context = await site.context({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('/retningslinjer/sunnfjord/utskrift/');
  await page.emulateMedia({ media });
  const bottoms = (party: string) =>
    block(page, party)
      .locator('.signature-line:not(.signature-kommune) dd')
      .evaluateAll((lines) => lines.map((line) => Math.round(line.getBoundingClientRect().bottom)));
  const kommune = await bottoms('kommune');
  expect(kommune).toHaveLength(LINES.length);
  expect(await bottoms('helseforetak')).toEqual(kommune);
  await context.close();
});

test('the form’s municipality field fills the line, and clearing it leaves the line blank again', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/sunnfjord/utskrift/');
  const form = page.locator('.fill-form');
  expect(await form.isVisible()).toBe(true);
  await form.getByLabel('Kommunens navn').fill('Sunnfjord kommune');
  await page.locator('#kommune-sted').fill('Førde');
  await page.emulateMedia({ media: 'print' });
  expect(await block(page, 'kommune').locator('dd').allTextContents()).toEqual([
    'Sunnfjord kommune',
    'Førde',
    '',
    '',
    '',
  ]);
  await page.emulateMedia({ media: 'screen' });
  await form.getByLabel('Kommunens navn').fill('');
  expect(await block(page, 'kommune').locator('dd').first().textContent()).toBe('');
  await context.close();
});

test('a single municipality gets no such line and its form asks for no name', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/voss/utskrift/');
  expect(await page.locator('.fill-form').isVisible()).toBe(true);
  expect(await page.locator('.fill-form [data-blank]').count()).toBe(0);
  expect(await block(page, 'kommune').locator('dt').allTextContents()).toEqual(LINES);
  await context.close();
});
