import { describe, expect, test } from 'vitest';
import { auditPage } from './axe.ts';
import { useSite } from './harness.ts';
import { PAGES } from './pages.ts';

const site = useSite();

// axe-core in the real browser, WCAG 2.0 and 2.1 at levels A and AA; any violation fails. The
// light colour scheme with JavaScript on and off, and the dark one (the theme follows the system's).
describe.each([
  { javaScriptEnabled: true, colorScheme: 'light' as const },
  { javaScriptEnabled: false, colorScheme: 'light' as const },
  { javaScriptEnabled: true, colorScheme: 'dark' as const },
])('axe-core, JavaScript $javaScriptEnabled, $colorScheme colour scheme', ({ javaScriptEnabled, colorScheme }) => {
  test.each(PAGES)('%s has no WCAG 2.1 A/AA violation', async (path) => {
    // axe is injected as an inline script, which the site's Content Security Policy refuses (as it
    // should: privacy.test.ts checks that); the audit context bypasses the policy for the tool only.
    const context = await site.context({ javaScriptEnabled: true, bypassCSP: true, colorScheme });
    const page = await context.newPage();
    if (!javaScriptEnabled) {
      // Load the page as a reader without JavaScript sees it, then run axe on that DOM.
      const plain = await site.context({ javaScriptEnabled: false, colorScheme });
      const noScript = await plain.newPage();
      await noScript.goto(path);
      const html = await noScript.content();
      await plain.close();
      await page.route('**/__noscript__', (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await page.goto(`${site.origin}/__noscript__`);
      await page.evaluate(() => document.querySelectorAll('script').forEach((script) => script.remove()));
    } else {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
    }
    expect(await auditPage(page)).toEqual([]);
    await context.close();
  });
});

test.each(PAGES)('%s declares its language, and Nynorsk text is marked nn', async (path) => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  expect(await page.locator('html').getAttribute('lang')).toBe('nb');
  // Whatever Møre og Romsdal wrote is inside an element marked Nynorsk.
  const moreText = await page
    .locator('a[href^="/retningslinjer/more-og-romsdal/#"]')
    .evaluateAll((links) => links.map((link) => link.closest('[lang]')?.getAttribute('lang')));
  for (const lang of moreText) expect(lang).toBe('nn');
  await context.close();
});
