import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { exportGuideline } from '../../../src/lib/publish/export.ts';
import { highlightUrl, matchedWords, wordRanges } from '../../../src/lib/search/highlight.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { searchRecords, searchText, type SearchRecord } from '../../../src/lib/publish/search-records.ts';
import { unmarkParts } from '../../../src/lib/search/compounds.ts';
import { readSearchState, searchParams } from '../../../src/lib/search/state.ts';
import { unmatchedTerms } from '../../../src/lib/search/query.ts';
import { fixtures, loadSite, topicIds } from '../helpers/index.ts';

const exportSource = (source: string) =>
  exportGuideline(parseGuideline(source, { file: 'input.md', schema: guidelineSchema, topics: topicIds() }));

/** A record as one readable line: url | title | filters. */
const line = ({ url, meta, filters }: SearchRecord) =>
  `${url} | ${meta.title} | ${Object.entries(filters)
    .map(([key, values]) => `${key}=${values.join(',')}`)
    .join(' ')}`;

describe('searchRecords', () => {
  // The numbered-clauses fixture, with a party on 2.2 and an unnumbered clause (itself with an untagged child) under 2.
  const source = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8')
    .replace('### 2.2 Video', '### 2.2 Video {part=kommune}')
    .concat(
      '\n### Felles ansvar {part=felles tema=testing}\n\nPartene tester sammen.[^1]\n\n#### Oppfølging\n\nAvvik følges opp.\n\n[^1]: Se sjekklisten.\n',
    );

  test('gives one record per clause, named and filtered as the search page shows it', () => {
    expect(searchRecords([exportSource(source)]).map(line)).toEqual([
      '/retningslinjer/input/#punkt-1 | Prøve 1 Formål | retningslinje=input tema=formal part= plikt= status=gjeldende',
      '/retningslinjer/input/#punkt-2 | Prøve 2 Ansvar | retningslinje=input tema= part= plikt= status=gjeldende',
      '/retningslinjer/input/#punkt-2-1 | Prøve 2.1 Meldingsutveksling | retningslinje=input tema= part= plikt=felles status=gjeldende',
      // "Partene kan …" names both parties: the obligation binds them both, whatever the heading says.
      '/retningslinjer/input/#punkt-2-2 | Prøve 2.2 Video | retningslinje=input tema= part=kommune plikt=felles status=gjeldende',
      // A clause under one that names a party binds that party too.
      '/retningslinjer/input/#punkt-2-2-1 | Prøve 2.2.1 Rom | retningslinje=input tema= part=kommune plikt= status=gjeldende',
      // An unnumbered clause is named with the clause it stands under.
      // "Partene tester sammen." (present tense, the parties as subject) and "Avvik følges opp." (a passive in a clause that binds both) are duties.
      '/retningslinjer/input/#punkt-2-felles-ansvar | Prøve 2 Ansvar – Felles ansvar | retningslinje=input tema=testing part=felles plikt=felles status=gjeldende',
      '/retningslinjer/input/#punkt-2-felles-ansvar-oppfolging | Prøve 2 Ansvar – Felles ansvar – Oppfølging | retningslinje=input tema= part=felles plikt=felles status=gjeldende',
    ]);
  });

  test('indexes the heading, the body and the footnotes of a clause, and nothing of the page around it', () => {
    const record = searchRecords([exportSource(source)]).find((r) => r.url.endsWith('#punkt-2-felles-ansvar'))!;
    expect(record.content).toBe('Felles ansvar\n\nPartene tester sammen.\n\nSe sjekklisten.');
    expect(record.meta).toMatchObject({
      clause: '2 Ansvar – Felles ansvar',
      slug: 'input',
      guideline: 'Prøve',
      order: '5',
      language: 'nb',
    });
  });

  test('an introduction is named "Innledning" and a Nynorsk guideline keeps its language', () => {
    const nynorsk = source
      .replace('language: nb', 'language: nn')
      .replace('## 1 Formål', 'Innleiande tekst.\n\n## 1 Formål');
    const [intro] = searchRecords([exportSource(nynorsk)]);
    expect(intro).toMatchObject({
      url: '/retningslinjer/input/#innledning',
      content: 'Innleiande tekst.',
      language: 'nn',
      meta: { clause: 'Innledning', language: 'nn' },
    });
  });

  test('covers every clause of the five guidelines once, with the address of /data/<slug>.json', () => {
    const guidelines = loadSite().map(exportGuideline);
    const records = searchRecords(guidelines);
    const clauses = guidelines.flatMap((guideline) => guideline.clauses);
    expect(records.map((record) => record.url)).toEqual(clauses.map((clause) => clause.url));
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length);
    for (const [i, record] of records.entries()) {
      expect(unmarkParts(record.content)).toContain(searchText(clauses[i]!.text).split('\n')[0]!.slice(0, 40));
      // Words of the site's own interface never reach the index.
      expect(record.content).not.toMatch(
        /Kopier (lenke|henvisning)|Hopp til hovedinnholdet|Redaksjonell merknad|kommunens navn/,
      );
    }
  });
});

