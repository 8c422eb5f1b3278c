import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { exportGuideline } from '../../../src/lib/publish/export.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { clauseText, searchRecords, searchText } from '../../../src/lib/publish/search-records.ts';
import { norwegianDictionary } from '../../../src/integrations/pagefind.ts';
import {
  compoundSplitter,
  isSplitForm,
  markedParts,
  markParts,
  MAX_SPLIT_LENGTH,
  splitCompound,
  unmarkParts,
  type CompoundDictionary,
} from '../../../src/lib/search/compounds.ts';
import { formMatches, markedForm, wordRanges } from '../../../src/lib/search/highlight.ts';
import { stems } from '../../../src/lib/text/stems.ts';
import { fixtures, topicIds } from '../helpers/index.ts';

const stem = (word: string) => stems(word)[0] ?? null;

describe('splitCompound, with a dictionary of parts only', () => {
  // A made-up dictionary: which words may begin, continue or end a compound.
  const entries = new Set(['hund+', '+vaske', 'vaske+', '+hall', 'sam+']);
  const isPart = (part: string, position: 'first' | 'middle' | 'last') =>
    entries.has(position === 'first' ? `${part}+` : position === 'last' ? `+${part}` : `+${part}+`) ||
    (position === 'middle' && entries.has(`${part}+`) && entries.has(`+${part}`));
  test.each([
    // Linking -s- and -e- stay with the first part.
    { word: 'hundvaske', parts: ['hund', 'vaske'] },
    { word: 'hundsvaske', parts: ['hunds', 'vaske'] },
    { word: 'hundevaske', parts: ['hunde', 'vaske'] },
    // Three parts, the middle one long enough to stand there.
    { word: 'hundvaskehall', parts: ['hund', 'vaske', 'hall'] },
    // Not words, or too short to be parts: no split.
    { word: 'hundxvaske', parts: ['hundxvaske'] },
    { word: 'vaskehund', parts: ['vaskehund'] },
    { word: 'samvaske', parts: ['samvaske'] },
    { word: 'hundvask', parts: ['hundvask'] },
  ])('$word → $parts', ({ word, parts }) => {
    expect(splitCompound(word, isPart)).toEqual(parts);
  });
});

// Issue 33: a word of 5,000 letters hung the build; the dictionary's lookup of one long string takes
// up to a tenth of a second, and a word asks for its substrings at every cut.
describe('splitCompound does bounded work', () => {
  test('a word longer than MAX_SPLIT_LENGTH is left whole, and nothing of it is looked up', () => {
    const asked: string[] = [];
    const word = 'hund'.repeat(1250);
    expect(splitCompound(word, (part) => (asked.push(part), true))).toEqual([word]);
    expect(asked).toEqual([]);
  });

  test.each([20, 30, MAX_SPLIT_LENGTH])(
    'a word of %i letters asks about each substring at most once per place',
    (n) => {
      // Every string is a part except at the end, so every cut is tried and none finishes.
      const asked: string[] = [];
      const word = 'abcdefghij'.repeat(5).slice(0, n);
      splitCompound(word, (part, position) => (asked.push(`${position} ${part}`), position !== 'last'));
      expect(new Set(asked).size).toBe(asked.length);
      expect(asked.length).toBeLessThanOrEqual((3 * n * (n + 1)) / 2);
    },
  );
});

describe('compoundSplitter on the Norwegian dictionary and a corpus', () => {
  let dictionary: CompoundDictionary;
  beforeAll(async () => {
    dictionary = await norwegianDictionary();
  }, 30_000);

  test.each([
    { word: 'applikasjonskvittering', parts: ['applikasjons', 'kvittering'] },
    { word: 'meldingsutveksling', parts: ['meldings', 'utveksling'] },
    { word: 'informasjonssikkerhet', parts: ['informasjons', 'sikkerhet'] },
    { word: 'meldingsflyt', parts: ['meldings', 'flyt'] },
    { word: 'helsetjenester', parts: ['helse', 'tjenester'] },
    { word: 'kommunehelsetjenesten', parts: ['kommune', 'helse', 'tjenesten'] },
    { word: 'skolehelsetjeneste', parts: ['skole', 'helse', 'tjeneste'] },
    // Decided: «fastlege» splits. A fastlege is a lege, and the dictionary marks both «fast+» and
    // «+lege» as parts; a search for «fast» finds it too, ranked below the word «fast» itself.
    { word: 'fastlege', parts: ['fast', 'lege'] },
    // Words that are no compounds, though they begin with a word: the dictionary does not let
    // «tjen» begin a compound nor «ester» end one, and «sam», «opp» are too short to be parts.
    { word: 'tjenester', parts: ['tjenester'] },
    { word: 'beredskap', parts: ['beredskap'] },
    { word: 'samarbeid', parts: ['samarbeid'] },
    { word: 'samhandling', parts: ['samhandling'] },
    { word: 'oppgave', parts: ['oppgave'] },
    { word: 'kommunene', parts: ['kommunene'] },
    { word: 'sikkerhet', parts: ['sikkerhet'] },
  ])('$word → $parts', ({ word, parts }) => {
    expect(compoundSplitter([], stem, dictionary)(word)).toEqual(parts);
  });

  test('a Nynorsk word the dictionary does not let end a compound splits once the corpus has it on its own', () => {
    expect(compoundSplitter([], stem, dictionary)('informasjonstryggleik')).toEqual(['informasjonstryggleik']);
    const split = compoundSplitter(['Avtalen gir tryggleik.'], stem, dictionary);
    expect(split('informasjonstryggleik')).toEqual(['informasjons', 'tryggleik']);
    // Any inflected form of the corpus word counts.
    expect(split('informasjonstryggleiken')).toEqual(['informasjons', 'tryggleiken']);
  });

  test('a guideline none of the five is splits its own compounds, and its text keeps every letter', () => {
    const source = readFileSync(`${fixtures}/search/compounds/guideline.md`, 'utf8');
    const guideline = exportGuideline(
      parseGuideline(source, { file: 'input.md', schema: guidelineSchema, topics: topicIds() }),
    );
    const split = compoundSplitter(guideline.clauses.map(clauseText), stem, dictionary);
    const records = searchRecords([guideline], { split });
    const content = records.map((record) => record.content).join('\n');
    for (const marked of ['^informasjons^tryggleiken', '^vakt^plan', '^ambulanse^beredskap', '^Legevakt^legen'])
      expect(content).toContain(marked);
    expect(records.map((record) => unmarkParts(record.content))).toEqual(
      guideline.clauses.map((clause) => searchText(clauseText(clause))),
    );
  });
});

