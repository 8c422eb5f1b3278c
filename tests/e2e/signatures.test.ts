import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root, useFixtureSite } from './fixture-site.ts';

// None of the five sources records a signature, so the site is built here from a copy of the
// guidelines in which Telemark records two: one of its version and one of an earlier version.
const site = useFixtureSite('signatures', (guidelines) => {
  cpSync(join(root, 'content/guidelines'), guidelines, { recursive: true });
  const file = join(guidelines, 'telemark.md');
  const source = readFileSync(file, 'utf8');
  const signed = source.replace(
    '\nsignatures: []\n',
    [
      '',
      'signatures:',
      '  - { municipality: Skien kommune, version: "1", date: 2025-03-10 }',
      '  - { municipality: Bamble kommune, version: "0.9", date: 2024-11-01 }',
      '',
    ].join('\n'),
  );
  if (signed === source) throw new Error('telemark.md has no `signatures: []` line to replace');
  writeFileSync(file, signed);
});

const recorded = [
  'Bamble kommune signerte versjon 0.9 1. november 2024 (en annen versjon enn denne).',
  'Skien kommune signerte versjon 1 10. mars 2025.',
];

test('the reading page lists who signed which version when; a guideline without records shows none', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/');
  expect(await page.locator('.signed-records li').allTextContents()).toEqual(recorded);
  await page.goto('/retningslinjer/unn/');
  expect(await page.locator('.signed-records').count()).toBe(0);
  await context.close();
});

test('the print version prints the records in its title block, with the approval', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/utskrift/');
  await page.emulateMedia({ media: 'print' });
  const titleBlock = page.locator('.title-block');
  expect(await titleBlock.locator('.signed-records li').allTextContents()).toEqual(recorded);
  expect(await titleBlock.locator('.signed-records').isVisible()).toBe(true);
  expect(await titleBlock.textContent()).toContain('Godkjent i Strategisk samarbeidsutvalg (SSU) 6. februar 2025');
  await context.close();
});

test('the JSON export carries the records', async () => {
  const data = await (await fetch(`${site.origin}/data/telemark.json`)).json();
  expect(data.signatures).toEqual([
    { municipality: 'Skien kommune', version: '1', date: '2025-03-10' },
    { municipality: 'Bamble kommune', version: '0.9', date: '2024-11-01' },
  ]);
});
