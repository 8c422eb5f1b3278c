import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, test } from 'vitest';
import { clauseSegments } from '../../../src/lib/model/numbering.ts';
import { writtenNumber } from '../../../src/lib/model/clause-names.ts';
import { GuidelineError } from '../../../src/lib/model/errors.ts';
import type { MetaSchema } from '../../../src/lib/model/types.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { extractFromDocx } from '../../../src/lib/import/docx.ts';
import { draftGuideline } from '../../../src/lib/import/draft.ts';
import { language } from '../../../src/lib/import/meta.ts';
import { signatureBlock } from '../../../src/lib/import/signature-block.ts';
import { findSlips } from '../../../src/lib/import/slips.ts';
import { fixtures, topicIds } from '../helpers/index.ts';

const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};
const parse = (body: string) =>
  parseGuideline(`---\ntitle: x\n---\n\n${body}`, { file: 'n0.md', schema: anyMeta, topics: topicIds() });

describe('N.0 clause numbers (`1.0 Parter`, `2.0 Bakgrunn` with `2.1` under it)', () => {
  test('mean clause N at level 1: the page keeps `1.0`, the id is punkt-1', () => {
    const { clauses } = parse(
      '## 1.0 Parter\n\nTekst.\n\n## 2.0 Bakgrunn\n\nTekst.\n\n### 2.1 Lovgrunnlag\n\nTekst.\n',
    );
    expect(clauses.map((c) => `${c.id} ${c.number} ${c.level} ${c.parent ?? '-'} ${c.heading}`)).toEqual([
      'punkt-1 1.0 1 - Parter',
      'punkt-2 2.0 1 - Bakgrunn',
      'punkt-2-1 2.1 2 punkt-2 Lovgrunnlag',
    ]);
  });

  test('`1.0` and `1` are the same clause: written twice, the parser says so', () => {
    expect(() => parse('## 1.0 Parter\n\nTekst.\n\n## 1 Parter\n\nTekst.\n')).toThrow(GuidelineError);
    expect(() => parse('## 1.0 Parter\n\nTekst.\n\n## 1 Parter\n\nTekst.\n')).toThrow(/duplicate clause number 1/);
  });

  test.each([
    ['1.0', ['1']],
    ['4.1', ['4', '1']],
    ['2.0.1', ['2', '0', '1']],
    ['10', ['10']],
  ])('%s places the clause at %j', (number, segments) => {
    expect(clauseSegments(number)).toEqual(segments);
  });
});

describe('the language is told by telltale words', () => {
  // The same agreement in both written standards: most words are shared (avtale, partane/partene aside).
  const nb =
    'Avtalen gjelder mellom partene. Formålet er at kommunen og helseforetaket har felles rutiner for meldinger. Ved uenighet skal partene møtes. Varighet og oppsigelse følger samarbeidsavtalen.';
  const nn =
    'Avtalen gjeld mellom partane. Føremålet er at kommunen og helseføretaket har felles rutinar for meldingar. Ved usemje skal partane møtast. Varigheit og oppseiing følgjer samarbeidsavtalen.';
  test.each([
    ['Bokmål', nb, 'nb'],
    ['Nynorsk', nn, 'nn'],
    ['Bokmål headings', 'Parter\nFormål\nInnhold\nVarighet\nTjenesteavtale med helseforetak', 'nb'],
    ['Nynorsk headings', 'Partar\nFøremål\nInnhald\nVarigheit\nTenesteavtale med helseføretak', 'nn'],
  ])('%s is %s', (_name, text, expected) => {
    expect(language(text)).toBe(expected);
  });
});

describe('words text recognition misread', () => {
  test('are reported with the known word they are near, and left as they are', () => {
    const text = 'Partene sikrer gode IKT-Iøsninger i hver kornrnune. Saken følger § 2-l e.';
    expect(findSlips(text, ['løsninger', 'IKT-løsninger', 'kommune', '2-1'])).toEqual([
      { word: 'IKT-Iøsninger', near: 'IKT-løsninger' },
      { word: 'kornrnune', near: 'kommune' },
      { word: '2-l', near: '2-1' },
    ]);
  });

  test('words of the guidelines, and words no misreading explains, are not', () => {
    expect(findSlips('Internett og barnehage i kommunen', ['kommunen', 'barn'])).toEqual([]);
  });
});

