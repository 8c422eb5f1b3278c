// `npm run screenshots`: a full-page screenshot of every kind of page (tests/e2e/pages.ts) of the
// built site at 390 and 1280 px, in the light and the dark colour scheme, for a person to review.
// Writes screenshots/<width>-<scheme>/<page>.png (not committed). Run it after `npm run build`;
// SITE_DIST points it at another build, CHROMIUM_PATH at another Chromium.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PAGES } from '../tests/e2e/pages.ts';
import { ownFileUrl } from '../src/lib/model/routes.ts';
import { launchChromium, serveFolder, siteDist } from './lib/browser.ts';
import { runMain } from './lib/cli.ts';

const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const outDir = resolve('screenshots');
const OWN_FILE = resolve('tests/fixtures/import/cover-contents/input.txt');

/** A file name for a page's address: `/sammenlign/telemark/unn/` → `sammenlign-telemark-unn`. */
function fileName(path: string): string {
  return path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'forside';
}

await runMain(import.meta.url, 'screenshots', async () => {
  const browser = await launchChromium();
  const { origin, close } = await serveFolder(siteDist);
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
        // The import page with its answers: one of the import fixtures, read as a reader would choose it.
        await page.goto(ownFileUrl(), { waitUntil: 'networkidle' });
        await page.locator('#egen-fil').setInputFiles(OWN_FILE);
        await page.locator('[data-part="comparison"] .compare-summary').waitFor({ timeout: 60_000 });
        // The draft's clauses are drawn as they scroll into view (content-visibility), which a full-page
        // screenshot does not do: draw them all for the picture.
        await page.addStyleTag({ content: '.own-results .clause { content-visibility: visible }' });
        await page.screenshot({ path: join(dir, `${fileName(ownFileUrl())}-svar.png`), fullPage: true });
        await context.close();
        console.log(`${dir}: ${PAGES.length} pages`);
      }
    }
  } finally {
    await browser.close();
    await close();
  }
});
