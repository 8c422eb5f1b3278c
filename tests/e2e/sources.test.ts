// The source documents the texts were transcribed from, published as the project holds them
// (content/sources): /om/ links each, and each reading page its own, so that a reader can check a
// word of the site against what was transcribed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { guidelineUrl, sourceUrl } from '../../src/lib/model/routes.ts';
import { root } from './fixture-site.ts';
import { siteDist, useSite } from './harness.ts';

const site = useSite();
const index = JSON.parse(readFileSync(join(siteDist, 'data', 'index.json'), 'utf8')) as {
  guidelines: Array<{ slug: string; source: string }>;
};
const sources = index.guidelines.map(({ source }) => sourceUrl(source)).sort();

test('/om/ links the source of every guideline, each once', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/om/');
  const links = await page
    .locator(`main a[href^="${sourceUrl('')}"]`)
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.sort()).toEqual(sources);
  expect(sources).toHaveLength(5);
  await context.close();
});

test.each(index.guidelines)(
  'the reading page of $slug links its own source, which a browser shows as it is',
  async ({ slug, source }) => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(guidelineUrl(slug));
    const link = page.locator('.status-banner .source-line a');
    expect(await link.getAttribute('href')).toBe(sourceUrl(source));
    // The browser shows the project's file as text, read as UTF-8 (æ, ø, å, §, whatever charset the
    // host names); the file served is the project's bytes behind a byte order mark.
    const expected = readFileSync(join(root, 'content/sources', source));
    await link.click();
    await page.waitForURL(`**${sourceUrl(source)}`);
    expect(await page.locator('pre').textContent()).toBe(expected.toString('utf8'));
    const served = await (await context.request.get(sourceUrl(source))).body();
    expect(served.equals(Buffer.concat([Buffer.from('\uFEFF'), expected]))).toBe(true);
    await context.close();
  },
);
