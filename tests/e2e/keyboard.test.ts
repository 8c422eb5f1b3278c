import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

/** Presses Tab until the element matching `selector` has focus (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible focus ring (outline of at least 2px, not none). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const computed = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      outline: computed.outlineStyle,
      width: parseFloat(computed.outlineWidth),
      visible: box.width > 0 && box.height > 0,
    };
  });
  expect(style.outline).not.toBe('none');
  expect(style.width).toBeGreaterThanOrEqual(2);
  expect(style.visible).toBe(true);
}

test('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnholdet');
  await expectVisibleFocus(page);
  const box = await page.locator('.skip-link').boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => location.hash)).toBe('#innhold');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('innhold');
  await context.close();
});

test('the copy buttons work from the keyboard, with visible focus', async () => {
  const context = await site.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const page = await context.newPage();
  await page.goto('/retningslinjer/unn/');
  await tabTo(page, '#punkt-1 .copy-button:first-of-type');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(`${site.origin}/retningslinjer/unn/#punkt-1`);
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Retningslinje 7 UNN, punkt 1');
  await context.close();
});

test('the comparison form works from the keyboard alone', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sammenlign/');
  await tabTo(page, '#sammenlign-a');
  await expectVisibleFocus(page);
  // Options are in order Innlandet, Møre og Romsdal, St. Olav, Telemark, UNN; A starts on Innlandet.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/sammenlign/more-og-romsdal/unn/');
  await context.close();
});

test('the comparison filters work from the keyboard alone', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sammenlign/telemark/unn/');
  const total = await page.locator('.pair').count();
  await tabTo(page, '#tema-filter');
  await expectVisibleFocus(page);
  await page.keyboard.press('End');
  const chosen = await page.locator('#tema-filter').inputValue();
  expect(chosen).not.toBe('');
  const visible = await page.locator('.pair:visible').count();
  expect(visible).toBeLessThan(total);
  expect(visible).toBe(await page.locator(`[data-topic-group="${chosen}"] .pair`).count());
  await page.keyboard.press('Home');
  await tabTo(page, 'input[name="forskjeller"]');
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');
  expect(await page.locator('input[name="forskjeller"]').isChecked()).toBe(true);
  expect(await page.locator('.pair[data-identical="true"]:visible').count()).toBe(0);
  expect(await page.locator('[data-compare-controls] [role="status"]').textContent()).toMatch(/^Viser \d+ rad/);
  await context.close();
});

test('the search field in the header works from the keyboard alone', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/unn/');
  await tabTo(page, '#sok-topp');
  await expectVisibleFocus(page);
  await page.keyboard.type('videokommunikasjon');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => `${location.pathname}${location.search}`))
    .toBe('/sok/?q=videokommunikasjon');
  await expect
    .poll(() => page.locator('a[href*="/retningslinjer/unn/"][href*="#punkt-4-2"]').count())
    .toBeGreaterThan(0);
  await context.close();
});

test('the fill-in form of the print version works from the keyboard alone', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/st-olav/utskrift/');
  await tabTo(page, '#blank-kommune');
  await expectVisibleFocus(page);
  await page.keyboard.type('Malvik');
  // The name is put in for the dotted blank in the text (1.1 Parter).
  await expect.poll(() => page.locator('#punkt-1-1').textContent()).toContain('Malvik kommune');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).not.toBe('hidden');
  await context.close();
});
