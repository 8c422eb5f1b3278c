import { describe, expect, test } from 'vitest';
import { publishedSlugs, useSite } from './harness.ts';

const site = useSite();
const slugs = publishedSlugs();

describe.each(slugs)('the reading page of %s', (slug) => {
  test('a link in the table of contents brings its clause into view and highlights it', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(`/retningslinjer/${slug}/`);
    // The last entry of the table of contents is furthest down, so following it must scroll.
    const link = page.locator('.toc a').last();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#[a-z0-9-]+$/);
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    const target = page.locator(href);
    await expect.poll(() => target.evaluate((element) => element.matches(':target'))).toBe(true);
    const inView = await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= -1 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page
      .locator('.clause:not(:target)')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe(plain);
    await context.close();
  });

  test('opening the page on a clause address highlights that clause, with JavaScript off', async () => {
    const context = await site.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`/retningslinjer/${slug}/`);
    expect(response?.status()).toBe(200);
    const ids = await page.locator('.clause').evaluateAll((elements) => elements.map((element) => element.id));
    const id = ids[Math.floor(ids.length / 2)]!;
    await page.goto(`/retningslinjer/${slug}/#${id}`);
    const target = page.locator(`#${id}`);
    expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    // Without JavaScript there are no copy buttons (they could not copy); the plain permalink is there.
    expect(await page.locator('.copy-button').count()).toBe(0);
    expect(await target.locator('a.permalink').getAttribute('href')).toBe(`#${id}`);
    await context.close();
  });
});
