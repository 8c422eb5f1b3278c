import { describe, expect, test } from 'vitest';
import { useSite } from './harness.ts';
import { PAGES } from './pages.ts';
import { widthOf } from './width.ts';

const site = useSite();

// A phone (320 and 390 px), a tablet and a desktop. A page wider than its screen scrolls sideways,
// which cuts off the header and every long line: wide tables must scroll in their own box instead.
const WIDTHS = [320, 390, 768, 1280];

describe.each(WIDTHS)('at %i px', (width) => {
  test.each(PAGES)('%s is no wider than the screen', async (path) => {
    const context = await site.context({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(path);
    // The elements named make a failure readable; the widths are the test.
    expect(await widthOf(page)).toEqual({ scrollWidth: width, culprits: [] });
    await context.close();
  });
});

test('on a phone the menu is a button that opens the navigation and the search field, without JavaScript', async () => {
  const context = await site.context({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/');
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  expect(await nav.isVisible()).toBe(false);
  await page.locator('.site-menu > summary').click();
  expect(await nav.isVisible()).toBe(true);
  expect(await nav.getByRole('link', { name: 'Om nettstedet' }).isVisible()).toBe(true);
  expect(await page.getByRole('searchbox', { name: 'Søk i retningslinjene' }).isVisible()).toBe(true);
  await context.close();
});

test('on a desktop the navigation and the search field show without a menu button', async () => {
  const context = await site.context({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
  expect(await page.getByRole('link', { name: 'Kontroller utskrift' }).isVisible()).toBe(true);
  await page.getByRole('searchbox', { name: 'Søk i retningslinjene' }).fill('nedetid');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/sok/?q=nedetid');
  await context.close();
});

test('on a phone the search results come before the filters, which fold into a disclosure', async () => {
  const context = await site.context({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto('/sok/?q=nedetid');
  await page.locator('.result-link').first().waitFor();
  expect(await page.locator('.search-filters fieldset').first().isVisible()).toBe(false);
  const result = await page.locator('.result-link').first().boundingBox();
  expect(result!.y).toBeLessThan(800);
  await page.getByText('Avgrens søket', { exact: true }).first().click();
  expect(await page.locator('.search-filters fieldset').first().isVisible()).toBe(true);
  await context.close();
});

test('a wide screen shows the contents beside the text, marking the clause being read', async () => {
  const context = await site.context({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/retningslinjer/innlandet/');
  const toc = page.locator('.toc');
  const text = page.locator('.clauses');
  const [tocBox, textBox] = [await toc.boundingBox(), await text.boundingBox()];
  expect(tocBox!.x + tocBox!.width).toBeLessThanOrEqual(textBox!.x);
  // At the top, the first clause is the one being read.
  expect(await page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe(
    await page.locator('.toc a').first().getAttribute('href'),
  );
  await page.evaluate(() => document.getElementById('punkt-3-3')!.scrollIntoView({ block: 'start' }));
  // 3.3 is a heading and its "Felles ansvar" follows at once: either may be the one being read.
  await expect
    .poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href'))
    .toMatch(/^#punkt-3-3(-|$)/);
  expect(await page.locator('.toc a[aria-current]').count()).toBe(1);
  // The contents stay in view as the text scrolls.
  const after = await toc.boundingBox();
  expect(after!.y).toBeGreaterThanOrEqual(0);
  expect(after!.y).toBeLessThan(100);
  await context.close();
});

test("a clause's tools are out of sight until the clause is hovered or a tool has keyboard focus", async () => {
  const context = await site.context({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/retningslinjer/unn/');
  const tools = page.locator('#punkt-4 > .clause-head > .clause-tools');
  const opacity = () => tools.evaluate((element) => getComputedStyle(element).opacity);
  await page.mouse.move(0, 0);
  await expect.poll(opacity).toBe('0');
  await page.locator('#punkt-4 .permalink').focus();
  await expect.poll(opacity).toBe('1');
  await page.locator('#punkt-4 .permalink').blur();
  await page.locator('#punkt-4-tittel').hover();
  await expect.poll(opacity).toBe('1');
  await context.close();
});

test('on a phone "/" opens the folded menu and puts the cursor in its search field', async () => {
  const context = await site.context({ viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto('/tema/');
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok-topp');
  expect(await page.locator('#sok-topp').isVisible()).toBe(true);
  await context.close();
});
