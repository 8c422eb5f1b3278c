// `npm run screenshots`: a full-page screenshot of every kind of page (tests/e2e/pages.ts) of the
// built site at 390 and 1280 px, in the light and the dark colour scheme, for a person to review.
// Writes screenshots/<width>-<scheme>/<page>.png (not committed). Run it after `npm run build`;
// SITE_DIST points it at another build, CHROMIUM_PATH at another Chromium.
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { PAGES } from '../tests/e2e/pages.ts';
import { executablePath, siteDist } from '../tests/e2e/harness.ts';

const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const outDir = resolve('screenshots');

/** A file name for a page's address: `/sammenlign/telemark/unn/` → `sammenlign-telemark-unn`. */
function fileName(path: string): string {
  return path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'forside';
}

const serve = sirv(siteDist, { dev: false });
const server = createServer((request, response) =>
  serve(request, response, () => {
    response.statusCode = 404;
    response.end();
  }),
);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const dir = join(outDir, `${width}-${colorScheme}`);
      await mkdir(dir, { recursive: true });
      const context = await browser.newContext({ baseURL: origin, viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const path of PAGES) {
        await page.goto(path, { waitUntil: 'networkidle' });
        await page.screenshot({ path: join(dir, `${fileName(path)}.png`), fullPage: true });
      }
      await context.close();
      console.log(`${dir}: ${PAGES.length} pages`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
