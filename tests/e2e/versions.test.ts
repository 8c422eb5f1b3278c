import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { useSite } from './harness.ts';
import { shortFingerprint } from '../../src/lib/verify.ts';

// A site built from tests/fixtures/site-versions: one guideline, `demo.md` (version 2, current)
// and `demo@1.md` (version 1). The build runs here, into a folder of its own.
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'ikt-versions-'));
beforeAll(() => {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, GUIDELINES_DIR: 'tests/fixtures/site-versions' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));
const site = useSite({ dist: out });

test('the reading page lists the earlier version and links to the changes', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/demo/');
  const versions = page.locator('section.versions');
  expect(await versions.textContent()).toContain('Versjon 1 (erstattet, godkjent 1. mai 2023)');
  await versions.getByRole('link').click();
  expect(new URL(page.url()).pathname).toBe('/retningslinjer/demo/endringer/1/');
  expect(await page.locator('.lead').textContent()).toBe('Fra versjon 1 (erstattet, godkjent 1. mai 2023) til gjeldende versjon 2 (gjeldende, godkjent 6. februar 2025).');
  await context.close();
});

test('/endringer/ shows what changed, what is new and what was removed, with the word diff', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/demo/endringer/');
  const rows = page.locator('.pair');
  // "2 Video" was removed; "3 Varighet" became "2 Varighet" with "ett" changed to "to"; "3 Uenighet" is new.
  expect(await rows.locator('.pair-meta').allTextContents()).toEqual(['Fjernet punkt', 'Endret', 'Nytt punkt']);
  expect(await rows.nth(0).textContent()).toContain('Partene kan bruke video.');
  expect(await rows.nth(1).locator('del').allTextContents()).toEqual(['[Fjernet: 3]', '[Fjernet: ett]']);
  expect(await rows.nth(1).locator('ins').allTextContents()).toEqual(['[Lagt til: 2]', '[Lagt til: to]']);
  expect(await rows.nth(2).textContent()).toContain('Uenighet løses i strategisk samarbeidsutvalg.');
  expect(await page.textContent('main')).toContain('1 punkter er uendret');
  await context.close();
});

test('only the current version is a guideline of the site', async () => {
  const index = await (await fetch(`${site.origin}/data/index.json`)).json();
  expect(index.guidelines.map((g: { slug: string; version: string }) => `${g.slug} ${g.version}`)).toEqual(['demo 2']);
  // Both versions are listed with their fingerprints, so a printed earlier version can be traced.
  const versions = index.versions.map((v: { version: string; current: boolean; fingerprint: string }) => `${v.version} ${v.current}`).sort();
  expect(versions).toEqual(['1 false', '2 true']);
  expect(new Set(index.versions.map((v: { fingerprint: string }) => v.fingerprint)).size).toBe(2);
});

test('a printed copy of the earlier version is recognised as replaced, with the way to what changed and to the current version', async () => {
  const index = await (await fetch(`${site.origin}/data/index.json`)).json();
  const older = index.versions.find((v: { version: string }) => v.version === '1');
  const code = shortFingerprint(older.fingerprint);
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(`/verifiser/?kode=${encodeURIComponent(code)}`);
  const result = page.locator('[data-verify-result]');
  await expect.poll(() => result.textContent()).toContain('Koden hører til Retningslinje for prøving (Prøveland), versjon 1');
  expect(await result.textContent()).toContain('Denne versjonen gjelder ikke lenger.');
  expect(await result.getByRole('link', { name: 'Se hva som er endret' }).getAttribute('href')).toBe('/retningslinjer/demo/endringer/1/');
  expect(await result.textContent()).toContain('Gjeldende versjon er 2.');
  expect(await result.getByRole('link', { name: 'Les gjeldende versjon' }).getAttribute('href')).toBe('/retningslinjer/demo/');
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