describe('search state in the address', () => {
  test.each([
    { query: 'q=nedetid', q: 'nedetid', filters: {} },
    {
      query: 'q=+video+konsultasjon+&retningslinje=telemark&retningslinje=unn',
      q: 'video konsultasjon',
      filters: { retningslinje: ['telemark', 'unn'] },
    },
    {
      query: 'part=kommune&status=utkast&tema=avvik&tema=avvik',
      q: '',
      filters: { part: ['kommune'], status: ['utkast'], tema: ['avvik'] },
    },
    { query: 'q=x&side=2&retningslinje=', q: 'x', filters: {} },
  ])('reads ?$query', ({ query, q, filters }) => {
    const state = readSearchState(new URLSearchParams(query));
    expect(state).toEqual({ q, filters: { retningslinje: [], tema: [], part: [], plikt: [], status: [], ...filters } });
  });

  test('writes what it reads, q first and filters in the order of the form', () => {
    const params = 'q=meldingsansvarlig&retningslinje=innlandet&tema=kontaktpunkt&part=felles&status=gjeldende';
    expect(
      searchParams(
        readSearchState(
          new URLSearchParams(
            `status=gjeldende&part=felles&tema=kontaktpunkt&retningslinje=innlandet&q=meldingsansvarlig`,
          ),
        ),
      ).toString(),
    ).toBe(params);
    expect(searchParams(readSearchState(new URLSearchParams('q=på møte'))).toString()).toBe('q=p%C3%A5+m%C3%B8te');
  });
});

describe('matchedWords', () => {
  test.each([
    {
      content: 'Meldingene sendes. Kommunane sender meldingar.',
      locations: [0, 4],
      expected: ['Meldingene', 'meldingar'],
    },
    { content: 'Nedetid, (nedetid) og NEDETID varsles.', locations: [3, 0, 1], expected: ['Nedetid'] },
    { content: 'Bruk av IKT-løsninger', locations: [2, 9], expected: ['IKT-løsninger'] },
    { content: 'Overskrift\n\nTekst  med\tmellomrom', locations: [3], expected: ['mellomrom'] },
  ])('finds $expected at $locations', ({ content, locations, expected }) => {
    expect(matchedWords(content, locations)).toEqual(expected);
  });
});

describe('wordRanges', () => {
  const mark = (text: string, words: string[]) => {
    let out = '';
    let at = 0;
    for (const [start, end] of wordRanges(text, words)) {
      out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
      at = end;
    }
    return out + text.slice(at);
  };

  test.each([
    {
      words: ['melding'],
      text: 'En melding, to meldinger og Melding.',
      expected: 'En [melding], to meldinger og [Melding].',
    },
    { words: ['IKT', 'IKT-løsninger'], text: 'IKT-løsninger og IKT', expected: '[IKT-løsninger] og [IKT]' },
    { words: ['på'], text: 'på pa påske', expected: '[på] pa påske' },
    { words: ['a.b'], text: 'a.b axb', expected: '[a.b] axb' },
    { words: [], text: 'ingenting', expected: 'ingenting' },
  ])('marks $words in "$text"', ({ words, text, expected }) => {
    expect(mark(text, words)).toBe(expected);
  });
});

describe('highlightUrl', () => {
  test.each([
    {
      url: '/retningslinjer/unn/#punkt-4-1',
      words: ['nedetid'],
      expected: '/retningslinjer/unn/?markert=nedetid#punkt-4-1',
    },
    {
      url: '/retningslinjer/more-og-romsdal/#punkt-3',
      words: ['kommunane', 'Møre'],
      expected: '/retningslinjer/more-og-romsdal/?markert=kommunane&markert=M%C3%B8re#punkt-3',
    },
    { url: '/retningslinjer/unn/?markert=gammelt#punkt-1', words: [], expected: '/retningslinjer/unn/#punkt-1' },
    { url: '/retningslinjer/unn/', words: ['a'], expected: '/retningslinjer/unn/?markert=a' },
  ])('$url with $words', ({ url, words, expected }) => {
    expect(highlightUrl(url, words)).toBe(expected);
  });

  test('carries at most twelve words', () => {
    const words = Array.from({ length: 20 }, (_, i) => `ord${i}`);
    expect(new URL(highlightUrl('/x/#y', words), 'http://h').searchParams.getAll('markert')).toEqual(
      words.slice(0, 12),
    );
  });
});

describe('unmatchedTerms', () => {
  test.each([
    { query: 'applikasjonskvittering', matched: ['applikasjonskvittering'], expected: [] },
    { query: 'meldingene', matched: ['melding', 'meldingar.'], expected: [] },
    { query: 'kommunane', matched: ['kommunen'], expected: [] },
    // Short Norwegian stems are real matches: "saker" → "sak".
    { query: 'saker', matched: ['sak'], expected: [] },
    // A compound that is not in the text finds its first part, which is kept.
    { query: 'meldingsansvarligadresser', matched: ['meldingsansvarlig'], expected: [] },
    // A word that is not in the texts falls back to a short word it begins with: not a match.
    { query: 'xylofonkonsert', matched: ['x'], expected: ['xylofonkonsert'] },
    { query: 'internett', matched: ['i', 'i'], expected: ['internett'] },
    { query: 'nedetid xylofon', matched: ['nedetid', 'x'], expected: ['xylofon'] },
    // å is folded as the index folds it; a hyphenated word stands for its parts and for the whole.
    { query: 'oppgaver', matched: ['oppgåver'], expected: [] },
    { query: 'løsninger', matched: ['IKT-løsninger'], expected: [] },
    { query: 'e-helse', matched: ['e-helseløsninger'], expected: [] },
    { query: '«Nedetid»!', matched: ['nedetid,'], expected: [] },
    { query: 'nedetid', matched: [], expected: ['nedetid'] },
  ])('$query matched by $matched leaves $expected', ({ query, matched, expected }) => {
    expect(unmatchedTerms(query, matched)).toEqual(expected);
  });
});
