import type { Page } from 'playwright-core';

/** What sticks out of the screen: the outermost elements whose right edge is past it. */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  const out = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
    (element) => element.getBoundingClientRect().right > width + 0.5,
  );
  return out
    .filter((element) => !out.includes(element.parentElement!))
    .slice(0, 5)
    .map(
      (element) =>
        `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} (${Math.round(element.getBoundingClientRect().right)} px)`,
    );
}

/**
 * The page's width against its screen's, and (when wider) the elements that stick out, so that
 * `expect(await widthOf(page)).toEqual({ scrollWidth: <screen>, culprits: [] })` fails readably.
 */
export async function widthOf(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  const { scrollWidth, screenWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    screenWidth: window.innerWidth,
  }));
  return { scrollWidth, culprits: scrollWidth > screenWidth ? await page.evaluate(overflowing) : [] };
}
