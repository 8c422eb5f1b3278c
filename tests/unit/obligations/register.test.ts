import { expect, test } from 'vitest';
import { ownAndSharedText, partyByTopic, registerMatrix } from '../../../src/lib/obligations/register.ts';
import { obligationRows } from '../../../src/lib/obligations/csv.ts';
import { exportGuideline } from '../../../src/lib/publish/export.ts';
import { loadSite, topicIds } from '../helpers/index.ts';

const site = loadSite().filter((guideline) => guideline.current);
const register = site.map((g) => ({ slug: g.meta.slug, clauses: g.clauses, obligations: g.obligations }));
const topics = [...topicIds()];

test('a party’s view holds its own obligations and, marked shared, those that bind both; the felles view only its own', () => {
  for (const party of ['kommune', 'helseforetak', 'felles'] as const) {
    const seen = new Map<string, boolean>();
    for (const row of partyByTopic(register, topics, party))
      for (const column of row.columns)
        for (const { obligation, shared } of column.entries) {
          expect(shared).toBe(obligation.party !== party);
          expect(obligation.party === party || (party !== 'felles' && obligation.party === 'felles')).toBe(true);
          seen.set(`${column.slug}/${obligation.id}`, shared);
        }
    const expected = register.flatMap((g) =>
      g.obligations
        .filter((o) => o.party === party || (party !== 'felles' && o.party === 'felles'))
        .map((o) => `${g.slug}/${o.id}`),
    );
    expect(new Set(seen.keys())).toEqual(new Set(expected));
  }
  // Every guideline says something to the municipality once its shared duties count (the "Ingenting om temaet" everywhere).
  const kommune = partyByTopic(register, topics, 'kommune');
  for (const g of register)
    expect(
      kommune.some((row) => row.columns.find((c) => c.slug === g.slug)!.entries.length > 0),
      g.slug,
    ).toBe(true);
});

test('an obligation under two topics says where else it stands, and the matrix says how many count twice', () => {
  const matrix = registerMatrix(register, topics);
  for (const { party, total, multiTopic, rows } of matrix) {
    const inView = register
      .flatMap((g) => g.obligations)
      .filter((o) => o.party === party || (party !== 'felles' && o.party === 'felles'));
    expect(total.own + total.shared).toBe(inView.length);
    expect(multiTopic).toBe(inView.filter((o) => o.topics.length > 1).length);
    const cells = rows.flatMap((row) => row.counts).reduce((sum, c) => sum + c.own + c.shared, 0);
    const filings = inView.reduce((sum, o) => sum + Math.max(1, o.topics.length), 0);
    expect(cells).toBe(filings);
  }
  for (const row of partyByTopic(register, topics, 'kommune'))
    for (const column of row.columns)
      for (const { obligation, alsoUnder } of column.entries)
        expect(alsoUnder).toEqual(obligation.topics.filter((topic) => topic !== row.topic));
});

test('counts say both numbers for a party, one for the shared view', () => {
  expect(ownAndSharedText({ own: 9, shared: 23 }, 'kommune')).toBe('9 egne, 23 felles');
  expect(ownAndSharedText({ own: 23, shared: 0 }, 'felles')).toBe('23');
});

test('the checklist as filled in fills the last four CSV columns of its rows only', () => {
  const guideline = exportGuideline(site[0]!);
  const [id, other] = guideline.obligations.map((o) => o.id);
  const rows = obligationRows(guideline, '', (key) =>
    key === id ? { responsible: '=Kari', status: 'Pågår', due: '2027-03-01', done: true } : undefined,
  );
  expect(rows[1]!.slice(0, 1)).toEqual([id]);
  expect(rows[1]!.slice(-4)).toEqual(["'=Kari", 'Pågår', '2027-03-01', 'Ja']);
  expect(rows[2]!.slice(0, 1)).toEqual([other]);
  expect(rows[2]!.slice(-4)).toEqual(['', '', '', '']);
});
