import { describe, expect, test } from 'vitest';
import { alignGuidelines } from '../../../src/lib/compare/align.ts';
import { dutiesNamed, partyPart } from '../../../src/lib/compare/party-duties.ts';
import { similarityModel, type Comparable } from '../../../src/lib/compare/similarity.ts';
import type { Clause, Party } from '../../../src/lib/model/types.ts';
import { testClause } from '../helpers/index.ts';

// Headings and clauses written for this test, none taken from a guideline or a fixture.
const clause = (
  id: string,
  heading: string | null,
  text: string,
  {
    parent = null,
    party = null,
    topics = [],
  }: { parent?: string | null; party?: Party | null; topics?: string[] } = {},
): Clause => testClause(id, text, { heading, level: parent === null ? 1 : 2, parent, party, topics });

describe('a heading that names one party’s duties and nothing else', () => {
  test.each([
    { heading: 'Kommunens plikter', party: 'kommune' },
    { heading: 'Kommunane sine oppgåver', party: 'kommune' },
    { heading: 'Oppgaver for kommunen', party: 'kommune' },
    { heading: 'Helseforetakets ansvar', party: 'helseforetak' },
    { heading: 'Sjukehuset sine plikter', party: 'helseforetak' },
    // A name that holds a party word is the party's name: its other words are no subject.
    { heading: 'Helse Nordvik HF sitt ansvar', party: 'helseforetak' },
    { heading: 'Sykehuset Østmark sine forpliktelser', party: 'helseforetak' },
    { heading: 'Felles plikter', party: 'felles' },
    { heading: 'Partanes ansvar', party: 'felles' },
    { heading: 'Kommunens rolle', party: 'kommune' },
    { heading: 'Helseføretaket si rolle og sine oppgåver', party: 'helseforetak' },
    // A subject besides the party's duties, or no party, or no duty: none.
    { heading: 'Kommunens ansvar for opplæring', party: null },
    { heading: 'Ansvar og kostnader', party: null },
    { heading: 'Ansvarsdeling', party: null },
    { heading: 'Kommunen', party: null },
    { heading: 'Sykehusets meldinger', party: null },
  ])('«$heading» → $party', ({ heading, party }) => {
    expect(dutiesNamed(heading)).toBe(party);
  });

  test.each([
    { what: 'at the top', section: undefined, own: clause('k', 'Kommunens plikter', 'x'), party: 'kommune' },
    {
      what: 'in a section of duties',
      section: clause('s', 'Ansvar og oppgåver', ''),
      own: clause('k', 'Kommunen', 'x', { parent: 's', party: 'kommune' }),
      party: 'kommune',
    },
    // Roles are duties: a section «Roller og ansvar» names no subject.
    {
      what: 'in a section of roles and duties',
      section: clause('s', 'Rollar og ansvar', 'Kvar part ber sine eigne kostnader.'),
      own: clause('k', 'Helseføretaket sine oppgåver', 'x', { parent: 's' }),
      party: 'helseforetak',
    },
    {
      what: 'in a section on how duties are shared out',
      section: clause('s', 'Ansvarsfordeling', ''),
      own: clause('k', 'Kommunens oppgaver', 'x', { parent: 's' }),
      party: 'kommune',
    },
    {
      what: 'in a section of a subject of its own',
      section: clause('s', 'Testing av nye versjoner', ''),
      own: clause('k', 'Kommunens ansvar', 'x', { parent: 's', party: 'kommune' }),
      party: null,
    },
    // A section that names the parties' duties and nothing else names no subject either.
    {
      what: 'in a section of the parties’ duties',
      section: clause('s', 'Partanes plikter', 'Kvar part ber sine eigne kostnader.'),
      own: clause('k', 'Sjukehuset sitt ansvar', 'x', { parent: 's' }),
      party: 'helseforetak',
    },
    {
      what: 'a party given by an editor, in a section of the parties’ duties',
      section: clause('s', 'Partenes forpliktelser', ''),
      own: clause('k', 'Vestmo kommune', 'x', { parent: 's', party: 'kommune' }),
      party: 'kommune',
    },
    {
      what: 'a party given by an editor to a clause at the top whose heading names more',
      section: undefined,
      own: clause('k', 'Kommunen og meldingene', 'x', { party: 'kommune' }),
      party: null,
    },
  ])('a party’s part $what: $party', ({ section, own, party }) => {
    expect(partyPart(own, section)).toBe(party);
  });
});

