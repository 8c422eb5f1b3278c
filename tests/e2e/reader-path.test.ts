// A reader's path from the home page to an answer, on a phone and on a desk (issue 22): the ways in,
// the guidelines as cards on a phone, a Norwegian 404 page, the sources named, the contents folded on a
// phone with the text starting in the first screen, and one header height on every page.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, root } from './fixture-site.ts';
import { publishedSlugs, siteDist, useSite } from './harness.ts';
import { PAGES } from './pages.ts';

const site = useSite();
const slugs = publishedSlugs();
const index = JSON.parse(readFileSync(join(siteDist, 'data', 'index.json'), 'utf8')) as {
  guidelines: Array<{ slug: string; title: string; agreement?: string | null }>;
  topics: Array<{ id: string }>;
};

describe('the home page starts from the questions', () => {
  test('it leads to each party’s duties, every pair to compare, every topic and search', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto('/');
    const ways = page.locator('.ways-in');
    for (const party of ['kommune', 'helseforetak']) {
      await expect.poll(() => ways.locator(`a[href="/plikter/${party}/"]`).count()).toBe(1);
    }
    for (const { slug } of index.guidelines) {
      const others = index.guidelines.filter(
        (other) =>
          other.slug !== slug &&
          (other.agreement ?? null) === (index.guidelines.find((g) => g.slug === slug)!.agreement ?? null),
      );
      for (const other of others) {
        expect(await ways.locator(`a[href="/sammenlign/${slug}/${other.slug}/"]`).count()).toBe(1);
      }
    }
    for (const { id } of index.topics) expect(await ways.locator(`a[href="/tema/${id}/"]`).count()).toBe(1);
    // Every way in leads somewhere: no link of the home page is broken.
    const hrefs = await ways.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of new Set(hrefs)) expect((await page.request.get(href)).status(), href).toBe(200);
    // Search, without JavaScript's help: a GET form to /sok/.
    await page.fill('#sok-forside', 'nedetid');
    await page.press('#sok-forside', 'Enter');
    await page.waitForURL(/\/sok\/\?q=nedetid/);
    await context.close();
  });

  test.each([320, 390])('at %i px each guideline is a card with every cell on the screen', async (width) => {
    const context = await site.context({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto('/');
    const rows = page.locator('.guideline-table tbody tr');
    expect(await rows.count()).toBe(slugs.length);
    const outside = await page.locator('.guideline-table :is(th, td)').evaluateAll(
      (cells, viewport) =>
        cells
          .filter((cell) => {
            const box = cell.getBoundingClientRect();
            return box.right > viewport + 0.5 || box.left < -0.5;
          })
          .map((cell) => cell.textContent),
      width,
    );
    expect(outside).toEqual([]);
    // Each cell says which column it is (the column headers are hidden on a phone).
    const labels = await page
      .locator('.guideline-table td')
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
    expect(labels.every((label) => label.length > 2 && label !== 'none')).toBe(true);
    await context.close();
  });
});

describe('a wrong address', () => {
  test('the build has a Norwegian 404 page with search and the ways in, in the site’s layout', async () => {
    expect(existsSync(join(siteDist, '404.html'))).toBe(true);
    const context = await site.context();
    const page = await context.newPage();
    await page.goto('/404.html');
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fant ikke siden');
    expect(await page.locator('.site-header').count()).toBe(1);
    expect(await page.locator('main form[action="/sok/"] input[name="q"]').count()).toBe(1);
    for (const href of ['/', '/plikter/', '/sammenlign/', '/tema/']) {
      expect(await page.locator(`main a[href="${href}"]`).count()).toBe(1);
    }
    expect(await page.locator('body').textContent()).not.toMatch(/Not Found|Astro/);
    await context.close();
  });
});

describe('/om/', () => {
  test('names each source document, not its file', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto('/om/');
    const text = (await page.locator('main').textContent())!;
    expect(text).not.toMatch(/\b[\w-]+\.(?:txt|pdf|docx)\b/);
    expect(text).not.toContain('Kildefil');
    const table = page.locator('table:has(#kilder-tittel)');
    for (const { title } of index.guidelines) {
      expect(await table.locator('th[scope="row"] a').filter({ hasText: title }).count(), title).toBe(1);
    }
    // Each row says who published it, its date or version, and how its text was taken.
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td').length));
    expect(rows.every((cells) => cells === 3)).toBe(true);
    await context.close();
  });
});

