import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { useSite } from './harness.ts';

// One vocabulary: a guideline, a region and a party are named the same way on the home page, in the
// search filters, on the register pages, in the JSON and in the CSV.
const site = useSite();

interface IndexEntry {
  slug: string;
  shortTitle: string;
  region: string;
  label: string;
}

async function index() {
  return (await (await fetch(`${site.origin}/data/index.json`)).json()) as {
    guidelines: IndexEntry[];
    vocabulary: { parties: Record<string, string>; modalities: Record<string, string> };
  };
}

test('a guideline is named by its short title, with its region where both are shown, the same way everywhere', async () => {
  const { guidelines } = await index();
  for (const guideline of guidelines) {
    expect(guideline.label.startsWith(guideline.shortTitle)).toBe(true);
    expect(guideline.label.includes(guideline.region)).toBe(true);
  }
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/');
  const rowHeads = await page.locator('.guideline-table tbody th[scope="row"]').allTextContents();
  expect(rowHeads.map((text) => text.trim()).sort()).toEqual(guidelines.map((g) => g.label).sort());

  await page.goto('/sok/');
  const filterLabels = await page
    .locator('fieldset[data-filter="retningslinje"] input')
    .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-label')));
  expect(filterLabels.sort()).toEqual(guidelines.map((g) => g.label).sort());
  await context.close();
});

test('a party is named the same way in the JSON, the search filters, the register pages and the CSV', async () => {
  const { guidelines, vocabulary } = await index();
  const parties = Object.values(vocabulary.parties);
  expect(parties).toContain('Felles for begge parter');

  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sok/');
  for (const filter of ['part', 'plikt']) {
    const labels = await page
      .locator(`fieldset[data-filter="${filter}"] input`)
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-label')));
    expect(labels).toEqual(parties);
  }
  await page.goto('/plikter/kommune/');
  const others = await page.getByRole('navigation', { name: 'Andre parter' }).getByRole('link').allTextContents();
  for (const other of others) expect(parties).toContain(other.trim());
  await context.close();

  for (const { slug } of guidelines) {
    const csv = await (await fetch(`${site.origin}/data/plikter/${slug}.csv`)).text();
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
    for (const row of rows) {
      expect(parties).toContain(row.Part);
      expect(Object.values(vocabulary.modalities)).toContain(row.Type);
    }
  }
});