describe('a party’s part pairs with the other text’s part for the same party', () => {
  const a: Comparable = {
    slug: 'a',
    clauses: [
      clause(
        'k',
        'Kommunens plikter',
        'Kommunen melder fra om innlagte pasienter og holder adressene sine oppdatert i registeret.',
      ),
      clause('h', 'Helseforetakets plikter', 'Helseforetaket sender epikrisen til fastlegen innen to døgn.'),
      clause('t', 'Testing', 'Før en ny versjon tas i bruk, tester partene den sammen.'),
      clause('t-k', 'Kommunens ansvar', 'Det stilles en testperson til rådighet.', { parent: 't', party: 'kommune' }),
    ],
  };
  const b: Comparable = {
    slug: 'b',
    clauses: [
      clause('s', 'Oppgaver og ansvar', ''),
      clause('s-h', 'Nordvik sykehus', 'Sykehuset skal kunne sende laboratoriesvar og røntgensvar elektronisk.', {
        parent: 's',
        party: 'helseforetak',
      }),
      clause('s-k', 'Kommunen', 'Kommunen skal kunne ta imot pleie- og omsorgsmeldinger i fagsystemet sitt.', {
        parent: 's',
        party: 'kommune',
      }),
    ],
  };

  test('each with the same party’s part, and a part within a subject of its own with none', () => {
    const alignment = alignGuidelines(a, b, similarityModel([a, b]));
    expect(alignment.pairs.map((pair) => `${pair.a} ${pair.b}`)).toEqual(['k s-k', 'h s-h']);
  });
});

// Written for this rule, in this test's own words: within a topic both carry, one party's part and
// another party's part are no pair (a party's part is named by an editor's `part=` or by a heading that
// names its duties and nothing else); a part and a clause of no party's are.
describe('one party’s part and another party’s part are no pair', () => {
  const text = 'Det blir sendt pleie- og omsorgsmeldingar og epikrisar elektronisk mellom partane.';
  test.each([
    { a: ['Kommunens oppgaver', null], b: ['Sykehusets oppgaver', null], paired: false },
    { a: ['Kommunen', 'kommune'], b: ['Helse Nordvik HF', 'helseforetak'], paired: false },
    { a: ['Felles plikter', null], b: ['Kommunane sine plikter', null], paired: false },
    { a: ['Kommunens oppgaver', null], b: ['Kommunen sine plikter', null], paired: true },
    { a: ['Felles ansvar', 'felles'], b: ['Felles plikter', null], paired: true },
    { a: ['Kommunens oppgaver', null], b: ['Meldinger', null], paired: true },
    // A heading that names a subject besides the party is no party's part.
    { a: ['Kommunens ansvar for opplæring', null], b: ['Sykehusets oppgaver', null], paired: true },
  ] as Array<{ a: [string, Party | null]; b: [string, Party | null]; paired: boolean }>)(
    '«$a.0» and «$b.0»: paired $paired',
    ({ a, b, paired }) => {
      // Each under a section of a subject of its own, so that only the topic pairs them.
      const side = (slug: string, [heading, party]: [string, Party | null]): Comparable => ({
        slug,
        clauses: [
          clause('s', 'Meldingsutveksling', ''),
          clause('x', heading, text, { parent: 's', party, topics: ['meldingsutveksling'] }),
        ],
      });
      const [one, two] = [side('a', a), side('b', b)];
      expect(alignGuidelines(one, two, similarityModel([one, two])).pairs.length).toBe(paired ? 1 : 0);
    },
  );
});
