import { describe, expect, test } from 'vitest';
import { readDuties } from '../../../src/lib/obligations/conjuncts.ts';
import { partyPatterns } from '../../../src/lib/obligations/parties.ts';

// Sentences written for this test (Bokmål and Nynorsk): one sentence, two main clauses. Where each
// clause names a party of its own as subject, each is a duty of its party; otherwise the sentence is
// read whole, as one duty.
const patterns = partyPatterns('Sykehuset Nordvik HF (SNH)');
const duties = (sentence: string) =>
  readDuties(sentence, { patterns, bound: false, before: null }).map(
    (r) => `${r.party ?? '—'} ${r.modality} «${r.actor ?? '—'}»`,
  );

describe('two main clauses, two parties: a duty each', () => {
  test.each([
    {
      sentence: 'Sykehuset Nordvik stiller med lokaler, og kommunene dekker egne reisekostnader.',
      expected: ['helseforetak plikt «Sykehuset Nordvik»', 'kommune plikt «kommunene»'],
    },
    {
      sentence: 'Kommunen skal sende pleierapporten, og sykehuset skal svare innen en dag.',
      expected: ['kommune plikt «Kommunen»', 'helseforetak plikt «sykehuset»'],
    },
    {
      sentence: 'Sjukehuset kallar inn til møta; kommunane kan melde inn saker.',
      expected: ['helseforetak plikt «Sjukehuset»', 'kommune adgang «kommunane»'],
    },
    {
      sentence: 'Partane stiller med ein representant kvar, men SNH leier arbeidet.',
      expected: ['felles plikt «Partane»', 'helseforetak plikt «SNH»'],
    },
    // «mens»/«medan» sets one party's part against the other's.
    {
      sentence: 'SNH drifter kjernesystemet, mens kommunene betaler for egne lisenser.',
      expected: ['helseforetak plikt «SNH»', 'kommune plikt «kommunene»'],
    },
    {
      sentence: 'Sjukehuset held kurs for superbrukarane, medan kommunane sender dei tilsette på kurs.',
      expected: ['helseforetak plikt «Sjukehuset»', 'kommune plikt «kommunane»'],
    },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(duties(sentence)).toEqual(expected);
  });
});

describe('read whole', () => {
  test.each([
    // One subject for both clauses.
    {
      sentence: 'Partene skal bruke standardene, og de skal teste nye versjoner.',
      expected: ['felles plikt «Partene»'],
    },
    { sentence: 'Kommunen skal melde avvik, og skal gjere det skriftleg.', expected: ['kommune plikt «Kommunen»'] },
    // The same party twice.
    {
      sentence: 'Kommunen og sykehuset skal ha kontaktpunkt, og partene skal møtes årlig.',
      expected: ['felles plikt «Kommunen og sykehuset»'],
    },
    // The second clause's party is not its subject.
    {
      sentence: 'Kommunen skal sende meldingen, og svaret fra sykehuset kommer innen en dag.',
      expected: ['kommune plikt «Kommunen»'],
    },
    // A list, not two clauses.
    { sentence: 'Partene skal bruke e-meldinger, telefon, og brev.', expected: ['felles plikt «Partene»'] },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(duties(sentence)).toEqual(expected);
  });

  test('a clause that describes puts no duty on anyone; the other clause is the duty', () => {
    expect(duties('Helseforetaket eier løsningen, og kommunene betaler lisensene.')).toEqual([
      'kommune plikt «kommunene»',
    ]);
    expect(duties('Helseforetaket eier løsningen, og kommunene har ulike fagsystemer.')).toEqual([]);
  });
});

// A share given to a second party with the verb left out: a duty of each. Only a share: a second party
// after «og» that is told or served is the object.
describe('a share of a cost or a task for a second party, the verb left out: a duty each', () => {
  test.each([
    {
      sentence: 'Når partane byter meldingstenar, dekkjer sjukehuset to tredjedelar av utgiftene og kommunane resten.',
      expected: ['helseforetak plikt «sjukehuset»', 'kommune plikt «kommunane»'],
    },
    {
      sentence: 'Ved felles innkjøp betaler kommunene 40 prosent og SNH resten av prisen.',
      expected: ['kommune plikt «kommunene»', 'helseforetak plikt «SNH»'],
    },
    {
      sentence: 'Sykehuset Nordvik dekker halvparten av reisene og kommunene den andre halvparten.',
      expected: ['helseforetak plikt «Sykehuset Nordvik»', 'kommune plikt «kommunene»'],
    },
    // Not a share: whom the party tells, or a party that is served.
    {
      sentence: 'Ved feil varslar sjukehuset fastlegane og kommunane om kor lenge feilen varer.',
      expected: ['helseforetak plikt «sjukehuset»'],
    },
    {
      sentence: 'Når testen er ferdig, sender SNH rapporten til fagrådet og kommunene innen en uke.',
      expected: ['helseforetak plikt «SNH»'],
    },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(duties(sentence)).toEqual(expected);
  });
});
