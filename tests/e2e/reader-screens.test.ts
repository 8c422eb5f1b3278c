// A reader's path on any screen (issue 22), what the eye meets on the way: charts with a phone form
// whose text is never below 12 px, boxes that scroll sideways saying so, and form controls that
// look and behave like Designsystemet's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { siteDist, useSite } from './harness.ts';
import { PAGES } from './pages.ts';

const site = useSite();
const WIDTHS = [320, 390, 1280];

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await site.context({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

describe.each(['/sammenlign/', '/tema/', '/plikter/'])('the charts of %s', (path) => {
  test.each(WIDTHS)('at %i px each shows one drawing, on the screen, its text at 12 px or more', async (width) => {
    const page = await open(path, width);
    const figures = await page.locator('.chart-figure').evaluateAll((figures) =>
      figures.map((figure) => {
        const shown = [...figure.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
        const box = shown[0]?.getBoundingClientRect();
        // The size a text is drawn at: its font size times the scale of the SVG's coordinates on the screen.
        const sizes = shown.flatMap((svg) =>
          [...svg.querySelectorAll('text')].map((text) => {
            const { a, b } = text.getScreenCTM()!;
            return { text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * Math.hypot(a, b) };
          }),
        );
        // A text outside the drawing would be cut off at its edge.
        const outside = shown.flatMap((svg) =>
          [...svg.querySelectorAll('text')]
            .filter((text) => {
              const t = text.getBoundingClientRect();
              return (
                t.left < box!.left - 1 || t.right > box!.right + 1 || t.top < box!.top - 1 || t.bottom > box!.bottom + 1
              );
            })
            .map((text) => text.textContent),
        );
        const name = (svg: SVGSVGElement) =>
          svg
            .getAttribute('aria-labelledby')!
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent)
            .join(' ');
        return {
          shown: shown.map((svg) => svg.getAttribute('role')),
          left: box?.left ?? -1,
          right: box?.right ?? Infinity,
          small: sizes.filter(({ px }) => px < 12),
          texts: sizes.length,
          outside,
          // Both drawings are named alike: one title and description, in both.
          names: new Set([...figure.querySelectorAll('svg')].map(name)).size,
        };
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.shown).toEqual(['img']);
      expect(figure.texts).toBeGreaterThan(0);
      expect(figure.small).toEqual([]);
      expect(figure.outside).toEqual([]);
      expect(figure.left).toBeGreaterThanOrEqual(0);
      expect(figure.right).toBeLessThanOrEqual(width);
      expect(figure.names).toBe(1);
    }
    await page.context().close();
  });
});

/** Every box of the page that scrolls sideways, and whether it shows its cue (a line of text). */
async function scrollBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((box) => /auto|scroll/.test(getComputedStyle(box).overflowX))
      .map((box) => {
        // At the top of the box, under its table's caption, or under the name of a strip of links that
        // stays at its left (the reading page's «Sammenlign med» on a phone).
        const caption = box.querySelector(':scope > table > caption');
        const name = box.querySelector(':scope > h2');
        const cue = caption
          ? getComputedStyle(caption, '::after')
          : name
            ? getComputedStyle(name, '::after')
            : getComputedStyle(box, '::before');
        return {
          box: `${box.className} ${box.getAttribute('aria-label') ?? box.getAttribute('aria-labelledby') ?? ''}`,
          overflows: box.scrollWidth > box.clientWidth,
          cue: cue.display !== 'none' && cue.content.includes('Rull sideveis') && cue.visibility === 'visible',
        };
      }),
  );
}

describe('a box that scrolls sideways says so', () => {
  test.each([320, 390])('at %i px every one on every kind of page shows its cue', async (width) => {
    let overflowing = 0;
    for (const path of PAGES) {
      const page = await open(path, width);
      const boxes = await scrollBoxes(page);
      overflowing += boxes.filter((box) => box.overflows).length;
      expect(
        boxes.filter((box) => box.overflows && !box.cue),
        path,
      ).toEqual([]);
      await page.context().close();
    }
    // The pages have wide tables (the matrices, the checklist of Innlandet) that do overflow.
    expect(overflowing).toBeGreaterThan(5);
  });

  test('at 1280 px a box with nothing more to the side shows no cue', async () => {
    let quiet = 0;
    for (const path of PAGES) {
      const page = await open(path, 1280);
      const boxes = await scrollBoxes(page);
      quiet += boxes.filter((box) => !box.overflows).length;
      expect(
        boxes.filter((box) => !box.overflows && box.cue),
        path,
      ).toEqual([]);
      expect(
        boxes.filter((box) => box.overflows && !box.cue),
        path,
      ).toEqual([]);
      await page.context().close();
    }
    expect(quiet).toBeGreaterThan(5);
  });

  test('the cue comes and goes as the screen turns (a box that stops overflowing hides it)', async () => {
    const page = await open('/tema/', 390);
    const cue = () => scrollBoxes(page).then((boxes) => boxes.map(({ overflows, cue }) => ({ overflows, cue })));
    expect(await cue()).toEqual([{ overflows: true, cue: true }]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(cue).toEqual([{ overflows: false, cue: false }]);
    await page.context().close();
  });

  test('without JavaScript the cue shows too', async () => {
    const page = await open('/tema/', 390, false);
    expect((await scrollBoxes(page)).filter((box) => box.overflows && !box.cue)).toEqual([]);
    await page.context().close();
  });

  // The previous try drew the cue with backgrounds in the page's colour that scrolled with the
  // table (background-attachment: local), which striped a highlighted clause in white.
  test('a highlighted clause stays one colour behind its scrolling table', async () => {
    const page = await open('/retningslinjer/innlandet/#vedlegg-sjekkliste-for-normale-test-tilfelles', 390);
    const boxes = page.locator('.clause:target .table-scroll');
    expect(await boxes.count()).toBeGreaterThan(0);
    const painted = await boxes.evaluateAll((all) =>
      all.flatMap((box) =>
        [box, ...box.querySelectorAll('table, tbody, tr')].map((el) => {
          const { backgroundImage, backgroundColor } = getComputedStyle(el);
          return { backgroundImage, backgroundColor };
        }),
      ),
    );
    for (const style of painted)
      expect(style).toEqual({ backgroundImage: 'none', backgroundColor: 'rgba(0, 0, 0, 0)' });
    const cue = await boxes.evaluateAll((all) => all.map((box) => getComputedStyle(box, '::before').backgroundColor));
    expect(new Set(cue)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
    await page.context().close();
  });
});

describe('form controls are Designsystemet’s, used the same way', () => {
  /** How far from a select's right edge its chevron (the background image ds-input draws) begins. */
  const selects = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((selects) =>
      selects.map((select) => {
        const style = getComputedStyle(select);
        const offsets = style.backgroundPositionX
          .split(',')
          .map((x) => Number(/100% - ([\d.]+)px/.exec(x)?.[1] ?? NaN));
        const sizes = style.backgroundSize.split(',').map((size) => parseFloat(size));
        const chevron = Math.max(...offsets.map((offset, i) => offset + sizes[i]!));
        return { id: select.id, chevron, padding: parseFloat(style.paddingRight) };
      }),
    );

  test.each(WIDTHS)('at %i px the selected option stops before the select’s chevron', async (width) => {
    for (const [path, selector] of [
      ['/sammenlign/', '.compare-form select'],
      ['/sammenlign/telemark/unn/', '.compare-controls select'],
    ] as const) {
      const page = await open(path, width);
      await page.locator(selector).first().waitFor();
      const found = await selects(page, selector);
      expect(found.length, path).toBeGreaterThan(0);
      for (const { id, chevron, padding } of found) {
        // A chevron 1 to 3 em from the edge (Designsystemet draws it there), and the text's room ending before it.
        expect(chevron, id).toBeGreaterThan(10);
        expect(padding, id).toBeGreaterThanOrEqual(chevron);
      }
      await page.context().close();
    }
  });

  test.each(WIDTHS)(
    'at %i px a search filter’s box has a gap before its words, which wrap under themselves',
    async (width) => {
      const page = await open('/sok/?q=nedetid', width);
      const disclosure = page.locator('.filter-disclosure > summary');
      // The counts beside the words come with the results.
      await page.locator('.result').first().waitFor();
      await expect.poll(() => page.locator('.search-filters [data-count]').first().textContent()).toMatch(/\d/);
      if (await disclosure.isVisible()) await disclosure.click();
      await page.locator('.search-filters label').first().waitFor();
      const labels = await page.locator('.search-filters label:visible').evaluateAll((labels) =>
        labels.map((label) => {
          const box = label.querySelector('input')!.getBoundingClientRect();
          const words = label.querySelector('span')!;
          // The lines of the words: the rectangles of their text, grouped by line, each line starting at its leftmost.
          const range = document.createRange();
          range.selectNodeContents(words);
          const lines: Array<{ left: number; top: number; bottom: number }> = [];
          for (const rect of range.getClientRects()) {
            if (rect.width === 0) continue;
            // Rectangles that overlap a line by half their height are on it.
            const line = lines.find((line) => Math.abs(line.top - rect.top) < rect.height / 2);
            if (line) line.left = Math.min(line.left, rect.left);
            else lines.push({ left: rect.left, top: rect.top, bottom: rect.bottom });
          }
          return {
            text: words.textContent!.trim(),
            boxRight: box.right,
            boxTop: box.top,
            boxBottom: box.bottom,
            lines,
          };
        }),
      );
      expect(labels.length).toBeGreaterThan(3);
      for (const { text, boxRight, boxTop, boxBottom, lines } of labels) {
        const first = lines[0]!;
        // Designsystemet's square box (its stylesheet for choice controls is loaded), not a field's full width.
        expect(boxBottom - boxTop, text).toBeGreaterThan(16);
        expect(boxBottom - boxTop, text).toBeLessThan(40);
        // A gap of at least 4 px between the box and its words.
        expect(first.left - boxRight, text).toBeGreaterThanOrEqual(4);
        // Every line starts where the first does, not under the box.
        for (const line of lines) expect(Math.abs(line.left - first.left), text).toBeLessThanOrEqual(1);
        // The box stands on the first line.
        expect(boxBottom, text).toBeGreaterThan(first.top);
        expect(boxTop, text).toBeLessThan(first.bottom);
      }
      // In the narrow column beside the results a long name does wrap, so the check above has met one.
      if (width === 1280)
        expect(labels.some(({ lines }) => new Set(lines.map((line) => line.top)).size > 1)).toBe(true);
      await page.context().close();
    },
  );

  test.each(WIDTHS)(
    'at %i px the comparison’s “only differences” box is Designsystemet’s, apart from its words',
    async (width) => {
      const page = await open('/sammenlign/telemark/unn/', width);
      const label = page.locator('.compare-controls label:has(input)');
      await label.waitFor();
      const { box, words } = await label.evaluate((label) => {
        const input = label.querySelector('input')!;
        const range = document.createRange();
        range.setStartAfter(input);
        range.setEndAfter(label.lastChild!);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 1);
        return {
          box: input.getBoundingClientRect().toJSON() as DOMRect,
          words: Math.min(...rects.map((rect) => rect.left)),
        };
      });
      expect(Math.abs(box.width - box.height)).toBeLessThan(1);
      expect(box.width).toBeGreaterThan(16);
      expect(box.width).toBeLessThan(40);
      expect(words - box.right).toBeGreaterThanOrEqual(4);
      await page.context().close();
    },
  );
});

test('a reading page loads no rules for choice controls (they are in designsystemet-choices.css, where a page has one)', () => {
  const sheets = (page: string) =>
    [
      ...readFileSync(join(siteDist, page, 'index.html'), 'utf8').matchAll(
        /<link rel="stylesheet" href="\/([^"]+\.css)"/g,
      ),
    ].map((match) => readFileSync(join(siteDist, match[1]!), 'utf8'));
  const choice = /:is\(select\)|\[type=checkbox\]|\[type=radio\]|role=switch|:is\(textarea\)/;
  const reading = sheets('retningslinjer/telemark');
  expect(reading.length).toBeGreaterThan(0);
  for (const css of reading) expect(css).not.toMatch(choice);
  // The pages with a select or a checkbox have them.
  for (const page of ['sok', 'sammenlign'])
    expect(
      sheets(page).some((css) => choice.test(css)),
      page,
    ).toBe(true);
});