describe('marking the parts in the indexed text', () => {
  const split = (word: string) => (word === 'meldingsutveksling' ? ['meldings', 'utveksling'] : [word]);
  const parts = (forms: string) => `___PAGEFIND_WEIGHT___0.05 ${forms} ___END_PAGEFIND_WEIGHT___`;
  test.each([
    {
      text: 'Meldingsutveksling og (meldingsutveksling).',
      marked: `Meldingsutveksling ${parts('^Meldings^utveksling')} og (meldingsutveksling). ${parts('^meldings^utveksling')}`,
    },
    // A mark the source has already is doubled, and comes back as it was.
    { text: 'x^2 ^ meldingsutveksling', marked: `x^^2 ^^ meldingsutveksling ${parts('^meldings^utveksling')}` },
    { text: 'Ingen sammensatte ord.\nNy linje', marked: 'Ingen sammensatte ord.\nNy linje' },
  ])('$text', ({ text, marked }) => {
    expect(markParts(text, split)).toBe(marked);
    expect(unmarkParts(marked)).toBe(text);
  });

  test('markedParts reads the parts of one split form', () => {
    expect(markedParts('^applikasjons^kvittering')).toEqual(['applikasjons', 'kvittering']);
    expect(markedParts('applikasjons^kvittering')).toEqual(['applikasjons', 'kvittering']);
    expect(markedParts('a^^b')).toEqual(['a^b']);
    expect(isSplitForm('^a^b')).toBe(true);
    expect(isSplitForm('^^2')).toBe(false);
  });
});

describe('searchText', () => {
  test.each([
    { text: 'Fagråd M&R | 2018', expected: 'Fagråd M&R · 2018' },
    { text: ' | Tiltak |  | 2026', expected: 'Tiltak · 2026' },
    {
      text: 'Partene skal:\n- være tilkoblet\n  - følge Normen',
      expected: 'Partene skal:\nvære tilkoblet\n  følge Normen',
    },
    { text: '1. første\n2. andre', expected: '1. første\n2. andre' },
    { text: 'Et tankestrek - midt i', expected: 'Et tankestrek - midt i' },
  ])('$text', ({ text, expected }) => {
    expect(searchText(text)).toBe(expected);
  });
});

describe('what a match marks', () => {
  test.each([
    { word: 'meldingar', term: 'melding', matches: true },
    { word: 'melding', term: 'meldingene', matches: true },
    { word: 'sak', term: 'saker', matches: true },
    { word: 'oppgåver', term: 'oppgaver', matches: true },
    { word: 'meldingsflyt', term: 'melding', matches: true },
    // A shorter word that merely begins the search word is not what it matched.
    { word: 'fast', term: 'fastlege', matches: false },
    { word: 'Intern', term: 'internett', matches: false },
    { word: 'kvittering', term: 'melding', matches: false },
  ])('$word for «$term»: $matches', ({ word, term, matches }) => {
    expect(formMatches(word, term)).toBe(matches);
  });

  test.each([
    { word: '^applikasjons^kvittering', terms: ['kvittering'], form: 'applikasjons[kvittering]' },
    { word: 'applikasjons^kvittering', terms: ['applikasjonskvittering'], form: 'applikasjonskvittering' },
    { word: 'Meldings^utveksling', terms: ['melding'], form: '[Meldings]utveksling' },
    { word: 'IKT-løsninger', terms: ['iktløsninger'], form: 'IKT-løsninger' },
    { word: 'meldinger/informasjon', terms: ['meldingene'], form: '[meldinger]/informasjon' },
    { word: 'x^^2', terms: ['x'], form: 'x^2' },
    { word: 'informasjons^sikkerhet', terms: ['sikkerhet'], form: 'informasjons[sikkerhet]' },
    { word: 'meldingene', terms: ['melding'], form: 'meldingene' },
    { word: 'fast', terms: ['fastlege'], form: null },
    { word: 'intern^opplæring', terms: ['internett'], form: null },
  ])('$word for $terms: $form', ({ word, terms, form }) => {
    expect(markedForm(word, terms)).toBe(form);
  });

  test('the reading page marks the part of a compound, and a word matched whole elsewhere whole', () => {
    const text = 'Applikasjonskvittering og kvittering.';
    const marked = (words: string[]) => wordRanges(text, words).map(([start, end]) => text.slice(start, end));
    expect(marked(['applikasjons[kvittering]', 'kvittering'])).toEqual(['kvittering', 'kvittering']);
    expect(wordRanges(text, ['applikasjons[kvittering]'])).toEqual([[12, 22]]);
    expect(marked(['applikasjons[kvittering]', 'applikasjonskvittering'])).toEqual(['Applikasjonskvittering']);
  });
});
