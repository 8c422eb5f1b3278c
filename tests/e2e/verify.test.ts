import { expect, test } from 'vitest';
import { useSite } from './harness.ts';
import { shortFingerprint } from '../../src/lib/print/verify.ts';
import { pageMarginsCss } from '../../src/lib/print/margins.ts';
import type { PublishedGuidelineMeta } from '../../src/lib/model/published.ts';

const site = useSite();

type Entry = PublishedGuidelineMeta;
const index = async (): Promise<Entry[]> => (await (await fetch(`${site.origin}/data/index.json`)).json()).guidelines;
const bySlug = async (slug: string) => (await index()).find((entry) => entry.slug === slug)!;

test('?kode= from a Telemark page names the guideline and version, and says it is current', async () => {
  const telemark = await bySlug('telemark');
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(`/verifiser/?kode=${encodeURIComponent(shortFingerprint(telemark.fingerprint))}`);
  const result = page.locator('[data-verify-result]');
  await expect
    .poll(() => result.textContent())
    .toContain(`Koden hører til ${telemark.title} (${telemark.region}), versjon ${telemark.version}`);
  expect(await result.textContent()).toContain('Dette er gjeldende versjon.');
  expect(await result.locator('.verdict').getAttribute('class')).toContain('verdict-gyldig');
  expect(await page.locator('tr.match').getAttribute('data-fingerprint')).toBe(telemark.fingerprint);
  expect(await page.locator('tr.match').count()).toBe(1);
  await context.close();
});

test('a typed code answers in place: St. Olav’s is the newest version but a draft', async () => {
  const stOlav = await bySlug('st-olav');
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/verifiser/');
  await page.getByLabel('Koden fra utskriften').fill(shortFingerprint(stOlav.fingerprint).toUpperCase());
  await page.getByRole('button', { name: 'Kontroller' }).click();
  const result = page.locator('[data-verify-result]');
  await expect.poll(() => result.textContent()).toContain('versjon Utkast 2012');
  expect(await result.textContent()).toContain('utkast og er ikke godkjent');
  expect(new URL(page.url()).searchParams.get('kode')).toBe(shortFingerprint(stOlav.fingerprint).toUpperCase());
  await context.close();
});

test('the footer line copied from the paper verifies (issue 33)', async () => {
  const unn = await bySlug('unn');
  // The footer exactly as the print page's margin box writes it.
  const css = pageMarginsCss({
    title: unn.title,
    region: unn.region,
    version: unn.version,
    status: 'gjeldende',
    code: shortFingerprint(unn.fingerprint),
    draft: false,
  });
  const footer = JSON.parse(/@bottom-left \{ content: ("[^"]*"); \}/.exec(css)![1]!) as string;
  expect(footer).toContain('Fingeravtrykk');
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/verifiser/');
  await page.getByLabel('Koden fra utskriften').fill(footer);
  await page.getByRole('button', { name: 'Kontroller' }).click();
  const result = page.locator('[data-verify-result]');
  await expect.poll(() => result.textContent()).toContain(unn.title);
  expect(await result.textContent()).not.toContain('Ingen publisert versjon');
  await context.close();
});

test('a code with one digit changed belongs to no version', async () => {
  const unn = await bySlug('unn');
  const code = shortFingerprint(unn.fingerprint);
  const changed = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(`/verifiser/?kode=${encodeURIComponent(changed)}`);
  const result = page.locator('[data-verify-result]');
  await expect.poll(() => result.textContent()).toContain(`Ingen publisert versjon har koden ${changed}`);
  expect(await page.locator('tr.match').count()).toBe(0);
  await page.getByLabel('Koden fra utskriften').fill('telemark');
  await page.getByRole('button', { name: 'Kontroller' }).click();
  await expect.poll(() => result.textContent()).toContain('Dette er ikke en kode fra en utskrift');
  await context.close();
});

test('without JavaScript the table lets a person check a code by eye', async () => {
  const entries = await index();
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/verifiser/');
  await page.getByLabel('Koden fra utskriften').fill('abcd');
  await page.getByRole('button', { name: 'Kontroller' }).click();
  await page.waitForURL(/\?kode=abcd$/);
  const rows = await page
    .locator('.fingerprint-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
  expect(rows.map((row) => row.slice(0, 4)).sort()).toEqual(
    entries.map((entry) => [shortFingerprint(entry.fingerprint), entry.title, entry.region, entry.version]).sort(),
  );
  expect(rows.map((row) => row[5])).toEqual(entries.map(() => 'Ja'));
  await context.close();
});
