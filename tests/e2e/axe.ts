import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: Array<{
    id: string;
    impact: string;
    help: string;
    nodes: Array<{ target: string[]; failureSummary: string }>;
  }>;
}

/**
 * axe-core's WCAG 2.0/2.1 A and AA violations of a page, one readable line each (the same audit as
 * a11y.test.ts, for pages of a build of its own). The context must bypass the CSP: axe is injected
 * as an inline script, which the site's policy refuses.
 */
export async function axeViolations(context: BrowserContext, path: string): Promise<string[]> {
  const page = await context.newPage();
  const response = await page.goto(path);
  if (response?.status() !== 200) return [`${path}: HTTP ${response?.status()}`];
  const violations = await auditPage(page);
  await page.close();
  return violations;
}

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page as it stands: one readable line per violation. */
export async function auditPage(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    ),
  )) as AxeResult;
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)
        .join('\n  ')}`,
  );
}
