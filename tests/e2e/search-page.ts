import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Opens /sok/?q=… and presses «Vis flere treff» until every result is shown. */
export async function openEveryResult(page: Page, q: string): Promise<void> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  await page.locator('.result-groups[aria-busy="false"]').waitFor({ state: 'attached' });
  while (await page.locator('.more-results').isVisible()) {
    const before = await page.locator('li.result').count();
    await page.getByRole('button', { name: /^Vis flere treff/ }).click();
    await expect.poll(() => page.locator('li.result').count()).toBeGreaterThan(before);
  }
}
