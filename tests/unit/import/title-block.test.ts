// The title block at the top of a text with no contents list: which lines are the title, and where a line
// the cover sets apart from it goes. An approval, a date or a line in smaller type under the title is no
// part of it (issue 28: a PDF cover's foot line, «Godkjent i styringsgruppen … 19. november 2026», was glued
// into the title); its words stay, in the status banner (an approval read whole, left out as a cover stamp)
// or as the body's first paragraph. Lines written for this test.
import { toString } from 'mdast-util-to-string';
import { expect, test } from 'vitest';
import { extractFromLines } from '../../../src/lib/import/lines.ts';
import { plainLine, type SourceLine } from '../../../src/lib/import/source-line.ts';

/** A line as a PDF reader gives it: its type size relative to the body's (1 for body text), set apart by a gap. */
type Line = string | { text: string; size: number };
const sourceLines = (lines: Line[]): SourceLine[] =>
  lines.map((line, i) => {
    const { text, size } = typeof line === 'string' ? { text: line, size: 1 } : line;
    return { ...plainLine(text, i), size, gap: i === 0 ? 'none' : 'paragraph' };
  });
const BODY: Line[] = [
  { text: '1 Formål', size: 1.2 },
  'Retningslinjen sier hvordan partene sender meldinger til hverandre, og hva de gjør når en melding ikke kommer fram.',
  { text: '2 Avvik', size: 1.2 },
  'Partene melder avvik til hverandre samme dag.',
];

test.each<{ name: string; top: Line[]; title: string; subtitle: string | null; opens: string; stamps: string[] }>([
  {
    name: 'an approval at the cover’s foot, read whole however long, is a cover stamp',
    top: [
      { text: 'Helsefellesskapet Lyngdal', size: 1.25 },
      { text: 'Meldingsflyt mellom Lyngdal sykehus HF og kommunene', size: 2.1 },
      { text: 'Godkjent i styringsgruppen for helsefellesskapet i Lyngdal 4. mars 2027', size: 0.9 },
    ],
    title: 'Meldingsflyt mellom Lyngdal sykehus HF og kommunene',
    subtitle: 'Helsefellesskapet Lyngdal',
    opens: '1 Formål',
    stamps: ['Godkjent i styringsgruppen for helsefellesskapet i Lyngdal 4. mars 2027'],
  },
  {
    name: 'an approval with more to say than the banner shows opens the body, under any title',
    top: [
      'Meldingsflyt mellom sykehuset og kommunene',
      'Vedtatt i partnerskapsmøtet 14. oktober 2026 etter høring i alle kommunene',
    ],
    title: 'Meldingsflyt mellom sykehuset og kommunene',
    subtitle: null,
    opens: 'Vedtatt i partnerskapsmøtet 14. oktober 2026 etter høring i alle kommunene',
    stamps: [],
  },
  {
    name: 'a date under the title opens the body',
    top: ['Meldingsflyt mellom sykehuset og kommunene', '19.11.2026'],
    title: 'Meldingsflyt mellom sykehuset og kommunene',
    subtitle: null,
    opens: '19.11.2026',
    stamps: [],
  },
  {
    name: 'a note in smaller type under a title in large type opens the body',
    top: [
      { text: 'Meldingsflyt mellom sykehuset og kommunene', size: 2 },
      { text: 'Utarbeidet av arbeidsgruppen for digital samhandling', size: 0.9 },
    ],
    title: 'Meldingsflyt mellom sykehuset og kommunene',
    subtitle: null,
    opens: 'Utarbeidet av arbeidsgruppen for digital samhandling',
    stamps: [],
  },
  {
    name: 'a title over two lines of one size stays whole',
    top: [
      { text: 'Meldingsflyt mellom sykehuset', size: 2 },
      { text: 'og kommunene i Lyngdal', size: 2 },
    ],
    title: 'Meldingsflyt mellom sykehuset og kommunene i Lyngdal',
    subtitle: null,
    opens: '1 Formål',
    stamps: [],
  },
  {
    name: 'a small line naming the document over the title in large type is the title’s start',
    top: [
      { text: 'Retningslinje 7', size: 1 },
      { text: 'Meldingsflyt mellom sykehuset og kommunene', size: 2 },
    ],
    title: 'Retningslinje 7 Meldingsflyt mellom sykehuset og kommunene',
    subtitle: null,
    opens: '1 Formål',
    stamps: [],
  },
  {
    name: 'the date the text was last updated stays in the title block, in smaller type too',
    top: [
      { text: 'Meldingsflyt mellom sykehuset og kommunene', size: 2 },
      { text: 'Sist oppdatert: 01.02.2027', size: 0.9 },
    ],
    title: 'Meldingsflyt mellom sykehuset og kommunene',
    subtitle: null,
    opens: '1 Formål',
    stamps: [],
  },
])('$name', ({ top, title, subtitle, opens, stamps }) => {
  const extracted = extractFromLines(sourceLines([...top, ...BODY]));
  expect(extracted.meta.title).toBe(title);
  expect(extracted.meta.subtitle).toBe(subtitle);
  expect(toString(extracted.blocks[0])).toBe(opens);
  expect(extracted.debris.filter((item) => item.kind === 'cover stamp').map((item) => item.text)).toEqual(stamps);
});

test('an approval left out as a cover stamp is read into `approved`, every word of it', () => {
  const { meta } = extractFromLines(
    sourceLines([
      { text: 'Meldingsflyt mellom sykehuset og kommunene', size: 2 },
      { text: 'Godkjent i styringsgruppen for helsefellesskapet i Lyngdal 4. mars 2027', size: 0.9 },
      ...BODY,
    ]),
  );
  expect(meta.approved).toEqual({ date: '2027-03-04', by: 'styringsgruppen for helsefellesskapet i Lyngdal' });
});

test('a cover before a contents list: a note in smaller type under the title stays the cover’s, listed', () => {
  const extracted = extractFromLines(
    sourceLines([
      { text: 'Helsefellesskapet Lyngdal', size: 1.25 },
      { text: 'Meldingsflyt mellom Lyngdal sykehus HF og kommunene', size: 2.1 },
      { text: 'Utarbeidet av arbeidsgruppen for digital samhandling', size: 0.9 },
      { text: 'Innhold', size: 1.2 },
      '1 Formål ........ 2',
      '2 Avvik ........ 2',
      ...BODY,
    ]),
  );
  expect(extracted.meta.title).toBe('Meldingsflyt mellom Lyngdal sykehus HF og kommunene');
  expect(extracted.meta.subtitle).toBe('Helsefellesskapet Lyngdal');
  expect(extracted.debris.filter((item) => item.kind === 'cover').map((item) => item.text)).toEqual([
    'Utarbeidet av arbeidsgruppen for digital samhandling',
  ]);
});
