import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useFixtureSite } from './fixture-site.ts';
import { useSite } from './harness.ts';

// What a municipality writes in the checklist on …/plikter/ is not lost (issue 33): not when a new
// version is published, not when the browser's data is cleared (the CSV loads back), not when two
// tabs are open, and not in silence when the browser's storage refuses it.

const site = useSite();

const front = (version: string, status: string, date: string) => `---
slug: prove
title: Retningslinje for prøving av sjekklisten
subtitle: null
shortTitle: Prøve
citation: Retningslinje Prøve
region: Prøveland
hospital: Prøve HF
municipalities: Kommunene i Prøveland
kind: retningslinje
number: "7"
language: nb
status: ${status}
version: "${version}"
approved: { date: ${date}, by: SSU }
adjusted: []
lastUpdated: null
legalBasis: []
source: 001_c44872448151f3fe.txt
signatories:
  - { role: kommune, name: Kommunene i Prøveland }
  - { role: helseforetak, name: Prøve HF }
---
`;
const unchanged = 'Kommunen skal melde avvik til helseforetaket innen tre dager.';
const reworded = [
  'Helseforetaket skal varsle planlagt nedetid to uker før.',
  'Helseforetaket skal varsle planlagt nedetid tre uker før.',
];
const removed = 'Partene skal møtes en gang i året for å gå gjennom avtalen.';
const added = 'Partene skal ha en felles kontaktperson for IKT.';
// Version 2 puts a clause in front of the others: every clause, and every obligation id, moves.
const version1 = `${front('1', 'gjeldende', '2024-01-10')}
## 1 Formål

Retningslinjen gjelder samarbeid om IKT.

## 2 Avvik

${unchanged}

## 3 Nedetid

${reworded[0]}

## 4 Møter

${removed}
`;
const version2 = `${front('2', 'gjeldende', '2025-06-01')}
## 1 Formål

Retningslinjen gjelder samarbeid om IKT.

## 2 Kontakt

${added}

## 3 Avvik

${unchanged}

## 4 Nedetid

${reworded[1]}
`;

const before = useFixtureSite('sjekkliste-v1', (dir) => writeFileSync(join(dir, 'prove.md'), version1));
const after = useFixtureSite('sjekkliste-v2', (dir) => {
  writeFileSync(join(dir, 'prove@1.md'), version1.replace('status: gjeldende', 'status: erstattet'));
  writeFileSync(join(dir, 'prove.md'), version2);
});

const row = (page: Page, words: string) =>
  page.locator('table.checklist tr[id]', { has: page.locator('.obligation-text', { hasText: words }) });

async function fill(page: Page, words: string, responsible: string, status = 'Pågår') {
  const found = row(page, words);
  await found.getByRole('checkbox', { name: 'Utført' }).check();
  await found.getByRole('textbox', { name: 'Ansvarlig hos oss' }).fill(responsible);
  await found.getByRole('combobox', { name: 'Status' }).selectOption(status);
}

const responsibleOf = (page: Page, words: string) =>
  row(page, words).getByRole('textbox', { name: 'Ansvarlig hos oss' }).inputValue();

describe('a new version', () => {
  test('keeps the answers to the duties it did not change, shows the earlier answer of a reworded one, and lists a removed one’s', async () => {
    const one = await before.context();
    const page = await one.newPage();
    await page.goto('/retningslinjer/prove/plikter/');
    await fill(page, unchanged, 'Kari, IKT');
    await fill(page, reworded[0]!, 'Ola, drift');
    await fill(page, removed, 'Rådmannen', 'Ferdig');
    // The browser's data as it stands, carried to the new build's address (localStorage is per origin).
    const state = await one.storageState();
    await one.close();
    const two = await after.browser.newContext({
      baseURL: after.origin,
      storageState: { cookies: [], origins: state.origins.map((origin) => ({ ...origin, origin: after.origin })) },
    });
    const next = await two.newPage();
    await next.goto('/retningslinjer/prove/plikter/');
    // Unchanged words, another clause number: the answer is there.
    expect(await responsibleOf(next, unchanged)).toBe('Kari, IKT');
    expect(await row(next, unchanged).getByRole('checkbox', { name: 'Utført' }).isChecked()).toBe(true);
    // Reworded: blank, with the earlier answer shown under its words.
    expect(await responsibleOf(next, reworded[1]!)).toBe('');
    expect(await row(next, reworded[1]!).locator('.checklist-earlier').textContent()).toContain(
      'Ordlyden er endret siden svaret ble gitt (versjon 1). Svaret den gang: Utført · Ansvarlig hos oss: Ola, drift · Status: Pågår',
    );
    // New: blank, no earlier answer.
    expect(await responsibleOf(next, added)).toBe('');
    expect(await row(next, added).locator('.checklist-earlier').count()).toBe(0);
    // Removed: listed with its words and answer.
    const notes = next.locator('[data-checklist-notes]');
    expect(await notes.textContent()).toContain('1 svar er tatt med fra en tidligere versjon');
    await notes.locator('summary', { hasText: '1 svar gjelder plikter som ikke står i denne versjonen' }).click();
    expect(await notes.locator('li').textContent()).toBe(
      `«${removed}» (versjon 1): Utført · Ansvarlig hos oss: Rådmannen · Status: Ferdig`,
    );
    await two.close();
  });
});

