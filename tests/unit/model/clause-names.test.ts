import { describe, expect, it } from 'vitest';
import {
  citeClause,
  clauseHeading,
  clauseLabel,
  clauseList,
  clauseName,
  clauseNumber,
  clauseReference,
  type NamedClause,
  writtenNumber,
} from '../../../src/lib/model/clause-names.ts';

// A guideline's outline: the introduction, a numbered section with an unnumbered part under it, an
// unnumbered part under that, and an unnumbered appendix at the top level.
const clause = (id: string, number: string | null, heading: string | null, parent: string | null = null) => ({
  id,
  number,
  heading,
  parent,
});
const clauses: NamedClause[] = [
  clause('innledning', null, null),
  clause('punkt-3', '3', 'Ansvar'),
  clause('punkt-3-1', '3.1', 'Feilsendte meldinger', 'punkt-3'),
  clause('punkt-3-1-felles-ansvar', null, 'Felles ansvar', 'punkt-3-1'),
  clause('punkt-3-1-felles-ansvar-varsling', null, 'Varsling', 'punkt-3-1-felles-ansvar'),
  clause('vedlegg-sjekkliste', null, 'Vedlegg: Sjekkliste'),
];
type Six = [NamedClause, NamedClause, NamedClause, NamedClause, NamedClause, NamedClause];
const [intro, section, numbered, unnumbered, nested, appendix] = clauses as Six;

describe('clause names', () => {
  it('give the heading, or Innledning for the introduction', () => {
    expect([intro, numbered, unnumbered].map(clauseHeading)).toEqual([
      'Innledning',
      'Feilsendte meldinger',
      'Felles ansvar',
    ]);
  });

  it('list clauses short, by the number they stand under or else their heading', () => {
    expect(clauseList(['punkt-3', 'punkt-3-1-felles-ansvar', 'vedlegg-sjekkliste', 'innledning'], clauses)).toBe(
      '3, 3.1, Vedlegg: Sjekkliste, Innledning',
    );
  });

  it('find the number an unnumbered clause stands under, however deep', () => {
    expect(clauseNumber(nested, clauses)).toBe('3.1');
    expect(clauseNumber(section, clauses)).toBe('3');
    expect(clauseNumber(appendix, clauses)).toBeNull();
    expect(clauseNumber(intro, clauses)).toBeNull();
  });

  it('label a clause on its own with the clauses it stands under', () => {
    expect(clauses.map((c) => clauseLabel(c, clauses))).toEqual([
      'Innledning',
      '3 Ansvar',
      '3.1 Feilsendte meldinger',
      '3.1 Feilsendte meldinger – Felles ansvar',
      '3.1 Feilsendte meldinger – Felles ansvar – Varsling',
      'Vedlegg: Sjekkliste',
    ]);
  });

  it('refer to a clause inside a sentence on its own page', () => {
    expect([intro, numbered, unnumbered].map(clauseReference)).toEqual(['innledningen', 'punkt 3.1', 'Felles ansvar']);
  });

  it('name a clause in a sentence, an unnumbered one after its section when the clauses are given', () => {
    expect(clauses.map((c) => clauseName(c, clauses))).toEqual([
      'innledningen',
      'punkt 3',
      'punkt 3.1',
      'punkt 3.1 («Felles ansvar»)',
      'punkt 3.1 («Varsling»)',
      '«Vedlegg: Sjekkliste»',
    ]);
    expect(clauseName(unnumbered)).toBe('«Felles ansvar»');
  });

  it('cite a clause after the guideline, an unnumbered one after its parent', () => {
    const cite = (c: NamedClause) => citeClause('Retningslinje 7 Telemark', c, clauses);
    expect(clauses.map(cite)).toEqual([
      'Retningslinje 7 Telemark, innledningen',
      'Retningslinje 7 Telemark, punkt 3',
      'Retningslinje 7 Telemark, punkt 3.1',
      'Retningslinje 7 Telemark, punkt 3.1, «Felles ansvar»',
      'Retningslinje 7 Telemark, punkt 3.1, «Felles ansvar», «Varsling»',
      'Retningslinje 7 Telemark, «Vedlegg: Sjekkliste»',
    ]);
  });
});

// Issue 28: a labelled number («Punkt 2», «§ 3») is shown as the heading writes it, and named in a
// sentence by its label.
describe('clause names of labelled numbers', () => {
  const labelled: NamedClause[] = [
    { id: 'punkt-2', number: '2', numberLabel: 'Punkt', heading: 'Grunnlag', parent: null },
    { id: 'punkt-2-1', number: '2.1', numberLabel: null, heading: 'Lover', parent: 'punkt-2' },
    { id: 'punkt-3', number: '3', numberLabel: '§', heading: 'Ansvar', parent: null },
    { id: 'punkt-3-felles', number: null, numberLabel: null, heading: 'Felles', parent: 'punkt-3' },
    { id: 'punkt-4', number: '4', numberLabel: 'Artikkel', heading: 'Varighet', parent: null },
  ];
  it.each([
    { id: 'punkt-2', number: 'Punkt 2', label: 'Punkt 2 Grunnlag', name: 'punkt 2' },
    { id: 'punkt-2-1', number: '2.1', label: '2.1 Lover', name: 'punkt 2.1' },
    { id: 'punkt-3', number: '§ 3', label: '§ 3 Ansvar', name: '§ 3' },
    { id: 'punkt-3-felles', number: null, label: '§ 3 Ansvar – Felles', name: '§ 3 («Felles»)' },
    { id: 'punkt-4', number: 'Artikkel 4', label: 'Artikkel 4 Varighet', name: 'artikkel 4' },
  ])('$id: $label, named «$name»', ({ id, number, label, name }) => {
    const clause = labelled.find((candidate) => candidate.id === id)!;
    expect({
      number: writtenNumber(clause),
      label: clauseLabel(clause, labelled),
      name: clauseName(clause, labelled),
    }).toEqual({ number, label, name });
    expect(clauseNumber(clause, labelled)).toBe(number ?? '§ 3');
  });
});
