import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import {
  blanks,
  fillSegments,
  lineText,
  signatureBlocks,
  signedRecords,
  typedValue,
} from '../../../src/lib/print/signature.ts';
import { fixtures, loadSite, topicIds } from '../helpers/index.ts';

const site = loadSite();
const bySlug = (slug: string) => site.find((guideline) => guideline.meta.slug === slug)!;

describe('fillSegments', () => {
  test('finds the blank in St. Olav’s title and party, as the dots the source prints', () => {
    const { meta } = bySlug('st-olav');
    expect(fillSegments(meta.title)).toEqual([
      { text: 'RETNINGSLINJE FOR SAMARBEID MELLOM ' },
      { placeholder: 'kommune' },
      { text: ' KOMMUNE OG ST. OLAVS HOSPITAL OM IKT-LØSNINGER OG ELEKTRONISK SAMHANDLING' },
    ]);
    expect(fillSegments(meta.signatories[0]!.name)).toEqual([{ placeholder: 'kommune' }, { text: ' kommune' }]);
  });

  test('leaves text without a blank whole', () => {
    expect(fillSegments('Kommunene i Telemark')).toEqual([{ text: 'Kommunene i Telemark' }]);
  });
});

test.each([
  { slug: 'st-olav', expected: ['kommune'] },
  { slug: 'telemark', expected: [] },
  { slug: 'innlandet', expected: [] },
])('$slug leaves the blanks $expected to fill in', ({ slug, expected }) => {
  const { meta, clauses } = bySlug(slug);
  expect(
    blanks(
      clauses.flatMap((clause) => clause.body),
      [meta.title, ...meta.signatories.map((party) => party.name)],
    ),
  ).toEqual(expected);
});

test('the signature page has a block per party the front matter names, in its order', () => {
  expect(signatureBlocks(bySlug('unn').meta.signatories)).toEqual([
    { key: 'kommune', role: 'Kommunen', name: 'Kommunene i UNN-området', eachSigns: true },
    { key: 'helseforetak', role: 'Helseforetaket', name: 'Universitetssykehuset Nord-Norge HF', eachSigns: false },
  ]);
  // Two municipalities get blocks of their own.
  expect(
    signatureBlocks([
      { role: 'kommune', name: 'A' },
      { role: 'kommune', name: 'B' },
      { role: 'helseforetak', name: 'C' },
    ]).map((block) => block.key),
  ).toEqual(['kommune', 'kommune-2', 'helseforetak']);
});

test.each([
  { name: 'Kommunene i Innlandet', eachSigns: true },
  { name: 'Kommunane i Møre og Romsdal', eachSigns: true },
  { name: 'Bø og Sauherad kommuner', eachSigns: true },
  { name: 'Fjord og Fjell kommunar', eachSigns: true },
  { name: 'KOMMUNENE I TELEMARK', eachSigns: true },
  { name: 'Skien kommune', eachSigns: false },
  { name: 'Voss herad', eachSigns: false },
  { name: '…………………… kommune', eachSigns: false },
  { name: 'Kommunenes sentralforbund', eachSigns: false },
  { name: 'Storkommuner AS', eachSigns: false },
])('a municipal party named «$name» is signed by each municipality: $eachSigns', ({ name, eachSigns }) => {
  const [block] = signatureBlocks([
    { role: 'kommune', name },
    { role: 'helseforetak', name: 'Kommunene i Innlandet' },
  ]);
  expect(block!.eachSigns).toBe(eachSigns);
});

test('only a municipal party is signed by each of its members', () => {
  const blocks = signatureBlocks([
    { role: 'kommune', name: 'Skien kommune' },
    { role: 'helseforetak', name: 'Sykehusene i Telemark og Kommunene i Telemark' },
  ]);
  expect(blocks.map((block) => block.eachSigns)).toEqual([false, false]);
});

test('a party of many municipalities adds the municipality’s name to the blanks, once', () => {
  const each = signatureBlocks(bySlug('innlandet').meta.signatories);
  expect(blanks([], [], each)).toEqual(['kommune']);
  expect(blanks([], ['…………………… kommune'], each)).toEqual(['kommune']);
  expect(blanks([], [], signatureBlocks(bySlug('st-olav').meta.signatories))).toEqual([]);
});