test('a downloaded checklist loads back into a browser with nothing kept, and another guideline’s is refused', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/innlandet/plikter/');
  const words = (await page.locator('table.checklist tr[id] .obligation-text').first().textContent())!;
  await fill(page, words, 'Tjenesteleder; "Kari"');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-checklist-csv]').click()]);
  // Kept apart from the browser, as a reader keeps the file: the context's downloads go with it.
  const file = join(mkdtempSync(join(tmpdir(), 'sjekkliste-')), download.suggestedFilename());
  await download.saveAs(file);
  await context.close();

  const fresh = await site.context();
  const blank = await fresh.newPage();
  await blank.goto('/retningslinjer/innlandet/plikter/');
  expect(await responsibleOf(blank, words)).toBe('');
  const requests: string[] = [];
  blank.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
  await blank.getByLabel('Last inn en sjekkliste dere har lastet ned før (CSV)').setInputFiles(file);
  await expect.poll(() => blank.locator('[data-checklist-load-status]').textContent()).toMatch(/^Lastet inn 1 svar/);
  expect(await responsibleOf(blank, words)).toBe('Tjenesteleder; "Kari"');
  expect(await row(blank, words).getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Pågår');
  // Read in the page: nothing is sent anywhere.
  expect(requests.filter((request) => !request.startsWith('GET '))).toEqual([]);
  await blank.reload();
  expect(await responsibleOf(blank, words)).toBe('Tjenesteleder; "Kari"');

  await blank.goto('/retningslinjer/unn/plikter/');
  await blank.getByLabel('Last inn en sjekkliste dere har lastet ned før (CSV)').setInputFiles(file);
  await expect
    .poll(() => blank.locator('[data-checklist-load-status]').textContent())
    .toMatch(/^Filen er sjekklisten for .*Innlandet.*, ikke for .*UNN/i);
  expect(await blank.locator('table.checklist input[type="checkbox"]:checked').count()).toBe(0);
  await fresh.close();
});

test('two tabs share one checklist: what one saves, the other shows, and neither wipes the other', async () => {
  const context = await site.context();
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto('/retningslinjer/unn/plikter/');
  await b.goto('/retningslinjer/unn/plikter/');
  const texts = await a.locator('table.checklist tr[id] .obligation-text').allTextContents();
  const [first, second] = [texts[0]!, texts[1]!];
  await row(a, first).getByRole('textbox', { name: 'Ansvarlig hos oss' }).fill('Fra fane A');
  // Tab B was opened before A wrote: it shows A's answer, and its own write keeps it.
  await expect.poll(() => responsibleOf(b, first)).toBe('Fra fane A');
  await row(b, second).getByRole('textbox', { name: 'Ansvarlig hos oss' }).fill('Fra fane B');
  await expect.poll(() => responsibleOf(a, second)).toBe('Fra fane B');
  await a.reload();
  expect([await responsibleOf(a, first), await responsibleOf(a, second)]).toEqual(['Fra fane A', 'Fra fane B']);
  await context.close();
});

test('when the browser’s storage refuses, the page says so at once, and the fields still work', async () => {
  const context = await site.context();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/plikter/');
  const warning = page.locator('[data-checklist-warning]');
  expect(await warning.isVisible()).toBe(false);
  const words = (await page.locator('table.checklist tr[id] .obligation-text').first().textContent())!;
  await row(page, words).getByRole('textbox', { name: 'Ansvarlig hos oss' }).fill('Kari');
  expect(await warning.isVisible()).toBe(true);
  expect(await warning.getAttribute('role')).toBe('alert');
  expect(await warning.textContent()).toContain('kunne ikke lagres i denne nettleseren');
  expect(await warning.textContent()).toContain('Last ned sjekklisten (CSV)');
  expect(await responsibleOf(page, words)).toBe('Kari');
  await context.close();
});