test('a Word document with `1.0`-numbered paragraphs and no heading styles has them as level-1 clauses', async () => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Tjenesteavtale om IKT-samarbeid mellom XX kommune og Helse Fonna HF.'),
          new Paragraph('1.0 Parter'),
          new Paragraph('Avtalen er inngått mellom XX kommune og Helse Fonna HF.'),
          new Paragraph('2.0 Bakgrunn'),
          new Paragraph('Avtalen bygger på lov om kommunale helse- og omsorgstjenester.'),
          new Paragraph({ children: [new TextRun({ text: '2.1 Lovgrunnlag', bold: true })] }),
          new Paragraph('Helse- og omsorgstjenesteloven § 6-2.'),
          new Paragraph('3.0 Varighet'),
          new Paragraph('Avtalen gjelder til den blir sagt opp.'),
        ],
      },
    ],
  });
  const extracted = await extractFromDocx(new Uint8Array(await Packer.toBuffer(doc)), 'fonna.docx');
  const { markdown, report } = draftGuideline(extracted, {
    file: 'fonna.md',
    slug: 'fonna',
    source: 'fonna.docx',
    corpus: [],
    topics: topicIds(),
  });
  expect({ lost: report.lost, added: report.added, parseError: report.parseError }).toEqual({
    lost: [],
    added: [],
    parseError: null,
  });
  const { clauses } = parseGuideline(markdown, { file: 'fonna.md', schema: anyMeta, topics: topicIds() });
  expect(clauses.map((c) => `${c.level} ${c.id} ${c.number ?? '–'} ${c.heading ?? '(innledning)'}`)).toEqual([
    '1 innledning – (innledning)',
    '1 punkt-1 1.0 Parter',
    '1 punkt-2 2.0 Bakgrunn',
    '2 punkt-2-1 2.1 Lovgrunnlag',
    '1 punkt-3 3.0 Varighet',
  ]);
  expect(markdown).toContain('## 1.0 Parter\n');
  // The municipality's blank is the print page's fill-in, and the report lists each.
  expect(markdown).toContain('Avtalen er inngått mellom :plassholder[kommune] kommune og Helse Fonna HF.');
  expect(report.blanks.map((b) => `${b.text} → ${b.placeholder}`)).toEqual([
    'XX kommune → kommune',
    'XX kommune → kommune',
  ]);
}, 20_000);

describe('a signature block', () => {
  const block = (...texts: string[]) =>
    signatureBlock(
      ['Avtalen gjeld frå den er underskriven.', ...texts].map((text, i) => ({
        text,
        page: 1,
        line: i + 1,
        gap: 'none' as const,
        indent: 0,
        size: 1,
        bold: false,
        columns: 1,
        cells: null,
      })),
      [],
    );

  test('names its parties, several hospital institutions each on its own, and says what it did not read', () => {
    const found = block(
      'Stad og dato: Bergen, 1. mars 2020',
      '__________________ __________________ __________________',
      'for Bergen kommune for Helse Bergen HF for Solli DPS',
    );
    expect(found?.parties).toEqual([
      { role: 'kommune', name: 'Bergen kommune' },
      { role: 'helseforetak', name: 'Helse Bergen HF' },
      { role: 'helseforetak', name: 'Solli DPS' },
    ]);
    expect(found?.lines).toEqual(new Set([1, 2, 3]));
    expect(found?.unread).toEqual([
      'line 2: place and date (Stad og dato: Bergen, 1. mars 2020): the print page asks for them',
    ]);
  });

  test('is not found in a text that ends with a sentence about parties, without a rule or a place and date', () => {
    expect(block('for kommunen og Helse Bergen HF gjeld avtalen frå 2020')).toBeNull();
  });
});

// Issue 28: `Punkt N` and `§ N` headings were written as unnumbered headings, so a `2.1` under one
// did not build. They are written as they stand, and the parser reads their numbers as clause numbers.
test('`§ 3` and `Punkt 3` headings are written as they stand and read as clauses 1, 2, 3', () => {
  const clauses = (body: string) => parse(body).clauses.map((c) => `${c.id} ${writtenNumber(c)} ${c.heading}`);
  expect(clauses(readFileSync(`${fixtures}/import/punkt-stamps/expected.md`, 'utf8'))).toEqual([
    'punkt-1 Punkt 1 Formål',
    'punkt-2 Punkt 2 Ansvar',
    'punkt-3 Punkt 3 Varighet',
  ]);
  expect(clauses(readFileSync(`${fixtures}/import/nynorsk-paragraphs/expected.md`, 'utf8'))).toEqual([
    'punkt-1 § 1 Partar',
    'punkt-2 § 2 Føremål',
    'punkt-3 § 3 Ansvar og plikter',
    'punkt-4 § 4 Varigheit og oppseiing',
  ]);
});
