import type { Page } from 'playwright-core';

/**
 * Every text on a chart or in a table the reader can see that is drawn under `least` px, as
 * `"words" (px)`: an SVG text at its font size times its drawing's scale on the screen, a table's
 * text at its computed font size. Empty when none is.
 */
export async function smallText(page: Page, least = 12): Promise<string[]> {
  return page.evaluate((least) => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const charts = [...document.querySelectorAll<SVGTextElement>('svg text')].filter(shown).map((text) => {
      const { a, b } = text.getScreenCTM()!;
      return { words: text.textContent ?? '', px: parseFloat(getComputedStyle(text).fontSize) * Math.hypot(a, b) };
    });
    const tables = [...document.querySelectorAll('table caption, table th, table td')]
      .filter((cell) => shown(cell) && !cell.closest('.visually-hidden') && (cell.textContent ?? '').trim() !== '')
      .map((cell) => ({ words: (cell.textContent ?? '').trim(), px: parseFloat(getComputedStyle(cell).fontSize) }));
    return [...charts, ...tables]
      .filter(({ px }) => px < least - 0.05)
      .slice(0, 5)
      .map(({ words, px }) => `"${words.slice(0, 40)}" (${px.toFixed(1)} px)`);
  }, least);
}
