import { describe, expect, test } from 'vitest';
import { deadlineIn, tableDeadline } from '../../../src/lib/obligations/deadlines.ts';
import { namedParties, partyPatterns } from '../../../src/lib/obligations/parties.ts';
import { readSentence, type Reading } from '../../../src/lib/obligations/reading.ts';
import { sentences } from '../../../src/lib/obligations/sentences.ts';

// Sentences written for this test, in the way the agreements write (Bokmål and Nynorsk), not taken
// from the five texts: who a sentence obliges (party, actor) and how (modality), through each of the
// three readings (modal, present tense with a party as subject, present passive), and its deadline.
const patterns = partyPatterns('Sykehuset Vestfold HF (SiV)');
const read = (sentence: string, { bound = false, before = null as Reading | null } = {}) =>
  readSentence(sentence, { patterns, bound, before });

describe('a modal expression', () => {
  test.each([
    {
      sentence: 'Kommunen skal melde fra om nedetid til legekontoret.',
      party: 'kommune',
      actor: 'Kommunen',
      modality: 'plikt',
    },
    { sentence: 'Partene må avtale faste kontaktpunkter.', party: 'felles', actor: 'Partene', modality: 'plikt' },
    {
      sentence: 'Sykehuset Vestfold HF forplikter seg til å varsle om endringer.',
      party: 'helseforetak',
      actor: 'Sykehuset Vestfold HF',
      modality: 'plikt',
    },
    {
      sentence: 'Kommunane bør bruke same meldingsstandard.',
      party: 'kommune',
      actor: 'Kommunane',
      modality: 'anbefaling',
    },
    { sentence: 'Foretaket kan be om et ekstra møte.', party: 'helseforetak', actor: 'Foretaket', modality: 'adgang' },
    {
      sentence: 'Det påligger kommunen å holde adresseregisteret oppdatert.',
      party: 'kommune',
      actor: 'kommunen',
      modality: 'plikt',
    },
    {
      sentence: 'Dersom meldingen ikke kommer fram, skal kommunen ringe foretaket.',
      party: 'kommune',
      actor: 'kommunen',
      modality: 'plikt',
    },
  ])('«$sentence» → $party $modality «$actor»', ({ sentence, party, actor, modality }) => {
    expect(read(sentence)).toEqual({ party, actor, modality });
  });
});

describe('the present tense with a party as subject', () => {
  test.each([
    { sentence: 'Kommunen varsler helseforetaket ved planlagt nedetid.', party: 'kommune', actor: 'Kommunen' },
    { sentence: 'Ved feil i en melding kontakter partene hverandre.', party: 'felles', actor: 'partene' },
    { sentence: 'SiV dekker kostnadene til eget utstyr.', party: 'helseforetak', actor: 'SiV' },
  ])('«$sentence» → $party «$actor»', ({ sentence, party, actor }) => {
    expect(read(sentence)).toMatchObject({ party, actor, modality: 'plikt' });
  });

  test.each([
    'Kommunen er vertskap for møtet i år.',
    'Partene har møte to ganger i året.',
    'Helseforetaket mottar mange meldinger hver dag.',
  ])('«%s» describes, it obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test('a pronoun takes the actor of the sentence before', () => {
    const before = read('Kommunene utpeker en kontaktperson.');
    expect(before).toMatchObject({ party: 'kommune' });
    expect(read('De gir beskjed når kontaktpersonen byttes.', { before })).toMatchObject({ party: 'kommune' });
  });
});

describe('a present passive', () => {
  test.each([
    { sentence: 'Avvik registreres i eget system.', bound: true, expected: { party: null, modality: 'plikt' } },
    { sentence: 'Opplæring vert gitt til nye tilsette.', bound: true, expected: { party: null, modality: 'plikt' } },
    { sentence: 'Rutinen godkjennes av begge parter.', bound: false, expected: { party: 'felles', modality: 'plikt' } },
  ])('«$sentence» (clause binds a party: $bound)', ({ sentence, bound, expected }) => {
    expect(read(sentence, { bound })).toMatchObject(expected);
  });

  test('outside a clause that binds a party, a passive without an agent obliges no one', () => {
    expect(read('Avvik registreres i eget system.')).toBeNull();
  });
});

describe('sentences that oblige no one', () => {
  test.each([
    'Skal kommunen varsle om dette?',
    'Denne retningslinjen skal bidra til trygg meldingsutveksling.',
    'Meldingsutvekslingen foregår kryptert.',
  ])('«%s»', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('deadlines', () => {
  test.each([
    { text: 'Kommunen skal svare innen tre virkedager etter mottak.', deadline: 'innen tre virkedager etter mottak' },
    { text: 'Endringer varsles minst to uker før de tas i bruk.', deadline: 'minst to uker før de tas i bruk' },
    { text: 'Feilen skal meldast så snart han er oppdaga.', deadline: 'så snart han er oppdaga' },
    { text: 'Løsningen tas i bruk høsten 2027.', deadline: 'høsten 2027' },
    { text: 'Ordningen evalueres tidligst i 2028.', deadline: null },
    { text: 'Partene skal møtes jevnlig.', deadline: null },
  ])('«$text» → $deadline', ({ text, deadline }) => {
    expect(deadlineIn(text)).toBe(deadline);
  });

  test.each([
    { words: 'Innen 1. mars', deadline: 'Innen 1. mars' },
    { words: 'etter at piloten er ferdig', deadline: null },
    { words: '', deadline: null },
  ])('a deadline column reading «$words» → $deadline', ({ words, deadline }) => {
    expect(tableDeadline(words)).toBe(deadline);
  });
});

describe('parties and sentences', () => {
  test.each([
    { text: 'Kommunen og SiV deler kostnadene.', parties: ['kommune', 'helseforetak'] },
    { text: 'Sykehuset Vestfold og partene møtes.', parties: ['helseforetak', 'felles'] },
  ])('«$text» names $parties', ({ text, parties }) => {
    expect([...namedParties(text, patterns)!.parties].sort()).toEqual([...parties].sort());
  });

  test('a text that names no party has none', () => {
    expect(namedParties('Ingen nevnes her.', patterns)).toBeNull();
  });

  test.each([
    { text: 'Kommunen skal varsle. Partene møtes.', count: 2 },
    { text: 'Se pkt. 4 og kap. 2 i avtalen. Deretter gjelder ny rutine.', count: 2 },
  ])('«$text» has $count sentences', ({ text, count }) => {
    expect(sentences(text)).toHaveLength(count);
  });
});

// Two readings these sentences found wrong, written down and left as they are: changing them changes
// the register of the five texts, which is another piece of work. `test.fails` turns red once fixed.
describe('known limits', () => {
  test.fails('the hospital trust named without «HF» is the whole actor («Sykehuset Vestfold skal …»)', () => {
    expect(read('Sykehuset Vestfold skal varsle om endringer.')).toMatchObject({ actor: 'Sykehuset Vestfold' });
  });

  test.fails('after an opening condition, a subject that is no party is found behind the modal', () => {
    expect(read('Om meldinga ikkje kjem fram, må avsendar ringje.')).toMatchObject({ actor: 'avsendar' });
  });
});
