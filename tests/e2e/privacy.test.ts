import { expect, test } from 'vitest';
import { useSite } from './harness.ts';
import { PAGES } from './pages.ts';

const site = useSite();

// Every request a page makes goes to the site's own origin (fonts, scripts, styles, images, data),
// and the Content Security Policy of the page is never violated while it loads and runs.
test.each(PAGES)('%s loads nothing from another origin and breaks no CSP rule', async (path) => {
  const context = await site.context();
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  // No 'unsafe-inline' (nor 'unsafe-eval') for scripts.
  const scriptSrc = /script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  const foreign = requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('a script injected into the page is refused by the policy', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.effectiveDirective),
    );
  });
  await page.goto('/retningslinjer/telemark/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(violations[0]).toMatch(/^script-src/);
  await context.close();
});
