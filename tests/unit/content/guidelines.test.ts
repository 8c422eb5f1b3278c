import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { guidelinesDir, loadExpectations, loadSite, root } from '../helpers/index.ts';

const site = loadSite();
const bySlug = (slug: string) => site.find((guideline) => guideline.meta.slug === slug)!;

// Each guideline's clause numbers in document order (null: an unnumbered clause) and the parties its
// clauses bind are pinned in content/guidelines/<slug>.expect.yaml, so that a changed transcription or
// parser shows up here first. A guideline without that file meets the generic checks only.
const pinned = site.map((guideline) => ({ slug: guideline.meta.slug, expect: loadExpectations(guideline.meta.slug) }));

test('every expectations file belongs to a published guideline', () => {
  const files = readdirSync(`${root}${guidelinesDir}`)
    .filter((name) => name.endsWith('.expect.yaml'))
    .map((name) => name.replace(/\.expect\.yaml$/, ''));
  expect(files.filter((slug) => !site.some((guideline) => guideline.meta.slug === slug))).toEqual([]);
});

describe.each(pinned.filter(({ expect }) => expect.clauses))('$slug', ({ slug, expect: { clauses } }) => {
  test('has its clauses in order', () => {
    expect(bySlug(slug).clauses.map((clause) => [clause.number, clause.heading])).toEqual(clauses);
  });
});

test.each(
  pinned.flatMap(({ slug, expect }) =>
    Object.entries(expect.parties ?? {}).map(([id, party]) => ({ slug, id, party })),
  ),
)('$slug $id binds $party', ({ slug, id, party }) => {
  expect(bySlug(slug).clauses.find((clause) => clause.id === id)?.party).toBe(party);
});

test('St. Olav keeps its editorial remarks as notes and its blank as a placeholder', () => {
  const stOlav = bySlug('st-olav');
  expect(stOlav.clauses.flatMap((clause) => clause.notes)).toEqual([
    'Bør dette punktet tas ut?',
    'dette punktet bør utgå',
  ]);
  expect(stOlav.clauses.find((clause) => clause.id === 'punkt-1-1')!.html).toContain('data-plassholder="kommune"');
});

test('the footnotes of UNN (two) and Møre og Romsdal (one) are GFM footnotes of the clause that cites them', () => {
  expect(
    bySlug('unn').clauses.flatMap((clause) => clause.footnotes.map((footnote) => `${clause.id} ${footnote.number}`)),
  ).toEqual(['punkt-4-1 1', 'punkt-4-1 2']);
  expect(
    bySlug('more-og-romsdal').clauses.flatMap((clause) =>
      clause.footnotes.map((footnote) => `${clause.id} ${footnote.number}`),
    ),
  ).toEqual(['punkt-1-1 1']);
});

test('Innlandet’s checklist holds all 20 test cases with their sender columns', () => {
  const appendix = bySlug('innlandet').clauses.at(-1)!;
  const table = appendix.body.find((node) => node.type === 'table' && node.children[0]!.children.length === 5);
  expect(table?.type).toBe('table');
  const rows =
    table!.type === 'table'
      ? table!.children.map((row) =>
          row.children.map((cell) => cell.children.map((c) => ('value' in c ? c.value : '')).join('')),
        )
      : [];
  expect(rows[0]).toEqual(['Nr', 'Beskrivelse', 'Avsender kommune', 'Avsender sykehus', 'Resultat']);
  const cases = rows.filter((row) => /^\d+$/.test(row[0]!));
  expect(cases.map((row) => row[0])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  const senders = cases.map((row) => `${row[2] === 'x' ? 'K' : '-'}${row[3] === 'x' ? 'S' : '-'}`).join(' ');
  expect(senders).toBe('K- -S K- -S K- -S K- -S KS KS KS KS KS K- K- K- K- KS KS -S');
});

test('Møre og Romsdal’s action table has its five columns and every activity', () => {
  const clause = bySlug('more-og-romsdal').clauses.find((c) => c.id === 'punkt-5-1')!;
  const lines = clause.text.split('\n').filter((line) => line.split(' | ').length === 5);
  expect(lines[0]).toBe('Aktivitet/oppdrag | Aksjonspunkt | Ansvarleg | Tidsplan | Kommentar');
  const activities = lines
    .slice(1)
    .map((line) => line.split(' | ')[0])
    .filter(Boolean);
  expect(activities).toHaveLength(13);
  expect(activities.at(-1)).toBe('Andre KomUT-oppdrag');
});

test('every clause with text of its own is tagged with a topic (the introductions cannot carry tags)', () => {
  const untagged = site.flatMap(({ meta, clauses }) =>
    clauses
      .filter((clause) => clause.text !== '' && clause.id !== 'innledning' && clause.topics.length === 0)
      .map((clause) => `${meta.slug}#${clause.id}`),
  );
  expect(untagged).toEqual([]);
});