// A phone of 390 × 844 px (the size most phones sold today have); at 320 px the contents are folded too.
test.each([
  [390, 844],
  [320, 568],
])(
  'the reading page at %i × %i px: the contents are folded',
  async (width, height) => {
    const context = await site.context({ viewport: { width, height } });
    const page = await context.newPage();
    for (const slug of slugs) {
      await page.goto(`/retningslinjer/${slug}/`);
      expect(await page.locator('.toc-fold').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      const top = await page
        .locator('.clauses .clause')
        .first()
        .evaluate((clause) => clause.getBoundingClientRect().top);
      if (width === 390) expect(top, `${slug}: the text starts ${Math.round(top)} px down`).toBeLessThan(height);
    }
    // Opened, the contents lead into the text.
    await page.locator('.toc-fold > summary').click();
    await expect.poll(() => page.locator('.toc a').first().isVisible()).toBe(true);
    await context.close();
  },
  90_000,
);

test('at 1280 px the contents stand open beside the text', async () => {
  const context = await site.context({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`/retningslinjer/${slugs[0]}/`);
  expect(await page.locator('.toc a').first().isVisible()).toBe(true);
  await context.close();
}, 90_000);

test.each([390, 1280])(
  'at %i px the header has one height on every page, and its search field says what it is',
  async (width) => {
    const context = await site.context({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const heights = new Map<number, string[]>();
    for (const path of PAGES) {
      await page.goto(path);
      const height = Math.round(
        await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height),
      );
      heights.set(height, [...(heights.get(height) ?? []), path]);
    }
    expect([...heights.entries()].map(([height, paths]) => `${height}px: ${paths.length} pages`)).toHaveLength(1);
    await page.goto('/');
    if (width < 960) await page.locator('.site-menu > summary').click();
    expect(await page.getAttribute('#sok-topp', 'placeholder')).toBeTruthy();
    await context.close();
  },
);

test('the clause tools are tap targets of at least 24 × 24 px (WCAG 2.2, 2.5.8)', async () => {
  const context = await site.context({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/retningslinjer/${slugs[0]}/`);
  const small = await page.locator('.clause-tools :is(a, button)').evaluateAll((targets) =>
    targets
      .map((target) => target.getBoundingClientRect())
      .filter((box) => box.width < 24 || box.height < 24)
      .map((box) => `${Math.round(box.width)} × ${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
  await context.close();
});

// Built for a real address, as a site is published: without SITE_URL the build says that its links point to
// localhost (tests/unit/integrations/site-url.test.ts), and that is to be its only warning.
test('a clean build of the site prints no warning', () => {
  const out = mkdtempSync(join(tmpdir(), 'clean-build-'));
  try {
    // A build of its own (fixture-site.ts): its own folder and cache, none shared with the builds beside it.
    const result = buildSite(join(root, 'content/guidelines'), out, {
      timeout: 180_000,
      env: { SITE_URL: 'https://retningslinjer.example.no' },
    });
    expect(result.status).toBe(0);
    const warnings = result.output.split('\n').filter((line) => /\bWARN\b|\bwarn(?:ing)?\b/i.test(line));
    expect(warnings).toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(`${out}.cache`, { recursive: true, force: true });
  }
}, 180_000);

test('at 320 px no table caption is cut at the edge of the screen (it stays on the screen as its table scrolls)', async () => {
  const context = await site.context({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const clipped: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    const cut = await page.locator('caption').evaluateAll((captions) =>
      captions
        .filter((caption) => {
          const box = caption.getBoundingClientRect();
          return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5);
        })
        .map((caption) => caption.textContent!.trim().slice(0, 40)),
    );
    clipped.push(...cut.map((caption) => `${path}: ${caption}`));
  }
  expect(clipped).toEqual([]);
  await context.close();
}, 120_000);