test.each([
  { fields: ['sted', 'dato'], values: { sted: 'Skien', dato: '2025-03-03' }, expected: 'Skien, 3. mars 2025' },
  { fields: ['sted', 'dato'], values: { dato: '2025-03-03' }, expected: '3. mars 2025' },
  { fields: ['sted', 'dato'], values: { sted: '  ' }, expected: '' },
  { fields: ['navn'], values: { navn: 'Kari Nordmann' }, expected: 'Kari Nordmann' },
] as const)('a signature line of $fields prints "$expected"', ({ fields, values, expected }) => {
  expect(lineText(fields, values)).toBe(expected);
});

test('recorded signatures are listed oldest first and say which version they signed', () => {
  const records = signedRecords(
    [
      { municipality: 'Skien kommune', version: '1', date: '2025-03-10' },
      { municipality: 'Bamble kommune', version: '0.9', date: '2024-11-01' },
    ],
    '1',
  );
  expect(
    records.map((record) => `${record.municipality} ${record.version} ${record.dateText} ${record.thisVersion}`),
  ).toEqual(['Bamble kommune 0.9 1. november 2024 false', 'Skien kommune 1 10. mars 2025 true']);
});

describe('the signatures field of the front matter', () => {
  const valid = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8');
  const parse = (signatures: string) =>
    parseGuideline(valid.replace('\n---\n', `\n${signatures}\n---\n`), {
      file: 'input.md',
      schema: guidelineSchema,
      topics: topicIds(),
    });

  test('is empty when left out', () => {
    expect(
      parseGuideline(valid, { file: 'input.md', schema: guidelineSchema, topics: topicIds() }).meta.signatures,
    ).toEqual([]);
  });

  test('records which municipality signed which version when', () => {
    expect(
      parse('signatures:\n  - { municipality: Skien kommune, version: "1", date: 2025-03-10 }').meta.signatures,
    ).toEqual([{ municipality: 'Skien kommune', version: '1', date: '2025-03-10' }]);
  });

  test.each([
    {
      problem: 'a date that is not one',
      yaml: 'signatures:\n  - { municipality: Skien kommune, version: "1", date: 2025-02-30 }',
      message: /^input\.md:24: `signatures\.0\.date`: not a real date/,
    },
    {
      problem: 'a missing version',
      yaml: 'signatures:\n  - { municipality: Skien kommune, date: 2025-03-10 }',
      message: /^input\.md:24: `signatures\.0\.version` is missing/,
    },
    {
      problem: 'the same signature twice',
      yaml: 'signatures:\n  - { municipality: Skien kommune, version: "1", date: 2025-03-10 }\n  - { municipality: Skien kommune, version: "1", date: 2025-03-11 }',
      message: /^input\.md:25: `signatures\.1`: Skien kommune is already recorded as signing version 1 \(item 1\)/,
    },
    {
      problem: 'an unknown key',
      yaml: 'signatures:\n  - { municipality: Skien kommune, version: "1", date: 2025-03-10, by: ordfører }',
      message: /^input\.md:24: `signatures\.0`: .*by/,
    },
  ])('rejects $problem at its line', ({ yaml, message }) => {
    expect(() => parse(yaml)).toThrow(message);
  });

  test('none of the five sources records a signature', () => {
    expect(site.flatMap((guideline) => guideline.meta.signatures)).toEqual([]);
  });
});

describe('typedValue', () => {
  test.each([
    { typed: '  Malvik ', expected: 'Malvik' },
    { typed: 'Malvik\u202e', expected: 'Malvik' },
    { typed: '\u202dMal\u2067vik\u2069\u200f', expected: 'Malvik' },
    { typed: 'Porsanger – Porsáŋgu – Porsanki', expected: 'Porsanger – Porsáŋgu – Porsanki' },
  ])('takes $typed as $expected', ({ typed, expected }) => {
    expect(typedValue(typed)).toBe(expected);
  });
});
