import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';
import { openEveryResult } from './search-page.ts';

const site = useSite();

/** Opens /sok/?q=…, shows every result and reads the result links and excerpts. */
async function search(page: Page, q: string) {
  await openEveryResult(page, q);
  return page.evaluate(() => ({
    status: document.querySelector('.search-status')!.textContent ?? '',
    empty: document.querySelector('.search-empty')!.textContent ?? '',
    results: [...document.querySelectorAll('li.result')].map((item) => ({
      url: item
        .querySelector('a')!
        .getAttribute('href')!
        .replace(/\?[^#]*/, ''),
      href: item.querySelector('a')!.getAttribute('href')!,
      excerpt: item.querySelector('.excerpt')!.textContent ?? '',
      marks: [...item.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  }));
}

test('«kvittering» finds «applikasjonskvittering», and marks the part that matched', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const whole = await search(page, 'applikasjonskvittering');
  const part = await search(page, 'kvittering');
  expect(whole.results.length).toBeGreaterThan(0);
  expect(part.results.map((r) => r.url).sort()).toEqual(whole.results.map((r) => r.url).sort());
  for (const result of part.results) {
    expect(result.marks.length).toBeGreaterThan(0);
    expect(result.marks.every((mark) => mark.toLocaleLowerCase('nb') === 'kvittering')).toBe(true);
  }
  // The reading page marks the part too, inside the whole word.
  await page.goto(part.results[0]!.href);
  const id = part.results[0]!.url.split('#')[1]!;
  await expect
    .poll(() => page.locator(`#${id} mark.search-hit`).allTextContents())
    .toEqual(expect.arrayContaining(['kvittering']));
  const marked = await page.locator('mark.search-hit').allTextContents();
  expect(marked.every((text) => text.toLocaleLowerCase('nb') === 'kvittering')).toBe(true);
  await context.close();
});

test('«melding» reaches «meldingsutveksling», and «sikkerhet» finds all that «informasjonssikkerhet» finds', async () => {
  const context = await site.context();
  const page = await context.newPage();
  for (const [part, compound] of [
    ['melding', 'meldingsutveksling'],
    ['sikkerhet', 'informasjonssikkerhet'],
    ['flyt', 'meldingsflyt'],
  ] as const) {
    const found = (await search(page, part)).results.map((r) => r.url);
    const compounds = (await search(page, compound)).results.map((r) => r.url);
    expect(compounds.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(compounds));
  }
  await context.close();
});

test('a clause that has only a part of a compound never ranks above one that has the word itself', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sok/');
  for (const term of ['sikkerhet', 'melding', 'avtale']) {
    // Straight from the index, in its own order: does each result hold the word whole, or only as a part?
    // (A string, so that the test runner does not rewrite the browser's own import.)
    const kinds: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ exactDiacritics: false, ranking: { termSimilarity: 4 } });
      const { results } = await pagefind.search(${JSON.stringify(term)});
      const data = await Promise.all(results.map((result) => result.data()));
      // "whole": the word itself or an inflected form of it; "part": only inside compounds; else "other"
      // (a longer word the search word begins, or another spelling).
      const term = ${JSON.stringify(term)};
      return data.map(({ content, locations }) => {
        const words = locations.map((at) => content.split(/\\s+/)[at]);
        const letters = (word) => word.toLocaleLowerCase('nb').replace(/[^\\p{L}]+/gu, '');
        if (words.some((word) => !word.startsWith('^') && letters(word).startsWith(term) && letters(word).length <= term.length + 3)) return 'whole';
        return words.every((word) => /^\\^(?!\\^)/.test(word)) ? 'part' : 'other';
      });
    })()`);
    expect(kinds, term).toContain('whole');
    expect(kinds, term).toContain('part');
    const lastWhole = kinds.lastIndexOf('whole');
    const firstPart = kinds.indexOf('part');
    if (firstPart !== -1) expect(lastWhole, term).toBeLessThan(firstPart);
  }
  await context.close();
});

test('highlighting never marks a shorter word the search word begins with, and a word in no text is named', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const fastlege = await search(page, 'fastlege');
  expect(fastlege.results.length).toBeGreaterThan(0);
  for (const result of fastlege.results)
    for (const mark of result.marks) expect(mark.toLocaleLowerCase('nb')).toMatch(/^fastleg/);
  const internett = await search(page, 'internett');
  expect(internett.results).toEqual([]);
  expect(internett.status).toContain('Ingen treff for «internett»');
  expect(internett.empty).toContain('«internett» står ikke i noen av retningslinjene');
  await context.close();
});

test('excerpts are plain text: no table pipes, no list dashes, no marks between parts', async () => {
  const context = await site.context();
  const page = await context.newPage();
  for (const q of ['Fagråd', 'partnerne', 'x', 'meldingsutveksling']) {
    const { results } = await search(page, q);
    expect(results.length, q).toBeGreaterThan(0);
    for (const { excerpt } of results) {
      expect(excerpt, q).not.toContain('|');
      expect(excerpt, q).not.toContain('^');
      expect(excerpt, q).not.toMatch(/^…?\s*- /);
    }
  }
  await context.close();
});
