// The Chromium that @sparticuz/chromium ships: what a machine without a system Chromium drives
// (scripts/lib/chromium.ts). The other browser tests run on the system's where there is one, so this
// file starts the packaged one every time: it reads a page, prints it to PDF and takes a screenshot.
// (`bash tests/without-system-chromium.sh npm test` runs every browser test on it.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guidelineUrl, printUrl } from '../../src/lib/model/routes.ts';
import { launchChromium, serveFolder, siteDist, type Served } from '../../scripts/lib/browser.ts';
import { packagedChromium } from '../../scripts/lib/chromium.ts';
import { readPdf, squeeze } from './pdf-text.ts';

let browser: Browser;
let served: Served;
let from: string;
beforeAll(async () => {
  const packaged = await packagedChromium();
  from = packaged.from;
  browser = await launchChromium(packaged.path);
  served = await serveFolder(siteDist);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const telemark = JSON.parse(readFileSync(join(siteDist, 'data', 'telemark.json'), 'utf8')) as {
  title: string;
  clauses: Array<{ heading: string | null }>;
};

// The package's major version is its Chromium's (153.0.0 ships Chromium 153).
test('it is the package’s Chromium, not the system’s', () => {
  expect(from).toMatch(/^@sparticuz\/chromium \d+\./);
  expect(browser.version().split('.')[0]).toBe(from.split(' ')[1]!.split('.')[0]);
});

test('it prints a guideline to PDF with its words, in print media', async () => {
  const page = await browser.newPage();
  await page.goto(`${served.origin}${printUrl('telemark')}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => matchMedia('print').matches)).toBe(true);
  const { pages } = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = squeeze(pages.join(''));
  expect(text).toContain(squeeze(telemark.title));
  for (const { heading } of telemark.clauses.filter((clause) => clause.heading))
    expect(text).toContain(squeeze(heading!));
  await page.close();
});

test('it takes a screenshot of a reading page in the system’s fonts', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${served.origin}${guidelineUrl('telemark')}`, { waitUntil: 'load' });
  const png = await page.screenshot({ fullPage: true });
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(50_000);
  // The page's font stack ends in system fonts: the text is drawn in one fontconfig has installed.
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument');
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  const installed = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout;
  expect(fonts.length).toBeGreaterThan(0);
  for (const { familyName } of fonts) expect(installed).toContain(familyName);
  await page.close();
});
