import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { GuidelineError } from '../../../src/lib/model/errors.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { decodeUtf8 } from '../../../src/lib/parse/safety.ts';
import { fixtures, summarise, topicIds } from '../helpers/index.ts';

// One folder per case, tests/fixtures/<group>/<case>/ (parse/, safety/, obligations/): input.md, and
// either expected.json (the clauses) or expected.txt (the error). input.md is read as bytes and
// decoded as the build decodes it, so an encoding error is a case too. (Folders without input.md,
// like import/ (input.txt), versions/ and sites/, are the cases of other tests.)
const cases = readdirSync(fixtures)
  .flatMap((group) => readdirSync(`${fixtures}/${group}`).map((name) => `${group}/${name}`))
  .sort()
  .filter((name) => existsSync(`${fixtures}/${name}/input.md`))
  .map((name) => {
    const dir = `${fixtures}/${name}`;
    const errorFile = `${dir}/expected.txt`;
    return {
      name,
      bytes: readFileSync(`${dir}/input.md`),
      error: existsSync(errorFile) ? readFileSync(errorFile, 'utf8').trim() : null,
      clauses: existsSync(`${dir}/expected.json`) ? JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) : null,
    };
  });

const topics = topicIds();
const parse = (source: string) => parseGuideline(source, { file: 'input.md', schema: guidelineSchema, topics });
const parseFile = (bytes: Uint8Array) => parse(decodeUtf8(bytes, 'input.md'));

describe('valid fixtures', () => {
  test.each(cases.filter((c) => c.clauses))('parses $name into its expected clauses', ({ bytes, clauses }) => {
    expect(parseFile(bytes).clauses.map(summarise)).toEqual(clauses);
  });
});

