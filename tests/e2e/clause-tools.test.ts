import { expect, test } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

test('"Kopier lenke" and "Kopier henvisning" copy the clause address and its citation', async () => {
  const context = await site.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/');
  const clause = page.locator('#punkt-4');
  // A reader's pointer reaches the tools over their clause: out of sight they catch no pointer.
  await clause.hover();
  await clause.getByRole('button', { name: 'Kopier lenke til punkt 4' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(`${site.origin}/retningslinjer/telemark/#punkt-4`);
  await clause.getByRole('button', { name: 'Kopier henvisning til punkt 4' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('Retningslinje 7 Telemark, punkt 4');
  expect(await page.locator('.copy-status').textContent()).toContain('Retningslinje 7 Telemark, punkt 4');
  await context.close();
});

test('an unnumbered clause is cited by its heading under its parent', async () => {
  const context = await site.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const page = await context.newPage();
  await page.goto('/retningslinjer/innlandet/');
  const clause = page.locator('#punkt-3-5-kommunen-sitt-ansvar');
  await clause.hover();
  await clause.getByRole('button', { name: /Kopier henvisning/ }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('Samarbeidsprosedyre Digitalt samarbeid Innlandet, punkt 3.5, «Kommunen sitt ansvar»');
  await context.close();
});

test('footnote calls and footnotes link to each other', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/unn/');
  await page.locator('#punkt-4-1 a.fnref').first().click();
  expect(await page.evaluate(() => location.hash)).toBe('#fn-1');
  expect(await page.locator('#fn-1').textContent()).toContain('Normen er en bransjenorm');
  await page.locator('#fn-1 a.footnote-back').click();
  expect(await page.evaluate(() => location.hash)).toBe('#fnref-1');
  await context.close();
});

test('the status banner says plainly that St. Olav is a draft, and who approved Telemark when', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/st-olav/');
  expect(await page.locator('.status-banner').textContent()).toMatch(/Utkast[^]*ikke godkjent/);
  await page.goto('/retningslinjer/telemark/');
  expect(await page.locator('.status-banner').textContent()).toContain(
    'Godkjent i Strategisk samarbeidsutvalg (SSU) 6. februar 2025',
  );
  await page.goto('/retningslinjer/more-og-romsdal/');
  expect(await page.locator('.status-banner').textContent()).toContain(
    'Justert av Fagråd digital samhandling Møre og Romsdal 5. desember 2017',
  );
  await context.close();
});
