import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { draftGuideline } from '../../../src/lib/import/draft.ts';
import { extractFromLines } from '../../../src/lib/import/lines.ts';
import { isoDate } from '../../../src/lib/import/meta.ts';
import { join } from '../../../src/lib/import/phrasing.ts';
import { linesFromText } from '../../../src/lib/import/text.ts';
import { fixtures, topicIds } from '../helpers/index.ts';
import { expectDraftFixtures } from '../helpers/draft-fixtures.ts';

/** A text imported with no guidelines to suggest topics from: the draft depends on the text alone. */
function importText(text: string) {
  return draftGuideline(extractFromLines(linesFromText(text)), {
    file: 'draft.md',
    slug: 'draft',
    source: 'draft.txt',
    corpus: [],
    topics: topicIds(),
  });
}

// One folder per case: input.txt, and expected.md, the body of the draft (front matter left out);
// where a case has them, expected-front.yaml (the draft's front matter) and expected-report.txt (the
// report the editor reads). UPDATE_FIXTURES=1 writes them from the importer, to be read and judged before committing.
const dir = `${fixtures}/import`;
const cases = readdirSync(dir)
  .filter((name) => existsSync(`${dir}/${name}/input.txt`))
  .sort();

test.each(cases)('%s: the draft’s body is expected.md, with every word of the input', (name) => {
  const { markdown, report } = importText(readFileSync(`${dir}/${name}/input.txt`, 'utf8'));
  expectDraftFixtures(`${dir}/${name}`, markdown, report, 'input.txt');
  expect({ lost: report.lost, added: report.added, parseError: report.parseError }).toEqual({
    lost: [],
    added: [],
    parseError: null,
  });
});

test.each([
  { lines: ['IKT-', 'løsninger'], expected: 'IKT-løsninger' },
  { lines: ['helse-', 'og omsorg'], expected: 'helse- og omsorg' },
  { lines: ['e-', 'helse'], expected: 'e-helse' },
  { lines: ['stat-', 'eller kommune'], expected: 'stat- eller kommune' },
  { lines: ['Norsk', 'helsenett'], expected: 'Norsk helsenett' },
  { lines: ['IKT-', 'LØSNINGER'], expected: 'IKT-LØSNINGER' },
  { lines: ['HELSE-', 'OG OMSORG'], expected: 'HELSE- OG OMSORG' },
  { lines: ['Sykehuset Telemark HF-', 'Kommunene'], expected: 'Sykehuset Telemark HF- Kommunene' },
  { lines: ['rutiner -', 'og avvik'], expected: 'rutiner - og avvik' },
])('joins $lines as $expected', ({ lines, expected }) => {
  expect(join(lines)).toBe(expected);
});

test.each([
  { text: '01.06.2023', expected: '2023-06-01' },
  { text: 'godkjent 20.11.16', expected: '2016-11-20' },
  { text: '6. februar 2025', expected: '2025-02-06' },
  { text: '31.02.2024', expected: null },
  { text: 'versjon 2', expected: null },
])('reads the date in $text as $expected', ({ text, expected }) => {
  expect(isoDate(text)).toBe(expected);
});

// Random texts built from what guideline extractions hold: numbered headings in and out of order,
// numbered lists, bullets, words split at a line end, footnote-like numbers, page numbers, URLs.
const word = fc.constantFrom(
  'Partene',
  'skal',
  'kommunen',
  'helse-',
  'og',
  'IKT-',
  'løsninger',
  'Normen1',
  '2018',
  'e-',
  'helse.',
  'avvik:',
  'Felles',
  'ansvar',
  'https://ehelse.no/a-',
  'b',
  'på',
  '§',
  '3-5',
  '(SSU)',
  'Møre',
  'Vedlegg:',
  'XX',
  'kommune',
  '……………',
  'NN',
  'Iøsninger',
);
const line = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' ')),
  fc
    .tuple(
      fc.constantFrom('1', '2', '2.1', '3', '1.1', '4', '3.1.', '1.'),
      fc.array(word, { minLength: 1, maxLength: 4 }),
    )
    .map(([number, words]) => `${number} ${words.join(' ')}`),
  fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => `• ${words.join(' ')}`),
  fc.constantFrom(
    '',
    ' ',
    '7',
    'Side 1 av 2',
    'Felles ansvar',
    '1 Normen er en bransjenorm for informasjonssikkerhet i helsesektoren.',
    // Other regions' layouts: N.0 and § headings, lettered items, a contents list, a signature block.
    '1.0 Parter',
    '2.0 Bakgrunn',
    '§ 3 Ansvar',
    'a) bruke meldinger',
    'b) melde avvik',
    'Innhold',
    '1.0 Parter .......... 2',
    'Sted og dato',
    '______________',
    'for XX kommune for Helse Fonna HF',
  ),
);

test('for random texts, the draft keeps every word, or says why not', () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), (lines) => {
      const text = lines.join('\n');
      if (text.trim() === '') return;
      const { report } = importText(text);
      // A draft whose body the parser refuses is reported as such; otherwise no word may be lost.
      if (report.parseError === null)
        expect({ lost: report.lost, added: report.added }).toEqual({ lost: [], added: [] });
      else expect(report.parseError).toMatch(/^draft\.md:\d+: /);
    }),
    // A blank before a line break and `kommune`, where the reader keeps the lines apart (a heading)
    // or joins them (a paragraph): the blank was counted as added or lost (found by this test).
    {
      numRuns: 400,
      examples: [
        [['1 XX', 'kommune Partene', 'Partene']],
        [['• Partene', '3.1. NN', 'kommune', '1 Partene']],
        [['1. https://ehelse.no/a- XX', 'kommune', 'Partene']],
        // A footnote's text right under a title line with its call was drafted twice: title and footnote.
        [['Normen1 Vedlegg:', '1 Partene Partene Partene https://ehelse.no/a-', '1 Partene']],
      ],
    },
  );
}, 60_000);

// Repeated lines stay as text only where taking them out would empty more than half the pages: a
// blank last page holding just its running header and number is still page furniture.
test('a two-page text whose last page has only its header and number loses the header, not its text', () => {
  const header = 'Samarbeidsavtale delavtale 7 – Prøveland';
  const text = `${header}\n\nRetningslinje 7 for IKT-samarbeid\n\n1 Formål\nPartene samarbeider om elektronisk samhandling.\n\n2 Ansvar\nKommunen skal melde avvik.\n\n1\f${header}\n\n2\n`;
  const { markdown, report } = importText(text);
  expect(markdown).not.toContain(header);
  expect(report.debris.filter((debris) => debris.kind === 'running header or footer')).toHaveLength(2);
  expect(markdown).toContain('Kommunen skal melde avvik.');
  expect(report.lost).toEqual([]);
});