describe('invalid fixtures', () => {
  test.each(cases.filter((c) => c.error))('rejects $name with "$error"', ({ bytes, error }) => {
    let thrown: unknown;
    try {
      parseFile(bytes);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(GuidelineError);
    expect((thrown as Error).message).toBe(error);
    expect((thrown as Error).message).toMatch(/^input\.md:\d+(?::\d+)?: /);
  });
});

test('every fixture folder has an expected result', () => {
  expect(cases.filter((c) => !c.error && !c.clauses).map((c) => c.name)).toEqual([]);
});

describe('headings', () => {
  const frontMatter = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8').split('\n## ')[0];
  test.each([
    { markdown: '## 1', number: '1', heading: null },
    { markdown: '## 1.', number: '1', heading: null },
    { markdown: '## 1 Formål', number: '1', heading: 'Formål' },
    { markdown: '## 1. Formål', number: '1', heading: 'Formål' },
    { markdown: '## 1 PARTENE,\tFORMÅL', number: '1', heading: 'PARTENE, FORMÅL' },
    { markdown: '## 1 A\n\n### 1.1. Parter', number: '1.1', heading: 'Parter' },
    { markdown: '## 1 A\n\n### 1.1 B\n\n#### 1.1.1 Mandat', number: '1.1.1', heading: 'Mandat' },
    { markdown: '## Felles ansvar', number: null, heading: 'Felles ansvar' },
    { markdown: '## 2018-2020 plan', number: null, heading: '2018-2020 plan' },
    { markdown: '## 1 *Formål* :merknad[utgår?] {part=felles}', number: '1', heading: 'Formål' },
    // Issue 28: the words agreements write before a clause number; the number is the clause number.
    { markdown: '## Punkt 1 Formål', number: '1', heading: 'Formål', label: 'Punkt' },
    { markdown: '## PUNKT 1. FORMÅL', number: '1', heading: 'FORMÅL', label: 'PUNKT' },
    { markdown: '## Pkt. 1 Formål', number: '1', heading: 'Formål', label: 'Pkt.' },
    { markdown: '## § 1 Formål', number: '1', heading: 'Formål', label: '§' },
    { markdown: '## §1 Formål', number: '1', heading: 'Formål', label: '§' },
    { markdown: '## Artikkel 1 Formål', number: '1', heading: 'Formål', label: 'Artikkel' },
    { markdown: '## Art. 1 Formål', number: '1', heading: 'Formål', label: 'Art.' },
    { markdown: '## Kapittel 1 Formål', number: '1', heading: 'Formål', label: 'Kapittel' },
    { markdown: '## Punkt 1', number: '1', heading: null, label: 'Punkt' },
    { markdown: '## Punkt 1 A\n\n### Punkt 1.1 Parter', number: '1.1', heading: 'Parter', label: 'Punkt' },
    // Not labels: a part of an agreement and an attachment are numbered apart from its clauses.
    { markdown: '## Del 1 Formål', number: null, heading: 'Del 1 Formål' },
    { markdown: '## Vedlegg 1 Sjekkliste', number: null, heading: 'Vedlegg 1 Sjekkliste' },
    { markdown: '## Punktene Formål', number: null, heading: 'Punktene Formål' },
    { markdown: '## § Formål', number: null, heading: '§ Formål' },
    // A year is words.
    { markdown: '## 2024 Revisjon', number: null, heading: '2024 Revisjon' },
    { markdown: '## 12.03.2024 Revisjon', number: null, heading: '12.03.2024 Revisjon' },
  ])('reads "$markdown" as number $number, heading $heading', ({ markdown, number, heading, label = null }) => {
    const clause = parse(`${frontMatter}\n${markdown}\n`).clauses.at(-1)!;
    expect({ number: clause.number, heading: clause.heading, label: clause.numberLabel }).toEqual({
      number,
      heading,
      label,
    });
  });

  // Issue 33: `## 100 …` became an unnumbered heading in silence (a 5,000-clause text kept 495 numbers).
  test.each([
    { count: 120, at: 1, last: '120' },
    { count: 150, at: 2, last: '1.150' },
    { count: 105, at: 5, last: '1.1.1.1.105' },
  ])('$count clauses at level $at keep their numbers, up to $last', ({ count, at, last }) => {
    const parents = Array.from({ length: at - 1 }, (_, i) => `${'#'.repeat(i + 2)} ${'1.'.repeat(i)}1 Del`);
    const children = Array.from(
      { length: count },
      (_, i) => `${'#'.repeat(at + 1)} ${'1.'.repeat(at - 1)}${i + 1} Punkt nummer ${i + 1}\n\nTekst.`,
    );
    const { clauses } = parse(`${frontMatter}\n${[...parents, ...children].join('\n\n')}\n`);
    expect(clauses.filter((clause) => clause.number === null)).toEqual([]);
    expect(clauses.at(-1)!).toMatchObject({ number: last, id: `punkt-${last.replaceAll('.', '-')}`, level: at });
  });

  test('clause 1000 after 999 stops the build; a year after clause 3 is words', () => {
    const headings = (count: number) =>
      Array.from({ length: count }, (_, i) => `## ${i + 1} Punkt nummer ${i + 1}\n\nTekst.`).join('\n\n');
    expect(() => parse(`${frontMatter}\n${headings(999)}\n\n## 1000 Det tusende\n`)).toThrow(
      /^input\.md:\d+: clause number 1000 follows clause 999, and a clause number has at most three digits a part: /,
    );
    expect(parse(`${frontMatter}\n${headings(3)}\n\n## 2024 Revisjon\n`).clauses.at(-1)).toMatchObject({
      number: null,
      heading: '2024 Revisjon',
    });
  });

  test('a heading attribute sets the party and leaves the heading text alone', () => {
    const clause = parse(`${frontMatter}\n## 1 A\n\n### Kommunen sitt ansvar {part=kommune}\n`).clauses.at(-1)!;
    expect(clause).toMatchObject({
      id: 'punkt-1-kommunen-sitt-ansvar',
      heading: 'Kommunen sitt ansvar',
      party: 'kommune',
      headingHtml: 'Kommunen sitt ansvar',
    });
  });
});
