import { expect, test } from 'vitest';
import { draftGuideline } from '../../../src/lib/import/draft.ts';
import { extractFromLines } from '../../../src/lib/import/lines.ts';
import { linesFromPdf } from '../../../src/lib/import/pdf-lines.ts';
import { formatReport } from '../../../src/lib/import/report.ts';
import { textPdf, type PlacedLine } from '../helpers/pdf-bytes.ts';
import { topicIds } from '../helpers/index.ts';

// Issue 33: a PDF set in two columns was read across both: the headings of the two columns merged
// («1 Formål 3 Nedetid»), the columns became tables, and the report claimed every word. Text of our
// own, written for this test and placed as a two-column layout places it.

/** Words wrapped into lines of at most `width` characters. */
const wrap = (text: string, width: number) =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);

const SECTIONS: Array<[string, string]> = [
  [
    '1 Formål',
    'Retningslinjen skal sikre at kommunene og helseforetaket bruker elektroniske meldinger når de samarbeider om pasienter, og at meldingene kommer fram til rett mottaker til rett tid.',
  ],
  [
    '2 Ansvar',
    'Hver part har ansvar for sine egne systemer og rutiner. Partene skal melde avvik til hverandre innen to virkedager og rette feilen så raskt som mulig etter at den er kjent.',
  ],
  [
    '3 Nedetid',
    'Planlagt nedetid skal varsles minst fem virkedager før den starter. Ved uventet stans skal parten som har feilen varsle den andre parten straks, og oppgi når tjenesten ventes tilbake.',
  ],
  [
    '4 Varighet',
    'Retningslinjen gjelder fra den er godkjent i samarbeidsutvalget og til den blir sagt opp. Hver part kan be om at den tas opp til revisjon når det er behov for det.',
  ],
];

/** The sections set down a column from `top`, a blank line before each heading. */
function column(sections: Array<[string, string]>, x: number, top: number): PlacedLine[] {
  const lines: PlacedLine[] = [];
  let y = top;
  for (const [heading, text] of sections) {
    lines.push({ x, y, text: heading, size: 12 });
    y -= 18;
    for (const line of wrap(text, 44)) {
      lines.push({ x, y, text: line });
      y -= 12;
    }
    y -= 12;
  }
  return lines;
}

const title: PlacedLine = { x: 60, y: 780, text: 'Retningslinje for samarbeid om elektronisk samhandling', size: 16 };
const importPdf = async (pdf: Uint8Array) =>
  draftGuideline(extractFromLines(await linesFromPdf(pdf, 'kolonner.pdf')), {
    file: 'draft.md',
    slug: 'draft',
    source: 'kolonner.pdf',
    corpus: [],
    topics: topicIds(),
  });

test('a page in two columns is read a column at a time: its headings and paragraphs, no tables', async () => {
  const pdf = textPdf([[title, ...column(SECTIONS.slice(0, 2), 60, 740), ...column(SECTIONS.slice(2), 320, 740)]]);
  const { markdown, report } = await importPdf(pdf);
  expect(report.clauses.map((clause) => `${clause.number} ${clause.heading}`)).toEqual([
    '1 Formål',
    '2 Ansvar',
    '3 Nedetid',
    '4 Varighet',
  ]);
  expect(report.tables).toBe(0);
  expect(report.columnPages).toEqual([1]);
  expect(formatReport(report, { file: 'draft.md', source: 'kolonner.pdf' })).toContain(
    '  page 1 is set in two columns, read down the left column, then the right',
  );
  for (const [, text] of SECTIONS) expect(markdown.replace(/\s+/g, ' ')).toContain(text);
  expect({ lost: report.lost, added: report.added, parseError: report.parseError }).toEqual({
    lost: [],
    added: [],
    parseError: null,
  });
});

test('a one-column page with a table of two columns keeps its table', async () => {
  const rows = [
    ['Oppgave', 'Ansvarlig'],
    ['Melde avvik', 'Begge parter'],
    ['Varsle nedetid', 'Helseforetaket'],
    ['Teste meldinger', 'Kommunen'],
    ['Oppdatere rutiner', 'Begge parter'],
    ['Gi opplæring', 'Kommunen'],
    ['Følge opp avtalen', 'Samarbeidsutvalget'],
  ];
  const lines: PlacedLine[] = [
    title,
    ...column([SECTIONS[0]!], 60, 740),
    { x: 60, y: 620, text: '2 Oppgaver', size: 12 },
    ...rows.flatMap(([task, who], i) => [
      { x: 60, y: 600 - i * 14, text: task! },
      { x: 320, y: 600 - i * 14, text: who! },
    ]),
  ];
  const { report } = await importPdf(textPdf([lines]));
  expect(report.clauses.map((clause) => clause.number)).toEqual(['1', '2']);
  expect(report.tables).toBe(1);
  expect(report.columnPages).toEqual([]);
});
