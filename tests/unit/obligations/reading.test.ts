import { describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { deadlineIn, tableDeadline } from '../../../src/lib/obligations/deadlines.ts';
import { namedParties, partyPatterns } from '../../../src/lib/obligations/parties.ts';
import { readSentence, type Reading } from '../../../src/lib/obligations/reading.ts';
import { sentences } from '../../../src/lib/obligations/sentences.ts';
import { topicIds } from '../helpers/index.ts';

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
      sentence: 'Kommunen tar på seg å drifte det felles adresseregisteret.',
      party: 'kommune',
      actor: 'Kommunen',
      modality: 'plikt',
    },
    {
      sentence: 'Sjukehuset tek på seg å kalle inn til det første møtet.',
      party: 'helseforetak',
      actor: 'Sjukehuset',
      modality: 'plikt',
    },
    {
      sentence: 'Partene er bundet av de nasjonale kravene til informasjonssikkerhet.',
      party: 'felles',
      actor: 'Partene',
      modality: 'plikt',
    },
    { sentence: 'Kommunen er bunden av avgjerda i fagrådet.', party: 'kommune', actor: 'Kommunen', modality: 'plikt' },
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
    // Once a known limit: the hospital trust's own name is tried before the generic «Sykehuset».
    {
      sentence: 'Sykehuset Vestfold skal varsle om endringer.',
      party: 'helseforetak',
      actor: 'Sykehuset Vestfold',
      modality: 'plikt',
    },
    // Once a known limit: after an opening condition the subject follows the modal; a person, no party
    // (the clause's party decides).
    { sentence: 'Om meldinga ikkje kjem fram, må avsendar ringje.', party: null, actor: 'avsendar', modality: 'plikt' },
    {
      sentence: 'Ved feil i kvitteringa bør mottakar gje beskjed.',
      party: null,
      actor: 'mottakar',
      modality: 'anbefaling',
    },
  ])('«$sentence» → $party $modality «$actor»', ({ sentence, party, actor, modality }) => {
    expect(read(sentence)).toEqual({ party, actor, modality });
  });
});

describe('more modal expressions: shared responsibility, a recommendation, a right', () => {
  test.each([
    {
      sentence: 'Kommunen og SiV har et gjensidig ansvar for å holde hverandre orientert.',
      party: 'felles',
      actor: 'Kommunen og SiV',
      modality: 'plikt',
    },
    {
      sentence: 'Hver kommune er selv ansvarlig for egne avtaler med leverandører.',
      party: 'kommune',
      actor: 'kommune',
      modality: 'plikt',
    },
    {
      sentence: 'Partene oppfordres til å delta i nasjonale piloter.',
      party: 'felles',
      actor: 'Partene',
      modality: 'anbefaling',
    },
    {
      sentence: 'Det tilrådast at kommunane nyttar same mal.',
      party: 'kommune',
      actor: 'kommunane',
      modality: 'anbefaling',
    },
    {
      sentence: 'Kommunen har mulighet til å be om hospitering.',
      party: 'kommune',
      actor: 'Kommunen',
      modality: 'adgang',
    },
    {
      sentence: 'Kvar part står fritt til å inngå andre avtalar.',
      party: 'felles',
      actor: 'Kvar part',
      modality: 'adgang',
    },
  ])('«$sentence» → $party $modality «$actor»', ({ sentence, party, actor, modality }) => {
    expect(read(sentence)).toEqual({ party, actor, modality });
  });
});

describe('whose responsibility it is («Det er … sitt ansvar å …»)', () => {
  test.each([
    {
      sentence: 'Det er sjukehuset sitt ansvar å varsle kommunane om endringar.',
      party: 'helseforetak',
      actor: 'sjukehuset',
    },
    { sentence: 'Det er kommunens ansvar å holde adresseregisteret oppdatert.', party: 'kommune', actor: 'kommunens' },
    {
      sentence: 'Ved planlagd nedetid er det partane sitt felles ansvar å informere brukarane.',
      party: 'felles',
      actor: 'partane',
    },
    { sentence: 'Det er SiV sitt ansvar at sertifikatet er gyldig.', party: 'helseforetak', actor: 'SiV' },
  ])('«$sentence» → $party «$actor»', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });

  // The duty first, then whose it is: only where a party is named.
  test.each([
    { sentence: 'Opplæring av eigne tilsette er kvar part sitt ansvar.', party: 'felles', actor: 'kvar part' },
    { sentence: 'Drift av meldingstjeneren er sykehusets ansvar.', party: 'helseforetak', actor: 'sykehusets' },
    { sentence: 'Ansvaret for adresseregisteret ligg hjå kommunane.', party: 'kommune', actor: 'kommunane' },
    { sentence: 'Driftsansvar ligger hos kommunen.', party: 'kommune', actor: 'kommunen' },
    { sentence: 'Partane er ansvarlege for eigne fagsystem.', party: 'felles', actor: 'Partane' },
    { sentence: 'Fagrådet har som oppgåve å følgje opp avtalen.', party: 'felles', actor: 'Fagrådet' },
    { sentence: 'Kommunen ser til at meldingane blir lesne.', party: 'kommune', actor: 'Kommunen' },
  ])('«$sentence» → $party «$actor»', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });

  test.each(['Dette er ikkje nokon sitt ansvar.', 'Ansvaret ligger hos leverandøren.'])(
    '«%s» names no party: no duty',
    (sentence) => {
      expect(read(sentence)).toBeNull();
    },
  );

  test('a responsibility of no party and no person is still a duty (the clause decides whose)', () => {
    expect(read('Det er eit felles ansvar å halde rutinane oppdaterte.')).toEqual({
      party: null,
      actor: null,
      modality: 'plikt',
    });
    expect(read('Det er leiarens ansvar å følgje opp avvik.')).toEqual({
      party: null,
      actor: 'leiarens',
      modality: 'plikt',
    });
  });
});

describe('a role as subject: whichever party it is, so both', () => {
  test.each([
    {
      sentence: 'Den som sender ei melding, skal følgje med på at kvitteringa kjem.',
      actor: 'Den som sender ei melding',
      modality: 'plikt',
    },
    {
      sentence: 'Den som oppdager feilen må varsle den andre parten.',
      actor: 'Den som oppdager feilen',
      modality: 'plikt',
    },
    {
      sentence: 'Dei som tek imot meldingar, bør sjekke dei dagleg.',
      actor: 'Dei som tek imot meldingar',
      modality: 'anbefaling',
    },
  ])('«$sentence» → felles «$actor»', ({ sentence, actor, modality }) => {
    expect(read(sentence)).toEqual({ party: 'felles', actor, modality });
  });
});

describe('the present tense with a party as subject', () => {
  test.each([
    { sentence: 'Kommunen varsler helseforetaket ved planlagt nedetid.', party: 'kommune', actor: 'Kommunen' },
    { sentence: 'Ved feil i en melding kontakter partene hverandre.', party: 'felles', actor: 'partene' },
    { sentence: 'SiV dekker kostnadene til eget utstyr.', party: 'helseforetak', actor: 'SiV' },
    // Inverted after an opening phrase, the verb first: with a clause of its own in the phrase too.
    {
      sentence: 'Ved uventa driftsstans varslar parten som har feilen dei andre partane straks.',
      party: 'felles',
      actor: 'parten',
    },
    {
      sentence: 'Ved driftsstans som varer over ein time, varslar sjukehuset kommunane på telefon.',
      party: 'helseforetak',
      actor: 'sjukehuset',
    },
    {
      sentence: 'Ved nedetid i journalsystemet sender kommunen meldingane på nytt.',
      party: 'kommune',
      actor: 'kommunen',
    },
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

// «har» with a noun describes («Partene har møte …»), except where the noun is an arrangement a party
// keeps for the other: that says what the party provides, as «skal ha» would.
describe('«har» with an arrangement a party keeps', () => {
  test.each([
    { sentence: 'Hver kommune har en kontaktperson for meldingsløftet.', party: 'kommune', actor: 'Hver kommune' },
    { sentence: 'SiV har ein vakttelefon som er open heile døgnet.', party: 'helseforetak', actor: 'SiV' },
    { sentence: 'Partane har faste rutinar for retur av feilsende meldingar.', party: 'felles', actor: 'Partane' },
    // Its only modal stands in the relative clause: the sentence is read by its own verb.
    {
      sentence: 'Kommunen har en beredskapsplan som kan tas i bruk ved lengre nedetid.',
      party: 'kommune',
      actor: 'Kommunen',
    },
  ])('«$sentence» → $party «$actor»', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });

  test.each([
    'Partene har ulike rutiner for arkivering.',
    'Kommunane har ingen vaktordning i helgane.',
    'Sykehuset har lang erfaring med videokonsultasjon.',
    'Fagrådet har møte fire gonger i året.',
  ])('«%s» describes', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('a duty stated as a shared or main responsibility', () => {
  test.each([
    { sentence: 'Partene har et felles ansvar for at adresseregisteret er riktig.', party: 'felles', actor: 'Partene' },
    { sentence: 'Kommunane har hovudansvaret for opplæringa.', party: 'kommune', actor: 'Kommunane' },
  ])('«$sentence» → $party «$actor»', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });
});

describe('a role no party name says, with a verb in the present tense: the clause decides', () => {
  test.each([
    { sentence: 'Avsendaren ringjer mottakaren når meldinga hastar.', actor: 'Avsendaren' },
    { sentence: 'Kontaktpersonen videresender varselet til fagsystemansvarlig.', actor: 'Kontaktpersonen' },
  ])('«$sentence» → «$actor»', ({ sentence, actor }) => {
    expect(read(sentence)).toEqual({ party: null, actor, modality: 'plikt' });
  });

  test.each(['Prosjektet varer i to år.', 'Nettverket dekker hele regionen.', 'Mottakaren er ofte fastlegen.'])(
    '«%s» describes (a thing, a body, or a verb that says what is)',
    (sentence) => {
      expect(read(sentence)).toBeNull();
    },
  );
});

describe('a role with a verb in the present tense: both parties', () => {
  test.each([
    {
      sentence: 'Den som oppdager en feil i adresseringen, retter den straks.',
      actor: 'Den som oppdager en feil i adresseringen',
    },
    { sentence: 'Dei som tek imot ei avvisning, kontaktar avsendaren.', actor: 'Dei som tek imot ei avvisning' },
  ])('«$sentence» → felles «$actor»', ({ sentence, actor }) => {
    expect(read(sentence)).toEqual({ party: 'felles', actor, modality: 'plikt' });
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

  // After an opening phrase of time or circumstance a passive sets a procedure, even where the clause
  // binds no party: the clause's party, or both.
  test.each([
    'Under nedetida blir prøvesvar sende på papir.',
    'Mens feilen rettes, føres journalen på papir.',
    'Når pasienten skrives ut, sendes epikrisen samme dag.',
    'Etter at stansen er over, blir ventande meldingar sende på nytt.',
    'I julehelgen gjennomføres ingen endringer i meldingstjeneren.',
    'I sommarferien vert det ikkje gjort endringar i fagsystema.',
  ])('«%s» is a duty (unbound clause)', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });

  // Between the parties, or a dispute resolved by a rule: a procedure wherever the sentence starts.
  test.each([
    'Endringsvarsel blir alltid sendt til den andre parten skriftleg.',
    'Testresultatene utveksles med motparten.',
    'Tvister om avtalen løses etter samarbeidsavtalens punkt 12.',
    'Usemje om kostnadsdelinga vert avgjord i samhandlingsutvalet.',
  ])('«%s» is a duty (unbound clause)', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });

  test.each([
    // Not a stretch of time, a place, the text itself, a system on its own, the past.
    'I dag sendes de fleste meldinger elektronisk.',
    'Ved UNN brukes et annet journalsystem.',
    'Under punkt 4 beskrives rutinene for nedetid.',
    'Dersom meldingen avvises, sendes en feilmelding automatisk til avsenderen.',
    'Før avtalen ble inngått, ble det gjort en kartlegging.',
    'Opplysningane blir ikkje lagra i kjernejournalen.',
    'Det vises til den andre partens rutiner.',
  ])('«%s» obliges no one (unbound clause)', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

// A procedure the agreement lays down, in the present or the passive, with no party: a duty of the
// clause's party, or of both, where the sentence says what is done and when, how, by whom or to whom
// (docs/obligations.md, «A procedure without a party»). A fact, a definition, the scope, a plan told
// once, what usually happens, or a thing done «ved behov» is no duty.
describe('a procedure without a party', () => {
  test.each([
    // When: a time, a frequency, a season, a stretch of dates, a month something is not done in.
    'Avviste meldinger følges opp innen neste arbeidsdag.',
    'Adresselista vert kontrollert kvar månad.',
    'Brukartilgangane blir gått gjennom to gonger i året.',
    'Ventende meldinger sendes på nytt straks forbindelsen er oppe.',
    'Store endringer i fagsystemene legges ikke til påskeuken.',
    'Det gjøres ingen versjonsbytter i august.',
    'Frå 20. desember til 3. januar blir det ikkje sett i drift nye versjonar.',
    // How: by a rule the parties keep, by a channel.
    'Lisenskostnadene fordeles etter en fordelingsnøkkel basert på folketall.',
    'Hastesaker meldes over telefon.',
    'Avvik handsamast i samsvar med rutinen for avvikshandtering.',
    // By whom or to whom: a party, a shared body, a role.
    'Kvitteringen returneres til avsenderen.',
    'Kontaktlista blir oppdatert av sekretariatet for samarbeidsutvalet.',
    'Opplysningene journalføres av den som tar imot dem.',
    'Referatet sendes til samarbeidsutvalget.',
    // The subject with a relative clause up to its comma, then the passive.
    'Meldinger som ikke kan leses, returneres til avsenderen samme dag.',
    'Feil som gjeld fleire kommunar, blir melde til fagrådet innan to dagar.',
    // An opening condition with its verb first.
    'Svarer ikke mottakeren, ringes vakttelefonen.',
    'Kjem meldinga i retur, vert ho send på nytt.',
    // Far into the sentence, after a long opening phrase.
    'Fra midten av juni til utgangen av august og i romjulen gjennomføres ingen oppgraderinger.',
    // A time of day or week, a month something is only done in, a stretch named by its months.
    'Oppdateringer av meldingstjeneren legges til natt eller helg.',
    'I vintermånadene blir det berre gjort tryggingsoppdateringar.',
    // A channel; a distribution key; where it is done, at a party; the agreement's own review.
    'Henvisninger sendes elektronisk.',
    'Driftsutgiftene delast etter folketal.',
    'Feilen vert registrert hos begge partar.',
    'Delavtalen gjennomgås hvert tredje år.',
    // Regularly; by a recommendation or a requirement; by the need of the service.
    'Tilgangslistene gjennomgås jevnlig.',
    'Meldingane vert utforma i tråd med rettleiaren frå direktoratet.',
    'Tilgang til journalen gis etter tjenstlig behov.',
    // For how long; who pays; by a distribution.
    'Loggene oppbevares i fem år.',
    'Kursavgifta vert dekt av kvar deltakar.',
    'Lisensutgiftene betales av brukerkommunene.',
    'Driftsutgiftene fordeles etter en fordeling partene blir enige om.',
    // Working hours; together; sent to somewhere; between persons; on an occasion; after an event.
    'Større endringer gjennomføres etter arbeidstid.',
    'Feilretting vert gjort i samråd med leverandøren.',
    'Prøvesvar blir adresserte til den bestillande eininga.',
    'Tid for samtalen blir avtalt mellom legane.',
    'Kontaktlista oppdateres ved endringer i bemanningen.',
    'Etter oppgraderingen testes meldingsflyten på nytt.',
    // A thing that «skjer» with a how; only in a case; a yearly event.
    'Innkalling skjer skriftlig til partene.',
    'Faks brukes bare når helsenettet er nede.',
    'Rapporten legges fram på det årlige dialogmøtet.',
    // The Nynorsk participle in -a, right after «vert».
    'Styringsgruppa vert leia etter tur annakvart år.',
    // A thing done the way a rule says.
    'Opplæringen følger planen som fagrådet har vedtatt.',
    'Varslinga skjer etter rutinen for planlagd nedetid.',
  ])('«%s» is a duty (unbound clause)', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });

  test.each([
    // A fact, a definition, the scope.
    'Meldingene går over Norsk helsenett.',
    'Med avvik menes en hendelse som bryter med en rutine.',
    'Meldingane blir ikkje lagra i pasientens kjernejournal.',
    'Retningslinjen gjelder fra 1. mars til 31. desember.',
    'Ordninga vert finansiert av staten.',
    'Meldingene leses av helsepersonell i hele regionen.',
    'Kjernejournalen oppdateres av Norsk helsenett hver natt.',
    'Systemet oppdateres automatisk hver natt.',
    'Plikten følger av samarbeidsavtalen.',
    'Sjekklisten følger som vedlegg.',
    // «ved behov», «når det er hensiktsmessig»: a possibility.
    'Arbeidsmøter holdes ved behov.',
    'Ved behov kalles det inn til ekstra møte.',
    'Video blir brukt når det er hensiktsmessig.',
    // A plan told once, what usually happens, how much.
    'Utkastet blir sendt på høring i mai.',
    'Det blir sendt om lag 4000 meldingar kvar veke.',
    'Prøvesvar sendes som regel elektronisk samme dag.',
    'Pasienten skrives ut når behandlingen er avsluttet.',
    // As arranged, or on a supplier's plan.
    'Videokonsultasjon brukes etter avtale med pasienten.',
    'Fagsystemene oppgraderes etter leverandørens plan hvert år.',
    // A describing passive: the scope; what is assumed.
    'Fastlegene omfattes av avtalen.',
    'Det antas at flere kommuner vil slutte seg til.',
    // A means is no occasion.
    'Informasjon utveksles ved bruk av flere løsninger.',
    // A system is no role, though its name starts with one.
    'Meldingene blir kvitterte av mottakarsystemet.',
    // «skjer» with no how or when, or with what usually happens; a thing at hand, no party's.
    'Samhandlingen skjer i dag elektronisk.',
    'Meldingsutvekslingen skjer kryptert.',
    'Løsningen er tilgjengelig hele døgnet.',
  ])('«%s» obliges no one (unbound clause)', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  // A document whose writer the health services know: its writer's, where the sentence names no one.
  test.each([
    { sentence: 'Epikrisen sendes til fastlegen samme dag.', party: 'helseforetak' },
    { sentence: 'Ei sjukepleiarepikrise skal følgje pasienten heim.', party: 'helseforetak' },
    { sentence: 'Innleggingsrapporten blir send til sjukehuset.', party: 'kommune' },
  ])('«$sentence» → $party', ({ sentence, party }) => {
    expect(read(sentence)).toEqual({ party, actor: null, modality: 'plikt' });
  });

  // A party's unit at hand at a stated time: that party's.
  test.each([
    { sentence: 'Kommunens legevakt er tilgjengelig hele døgnet.', party: 'kommune' },
    { sentence: 'IKT-vakta til sjukehuset er bemanna alle dagar.', party: 'helseforetak' },
  ])('«$sentence» → $party', ({ sentence, party }) => {
    expect(read(sentence)).toMatchObject({ party, modality: 'plikt' });
  });

  test("a party's unit at hand with no time is no promise", () => {
    expect(read('Sykehusets nettside er tilgjengelig for alle.')).toBeNull();
  });

  test.each([
    { sentence: 'Møtene ledes av en kommunal representant.', party: 'kommune' },
    { sentence: 'Sekretariatsarbeidet ivaretas av SiV.', party: 'helseforetak' },
  ])('«$sentence»: a party as agent, after an article or in a short passive → $party', ({ sentence, party }) => {
    expect(read(sentence)).toEqual({ party, actor: null, modality: 'plikt' });
  });

  test.each([
    // What is written in a document whose writer is known.
    { sentence: 'Hjelpemidlene skal stå i epikrisen.', party: 'helseforetak' },
    // A noun in -ar after the opening is no verb: the verb and its parties come after it.
    { sentence: 'Ved innlegging av pasientar med tryggleiksalarm varslar heimetenesta sjukehuset.', party: 'kommune' },
  ])('«$sentence» → $party', ({ sentence, party }) => {
    expect(read(sentence)).toMatchObject({ party, modality: 'plikt' });
  });

  test('a choice left to a party is a right', () => {
    expect(read('Kommunene vurderer selv om de vil bruke løsningen.')).toEqual({
      party: 'kommune',
      actor: 'Kommunene',
      modality: 'adgang',
    });
  });

  test('a word in the middle of another is no actor: «utstyret» is no board', () => {
    expect(read('Opplysningane om utstyret skal følgje pasienten.')).toMatchObject({ actor: null });
  });

  test('«Det er ønskelig at …» is a recommendation to the one named after it', () => {
    expect(read('Det er ønskelig at kommunene tar i bruk videokonsultasjon.')).toEqual({
      party: 'kommune',
      actor: 'kommunene',
      modality: 'anbefaling',
    });
  });

  test('the Nynorsk participle in -a with a party as agent: a duty of the agent', () => {
    expect(read('Styringsgruppa vert leia av kommunane annakvart år.')).toEqual({
      party: 'kommune',
      actor: null,
      modality: 'plikt',
    });
  });

  test('«ved behov» makes a passive no duty in a clause that binds a party too', () => {
    expect(read('Samarbeidsmøter holdes ved behov.', { bound: true })).toBeNull();
    expect(read('Samarbeidsmøter holdes hvert kvartal.', { bound: true })).toMatchObject({ modality: 'plikt' });
  });
});

describe('the present tense: a party in a relative clause, a complement, a list of tasks', () => {
  test.each([
    {
      sentence: 'Den parten som eier meldingstjeneren, varsler de andre partene ved feil.',
      party: 'felles',
      actor: 'Den parten som eier meldingstjeneren',
    },
    {
      sentence: 'Ein part som byter fagsystem, gir dei andre beskjed i god tid.',
      party: 'felles',
      actor: 'Ein part som byter fagsystem',
    },
    { sentence: 'Fagrådet for velferdsteknologi legger fram en årsrapport.', party: 'felles', actor: 'Fagrådet' },
    {
      sentence: 'Samarbeidsutvalet møtest kvar månad, går gjennom avvika og gir råd til partane.',
      party: 'felles',
      actor: 'Samarbeidsutvalet',
    },
    { sentence: 'Kommunene tar i bruk nye meldingsversjoner innen et år.', party: 'kommune', actor: 'Kommunene' },
    { sentence: 'Partnarskapsmøtet godkjenner handlingsplanen.', party: 'felles', actor: 'Partnarskapsmøtet' },
    // A shared body named again in short, its meetings then a task after «og».
    { sentence: 'Utvalget møtes hver måned og følger opp handlingsplanen.', party: 'felles', actor: 'Utvalget' },
    // «har» with an arrangement whose name has a hyphen.
    { sentence: 'Kommunen har ein eigen IKT-vakt i helgane.', party: 'kommune', actor: 'Kommunen' },
    // The duty of the sentence before, for another party.
    { sentence: 'Sykehuset har samme plikt overfor kommunene.', party: 'helseforetak', actor: 'Sykehuset' },
    // «tek … kontakt» with an inverted subject, after a condition with its verb first.
    {
      sentence: 'Merkar ein part at kvitteringar manglar, tek parten kontakt med mottakaren.',
      party: 'felles',
      actor: 'parten',
    },
    // «Avtalepartane» are the parties, not the agreement.
    { sentence: 'Avtalepartane skal møtast kvart år.', party: 'felles', actor: 'Avtalepartane' },
    // A Nynorsk strong verb in the present, with no -r.
    { sentence: 'Helseføretaket held eit kurs kvar haust.', party: 'helseforetak', actor: 'Helseføretaket' },
  ])('«$sentence» → $party «$actor»', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });

  test('a role with a complement: the clause decides', () => {
    expect(read('Sekretariatet for helsefellesskapet sender ut innkallingen.')).toEqual({
      party: null,
      actor: 'Sekretariatet',
      modality: 'plikt',
    });
  });

  // A condition with its verb first, then the verb and a role: the clause's party, or both.
  test.each([
    { sentence: 'Uteblir svaret, ringer koordinatoren mottakeren.', actor: 'koordinatoren' },
    { sentence: 'Kjem meldinga i retur, sender avsendaren ho på nytt.', actor: 'avsendaren' },
  ])('«$sentence» → «$actor»', ({ sentence, actor }) => {
    expect(read(sentence)).toEqual({ party: null, actor, modality: 'plikt' });
  });

  test('a condition with its verb first, then a party', () => {
    expect(read('Mangler kvitteringen, kontakter sykehuset kommunen.')).toEqual({
      party: 'helseforetak',
      actor: 'sykehuset',
      modality: 'plikt',
    });
  });

  test.each([
    'Samarbeidsutvalget møtes fire ganger i året.',
    // Not a verb first: a list of roles, a party's quantifier.
    'Avsender, mottaker og kontaktperson har ulike roller.',
    'Tjenester som ikke virker, finnes i oversikten.',
    'Fagrådet består av leiarar, rådgjevarar frå kommunane og legar frå sjukehuset.',
    'Kommunene tar imot mange meldinger.',
  ])('«%s» describes', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('a modal in a relative clause, after a negation', () => {
  test("is not the sentence's modal: the main clause's is", () => {
    expect(read('Ei melding som ikkje kan opnast, skal sendast tilbake med feilkode.')).toEqual({
      party: null,
      actor: null,
      modality: 'plikt',
    });
  });
  test('a purpose after «òg» obliges no one', () => {
    expect(read('Ho skal òg gjere det tydeleg kven som svarar for kva.')).toBeNull();
  });
});

// What the parties do to the agreement itself. «kan» is a right, not a duty, and a passive «kan» gives
// that right to no one («Tilbudet kan omfatte …») unless it states how the agreement ends or changes,
// with a notice: then it is the parties' right (adgang), the notice binding whoever uses it.
describe('the agreement as subject', () => {
  test.each([
    { sentence: 'Avtalen skal revideres hvert annet år.', modality: 'plikt' },
    { sentence: 'Delavtala skal evaluerast etter to år.', modality: 'plikt' },
    { sentence: 'Avtalen trer i kraft ved signering, og skal gjennomgås årlig.', modality: 'plikt' },
    { sentence: 'Avtalen kan sies opp med tre måneders skriftlig varsel.', modality: 'adgang' },
    { sentence: 'Den kan seiast opp med eitt års oppseiingstid.', modality: 'adgang' },
    { sentence: 'Retningslinja kan endrast med ein månads varsel.', modality: 'adgang' },
    { sentence: 'Avtalen kan sies opp av hver av partene med seks måneders varsel.', modality: 'adgang' },
    // Without a modal: the agreement's upkeep in the present passive.
    { sentence: 'Avtalen revideres ved behov.', modality: 'plikt' },
    { sentence: 'Retningslinja vert evaluert kvart andre år.', modality: 'plikt' },
  ])('«$sentence» → $modality of the parties', ({ sentence, modality }) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality });
  });

  test.each([
    'Retningslinjen skal bidra til bedre samhandling.',
    'Avtalen skal forstås i lys av samarbeidsavtalen.',
    'Avtalen kan sies opp.',
    'Avtalen gjelder inntil den blir erstattet av en ny.',
    'Avtalen revideres av leverandøren.',
    'Tilbudet kan omfatte videokonsultasjon.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
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
    // A deadline in a passive, in working days or hours (Nynorsk).
    {
      text: 'Feilsende meldingar skal meldast til avsendar seinast tre arbeidsdagar etter at dei er mottekne.',
      deadline: 'seinast tre arbeidsdagar etter at dei er mottekne',
    },
    { text: 'Driftsstans skal varslast innan to timar.', deadline: 'innan to timar' },
    { text: 'Rutinen evalueres i løpet av første halvår 2027.', deadline: 'i løpet av første halvår 2027' },
    { text: 'Planen vert revidert i løpet av 2029.', deadline: 'i løpet av 2029' },
    // The time word in the definite plural.
    { text: 'Opplæringen gis i løpet av de første to ukene.', deadline: 'i løpet av de første to ukene' },
    { text: 'Tilgangen vert oppretta i løpet av dei tre første dagane.', deadline: 'i løpet av dei tre første dagane' },
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

describe("a passive with a deadline binds the clause's party", () => {
  test('«skal meldast … seinast tre arbeidsdagar …» is a duty with its deadline', () => {
    const sentence = 'Feilsende meldingar skal meldast til avsendar seinast tre arbeidsdagar etter mottak.';
    expect(read(sentence, { bound: true })).toEqual({ party: null, actor: null, modality: 'plikt' });
    expect(deadlineIn(sentence)).toBe('seinast tre arbeidsdagar etter mottak');
  });
});

// A responsibility table as Word exports a merged «Ansvarleg» cell: empty on the rows it spans.
describe('an action table row with no one responsible', () => {
  const anyMeta = guidelineSchema.partial();
  const guideline = (table: string) =>
    parseGuideline(`---\nhospital: Sykehuset Vestfold HF (SiV)\n---\n\n## 1 Tiltak\n\n${table}\n`, {
      file: 'tiltak.md',
      schema: anyMeta as never,
      topics: topicIds(),
    }).obligations.map((o) => `${o.party} «${o.actor ?? '—'}» [${o.deadline ?? '—'}] ${o.text}`);

  test('with a deadline of its own, still belongs to the party above', () => {
    expect(
      guideline(
        [
          '| Tiltak | Ansvarleg | Frist |',
          '| --- | --- | --- |',
          '| Oppdatere kontaktlista | Kommunane | 1. mars |',
          '| Teste nye meldingstypar | | 1. juni |',
          '| Kurse nye tilsette | SiV | Hausten 2027 |',
          '| Evaluere kurset | | |',
        ].join('\n'),
      ),
    ).toEqual([
      'kommune «Kommunane» [1. mars] Oppdatere kontaktlista',
      'kommune «Kommunane» [1. juni] Teste nye meldingstypar',
      'helseforetak «SiV» [Hausten 2027] Kurse nye tilsette',
      'helseforetak «SiV» [Hausten 2027] Evaluere kurset',
    ]);
  });
});

// Forms that read a fact as a duty, or a duty as a fact, each beside a sentence of the same shape that
// reads the other way (docs/obligations.md).
describe("«er» as the sentence's own verb: a modal after it, in a clause of what it is, is no duty", () => {
  test.each([
    'Driftsavbrudd er perioden en tjeneste ikke fungerer slik den skal.',
    'Nedetid er den tida ei teneste ikkje verkar som ho skal.',
    'Driftsstans er når eit system ikkje verkar slik det skal.',
  ])('«%s» defines', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    // A second main clause after «og»; «er» in a relative clause of the subject.
    { sentence: 'Kontaktpunktet er bemannet i arbeidstiden og skal svare innen en time.', party: null },
    { sentence: 'Sjukehuset er vertskap for tenesta og skal kalle inn til møta.', party: 'helseforetak' },
    { sentence: 'Kommunen som er vert for møtet, skal sende ut referat.', party: 'kommune' },
    // A party as the subject of the clause of what it is.
    { sentence: 'Ein kritisk feil er ein feil kommunen må rette med ein gong.', party: 'kommune' },
    { sentence: 'Dette er et tiltak partene skal gjennomføre i 2027.', party: 'felles' },
  ])('«$sentence» → $party', ({ sentence, party }) => {
    expect(read(sentence)).toMatchObject({ party, modality: 'plikt' });
  });
});

describe('a party named only in the relative clause of a subject is not its subject', () => {
  test.each([
    'Oversikten over kontaktpunkter som brukes mellom partene, kan ved behov utvides.',
    'Lista over tenester som kommunane tilbyr, kan endrast ved behov.',
  ])('«%s»: a passive «kan» gives a right to no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    {
      sentence: 'Den som sender meldinga til sjukehuset, skal ringje dersom ho ikkje kjem fram.',
      expected: { party: 'felles', actor: 'Den som sender meldinga til sjukehuset', modality: 'plikt' },
    },
    { sentence: 'Partane kan ved behov kalle inn til ekstra møte.', expected: { party: 'felles', modality: 'adgang' } },
    {
      sentence: 'Den parten som eier meldingstjeneren, skal varsle de andre.',
      expected: { party: 'felles', modality: 'plikt' },
    },
    {
      sentence: 'Kommunen som sender meldinga til sjukehuset, skal ringje dersom ho ikkje kjem fram.',
      expected: { party: 'kommune', actor: 'Kommunen', modality: 'plikt' },
    },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(read(sentence)).toMatchObject(expected);
  });
});

describe('what a body consists of describes; what it does is its duty', () => {
  test.each([
    'Samarbeidsutvalget for IKT har seks medlemmer fra kommunene og fire fra sykehuset.',
    'Fagrådet for samhandling har fem medlemer frå kommunane.',
    'Utvalget har møte hver måned.',
  ])('«%s» describes', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    { sentence: 'Fagrådet for samhandling går gjennom avvika kvar månad.', party: 'felles', actor: 'Fagrådet' },
    { sentence: 'Kvar kommune har to superbrukarar for meldingsutveksling.', party: 'kommune', actor: 'Kvar kommune' },
    // Its meetings, then a task: a list of what the body does.
    {
      sentence: 'Driftsforumet har faste møter hver måned og følger opp avvikene.',
      party: 'felles',
      actor: 'Driftsforumet',
    },
    {
      sentence: 'Fagrådet har møte annakvar månad og godkjenner handlingsplanen.',
      party: 'felles',
      actor: 'Fagrådet',
    },
  ])('«$sentence» → $party «$actor»', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });
});

describe("another text's rules, only referred to, bind no one here", () => {
  test.each([
    'Uttreden foregår etter samarbeidsavtalens regler.',
    'Utmelding skjer etter føresegnene i samarbeidsavtala.',
    'Endring av retningslinjen skjer etter bestemmelsene i hovedavtalen.',
  ])('«%s» refers on', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    // A rule the parties keep; a dispute settled by the agreement's rules; the agreement's upkeep.
    'Varslinga skjer etter rutinen for planlagd nedetid.',
    'Tvisteløsning skjer etter reglene i samarbeidsavtalen.',
    'Revisjon av retningslinja skjer etter reglane i samarbeidsavtala.',
  ])('«%s» is a duty', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });
});

describe('a passive procedure: not until a condition is met; in what a party approves', () => {
  test.each([
    'Ingen nye fagsystem blir tekne i bruk før dei er testa mot meldingstenaren.',
    'Ingen endringer settes i produksjon før testene er godkjent.',
    'Nye versjoner tas ikke i bruk før de er testet.',
    'Resultatet av testen blir ført inn i ein rapport som begge partar godkjenner.',
    'Avviket registreres i en mal som fagrådet har vedtatt.',
  ])('«%s» is a duty (unbound clause)', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });

  test.each([
    // «før» with no prohibition: a plan told once; a passive with no when, how or by whom.
    'Endringane blir sette i drift før sommaren.',
    'Resultatet dokumenteres.',
    'Rapporten blir skriven av leverandøren som kommunen har avtalt.',
  ])('«%s» obliges no one (unbound clause)', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('a party told: the duty is the one who tells', () => {
  test.each([
    {
      sentence: 'Dersom sjukehuset endrar kontaktpunkt, skal kommunane få melding om det.',
      party: 'helseforetak',
      actor: 'sjukehuset',
    },
    {
      sentence: 'Kommunen skal få beskjed fra sykehuset når pasienten er utskrivningsklar.',
      party: 'helseforetak',
      actor: 'sykehuset',
    },
    { sentence: 'Sykehuset skal bli varslet før kommunen bytter fagsystem.', party: 'kommune', actor: 'kommunen' },
    // No other party named: the receiver's counterpart.
    { sentence: 'Kommunen skal få svar innen to dager.', party: 'helseforetak', actor: null },
  ])('«$sentence» → $party', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });

  test.each([
    // The party tells, or receives as its own duty, or is told by someone who is no party.
    { sentence: 'Kommunen skal gi beskjed til sykehuset.', party: 'kommune' },
    { sentence: 'Kommunane skal ta imot meldingane elektronisk.', party: 'kommune' },
    { sentence: 'Kommunen skal få tilgang til kurvesystemet.', party: 'kommune' },
    { sentence: 'Kommunen skal få melding fra fastlegen.', party: 'kommune' },
  ])('«$sentence» → $party', ({ sentence, party }) => {
    expect(read(sentence)).toMatchObject({ party, modality: 'plikt' });
  });
});

describe('a document the parties are to make under this one', () => {
  test.each([
    'Databehandleravtalen skal beskrive hvilke opplysninger som behandles.',
    'Tilleggsavtala skal følgje dei nasjonale krava.',
  ])('«%s»: what it must follow or say is a duty', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });

  test.each([
    // This text, or a purpose.
    'Retningslinjen skal beskrive hvordan partene samhandler.',
    'Tilleggsavtalen skal bidra til god informasjonssikkerhet.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('a role or a party up to its comma, then a present verb: a list in the role, a Nynorsk strong present', () => {
  test.each([
    {
      sentence: 'Den som sender ei epikrise, ei tilvising eller ei røntgenmelding, stadfestar at ho er komen fram.',
      actor: 'Den som sender ei epikrise, ei tilvising eller ei røntgenmelding',
      party: 'felles',
    },
    {
      sentence: 'Den som bestiller en test, en oppgradering eller en ny tilkobling, varsler fagrådet.',
      actor: 'Den som bestiller en test, en oppgradering eller en ny tilkobling',
      party: 'felles',
    },
    {
      sentence: 'Parten som byter leverandør, set opp ein plan for overgangen.',
      actor: 'Parten som byter leverandør',
      party: 'felles',
    },
    { sentence: 'Kommunen gjer greie for avvika i eit eige skjema.', actor: 'Kommunen', party: 'kommune' },
    // Inverted after an opening phrase: a party with a clause of its own, a party's unit «i <party>».
    {
      sentence: 'Etter ein feil i meldingsflyten skriv parten som hadde feilen, eit notat til fagrådet.',
      actor: 'parten som hadde feilen',
      party: 'felles',
    },
    {
      sentence: 'Utanfor arbeidstida tek IKT-avdelinga i Sykehuset Vestfold HF imot feilmeldingar.',
      actor: 'IKT-avdelinga i Sykehuset Vestfold HF',
      party: 'helseforetak',
    },
    {
      sentence: 'Utenfor kontortid tar legevakten i kommunen imot meldingene.',
      actor: 'legevakten i kommunen',
      party: 'kommune',
    },
    // A role noun with a complement «i …»: the secretariat of the shared body is both parties'.
    {
      sentence: 'Sekretariatet i samarbeidsutvalet fører lista over superbrukarar.',
      actor: 'Sekretariatet',
      party: null,
    },
  ])('«$sentence» → $party «$actor»', ({ sentence, actor, party }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });

  test.each([
    // What a role is, or where a thing lies: no duty.
    'Den som sender ei epikrise, ei tilvising eller ei melding, er avsendaren.',
    'Parten som eig tenaren, ligg nærast driftssenteret.',
    'Utanfor opningstida ligg tenaren i Sykehuset Vestfold HF nede.',
    // A thing «i <party>», and «tek» without the phrase that makes it an action.
    'Utanfor opningstida tek systemet i Sykehuset Vestfold HF imot meldingane.',
    'Om sommaren tek dei tilsette i kommunen ferie.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('a modal in an indirect question after a verb of its own: what a law or a text says', () => {
  test.each([
    'Pasientjournallova og helseregisterlova set krav til korleis journalopplysningar skal lagrast.',
    'Forskriften stiller krav til hvordan meldingene skal adresseres.',
    'Normen beskriv kva kvar verksemd må gjere ved eit tryggleiksbrot.',
    // Another opener («om») before the question word.
    'Veilederen om e-meldinger beskriver hvilke felt avsenderen må fylle ut.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    // The modal is the sentence's own, or the indirect question follows a party's own modal.
    { sentence: 'Partene skal avtale hvordan meldingene skal adresseres.', party: 'felles', actor: 'Partene' },
    { sentence: 'Kommunen skal beskrive korleis avvik skal meldast.', party: 'kommune', actor: 'Kommunen' },
  ])('«$sentence» → $party', ({ sentence, party, actor }) => {
    expect(read(sentence)).toEqual({ party, actor, modality: 'plikt' });
  });
});

describe('a condition with its verb first: its «at» is its own, and a pronoun after the verb is its party', () => {
  test.each([
    {
      sentence: 'Endrar forskrifta seg slik at rutinen ikkje lenger held, kan kvar part krevje eit nytt møte.',
      expected: { party: 'felles', actor: 'kvar part', modality: 'adgang' },
    },
    {
      sentence: 'Viser det seg at meldingene ikke kommer fram, skal kommunen varsle driftssenteret.',
      expected: { party: 'kommune', actor: 'kommunen', modality: 'plikt' },
    },
    {
      sentence: 'Får ein kommune ei epikrise som gjeld ein annan pasient, ringjer han sjukehuset same dag.',
      expected: { party: 'kommune', actor: 'kommune', modality: 'plikt' },
    },
    {
      sentence: 'Mottar en part en melding som ikke er til den, returnerer den meldingen straks.',
      expected: { party: 'felles', actor: 'en part', modality: 'plikt' },
    },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(read(sentence)).toEqual(expected);
  });

  test.each([
    // What the condition's «at» says stays in it; no party in the condition, no one to stand for.
    'Endrar forskrifta seg slik at partane må byte system, er heile avtala utdatert.',
    'Feiler testen, ringer den ofte mange gonger.',
    // «Enhver», «hvor» open no condition.
    'Enhver endring som gjelder meldingene, er omtalt i vedlegget.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('more rows of the tables: for at least how long, a document the parties are to make', () => {
  test.each([
    'Loggane vert tekne vare på i minst fem år.',
    'Kopier av meldingene oppbevares i inntil ti år.',
    'Tilgangsavtalen skal begrense hvem som kan lese journalen.',
  ])('«%s» is a procedure or what such a document must say', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });

  test.each(['Loggane vert tekne vare på.', 'Tilgangsavtalen skal bidra til god informasjonstryggleik.'])(
    '«%s» obliges no one',
    (sentence) => {
      expect(read(sentence)).toBeNull();
    },
  );
});

describe('a Nynorsk strong present; a role «der»; «når» an occasion or a step; an agent after an adjective', () => {
  test.each([
    {
      sentence: 'Kommunane legg inn nye tenester i adresseregisteret før første måndag i månaden.',
      expected: { party: 'kommune', actor: 'Kommunane', modality: 'plikt' },
    },
    {
      sentence: 'Sykehuset Vestfold HF driv meldingstenaren for heile regionen.',
      expected: { party: 'helseforetak', actor: 'Sykehuset Vestfold HF', modality: 'plikt' },
    },
    {
      sentence: 'Partane finn saman ein ny dato for testen.',
      expected: { party: 'felles', actor: 'Partane', modality: 'plikt' },
    },
    {
      sentence: 'Sjukehuset hjelp kommunane med å setje opp det nye fagsystemet.',
      expected: { party: 'helseforetak', actor: 'Sjukehuset', modality: 'plikt' },
    },
    // A party with a relative clause opened by «der», up to its comma.
    {
      sentence: 'Den kommunen der pasienten bur, sender pleieplanen til sjukehuset.',
      expected: { party: 'kommune', actor: 'Den kommunen der pasienten bur', modality: 'plikt' },
    },
    {
      sentence: 'Den parten der avviket vart oppdaga, skriv eit notat til fagrådet.',
      expected: { party: 'felles', actor: 'Den parten der avviket vart oppdaga', modality: 'plikt' },
    },
    // A shared body as agent, past an adjective and an article.
    {
      sentence: 'Årsrapporten godkjennes av det administrative samarbeidsutvalget.',
      expected: { party: 'felles', actor: null, modality: 'plikt' },
    },
    {
      sentence: 'Kontaktlista vert oppdatert av felles fagråd.',
      expected: { party: 'felles', actor: null, modality: 'plikt' },
    },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(read(sentence)).toEqual(expected);
  });

  test.each([
    // «Når» the occasion has come or gone; «når» a party or a role has done its step.
    'Køen av meldingar vert tømd når stansen er over.',
    'Testdata slettes når oppgraderingen er godkjent.',
    'Avviket lukkes når mottakeren har rettet opp journalen.',
    'Planen blir send ut når kommunen har godkjent han.',
    // A party or a body past an article and an adjective, after «hos».
    'Originalen vert arkivert hos det regionale samarbeidsutvalet.',
  ])('«%s» is a procedure (unbound clause)', (sentence) => {
    expect(read(sentence)).toEqual({ party: null, actor: null, modality: 'plikt' });
  });

  test.each([
    // «Når» something that is neither an occasion nor a party's step tells how things go.
    'Rommet vert rydda når møtet er slutt.',
    'Timen avlyses når pasienten har feber.',
  ])('«%s» obliges no one (unbound clause)', (sentence) => {
    expect(read(sentence)).toBeNull();
  });
});

describe('what a law says, a volume, and a body that may when needed: no duty and no right', () => {
  test.each([
    // The law's duty, told before the modal.
    'Etter pasientjournalloven § 9 skal sykehuset føre journal for hver pasient.',
    'I medhald av forskrifta skal kommunane ha ein plan for informasjonstryggleik.',
    'Med heimel i helseregisterlova må partane lagre loggane.',
    'I henhold til pasient- og brukerrettighetsloven § 3-2 skal sykehuset informere pasienten.',
    // How much, or what happens today, with a party as subject.
    'Partane sender kvar veke fleire hundre tilvisingar til kvarandre.',
    'Sykehuset sender hundrevis av epikriser hver måned.',
    'Kommunene bruker i dag tre ulike journalsystemer.',
    // A shared body's «kan» with the need in front of its verb.
    'Samarbeidsutvalget kan ved behov invitere fastlegene.',
    'Ved behov kan fagrådet setje ned ei arbeidsgruppe.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    // This agreement's own duty; a law referred to after the duty; a party's right when needed; a body's
    // right with no need in front of its verb.
    {
      sentence: 'Etter denne avtalen skal kommunen varsle sykehuset.',
      expected: { party: 'kommune', actor: 'kommunen', modality: 'plikt' },
    },
    // A law that does not head the opening: the opening says when.
    {
      sentence: 'Etter endringer i forskriften skal partene gå gjennom rutinene.',
      expected: { party: 'felles', actor: 'partene', modality: 'plikt' },
    },
    {
      sentence: 'Etter at lova er endra, skal kommunane oppdatere malane.',
      expected: { party: 'kommune', actor: 'kommunane', modality: 'plikt' },
    },
    {
      sentence: 'Partene skal lagre loggene i ti år, jf. pasientjournalloven § 22.',
      expected: { party: 'felles', actor: 'Partene', modality: 'plikt' },
    },
    {
      sentence: 'Kommunane kan ved behov be om rettleiing frå sjukehuset.',
      expected: { party: 'kommune', actor: 'Kommunane', modality: 'adgang' },
    },
    {
      sentence: 'Fagrådet kan invitere leverandøren til møta.',
      expected: { party: 'felles', actor: 'Fagrådet', modality: 'adgang' },
    },
    {
      sentence: 'Partene utveksler meldinger hver dag.',
      expected: { party: 'felles', actor: 'Partene', modality: 'plikt' },
    },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('rules followed straight, a law as subject, a condition opened by «er», no party, a plural deadline, a recurring time, a working committee, «når» a thing works again, «får bare … når»', () => {
  test.each([
    // The rules of another text, taken straight by «følger»: where the rule is, no duty here.
    'Oppsigelse følger reglene i samarbeidsavtalen.',
    'Oppseiing følgjer føresegnene i tenesteavtalen.',
    // A law as subject lays a duty on the parties: the law's, not this agreement's.
    'Pasientjournalloven § 12 pålegger partene å avtale hvordan de skal dele logger.',
    'Helse- og omsorgstjenesteloven § 3 og pasientjournallova § 9 pålegg kommunane å avtale korleis dei skal samarbeide.',
    'Forskrifta krev at kommunane skal føre logg.',
    // No party with a verb that says what is.
    'Ingen part har tilgang til journalen.',
    // «får bare» with no person or party as subject; «får» with no «bare … når».
    'Pasienten får bare besøk når legen tillater det.',
    'Ansatte får lese journalen.',
    // «Når» a person is well again tells how a stay goes.
    'Pasienten skrives ut når han er frisk igjen.',
    // A recurring time before «er»: what is.
    'Hvert år er det møte.',
    // A relative clause after a noun that is no role: no one's duty.
    'Ein pasient som får ei melding, sender henne tilbake.',
    'En mottaker som er feil, er et problem.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    // The agreement's upkeep stays a duty whatever rules it follows.
    {
      sentence: 'Revisjon følger reglene i samarbeidsavtalen.',
      expected: { actor: null, party: null, modality: 'plikt' },
    },
    // A condition opened by «Er»/«Var», then the inverted verb and its party, or a pronoun for the condition's party.
    {
      sentence: 'Er feilen hos sykehuset, varsler sykehuset kommunene straks.',
      expected: { actor: 'sykehuset', party: 'helseforetak', modality: 'plikt' },
    },
    {
      sentence: 'Er partane usamde om planen, varslar dei fagrådet.',
      expected: { actor: 'partane', party: 'felles', modality: 'plikt' },
    },
    {
      sentence: 'Er kommunene uenige om rutinen, melder de saken til fagrådet.',
      expected: { actor: 'kommunene', party: 'kommune', modality: 'plikt' },
    },
    // A party's own duty beside a law named in it.
    {
      sentence: 'Partene følger loven og krever at leverandøren retter feil.',
      expected: { actor: 'Partene', party: 'felles', modality: 'plikt' },
    },
    // No party, with a verb that acts: a prohibition on each.
    {
      sentence: 'Ingen part sender pasientopplysninger på e-post uten at de er kryptert.',
      expected: { actor: 'Ingen part', party: 'felles', modality: 'plikt' },
    },
    {
      sentence: 'Ingen av partane gjev ut loggar utan samtykke frå den andre parten.',
      expected: { actor: 'Ingen av partane', party: 'felles', modality: 'plikt' },
    },
    // A role noun with a relative clause up to its comma, then its verb: the clause's party, or both.
    {
      sentence: 'En mottaker som får en epikrise om feil pasient, sender den tilbake og sletter den.',
      expected: { actor: 'En mottaker som får en epikrise om feil pasient', party: null, modality: 'plikt' },
    },
    {
      sentence: 'Ein mottakar som får ei tilvising til feil eining, sender henne vidare.',
      expected: { actor: 'Ein mottakar som får ei tilvising til feil eining', party: null, modality: 'plikt' },
    },
    // The parties' working committee, and a recurring time before an inverted verb.
    {
      sentence: 'Arbeidsutvalget gjennomgår rutinen hvert år og foreslår endringer ved behov.',
      expected: { actor: 'Arbeidsutvalget', party: 'felles', modality: 'plikt' },
    },
    {
      sentence: 'Hvert år sender fagrådet en rapport til partene.',
      expected: { actor: 'fagrådet', party: 'felles', modality: 'plikt' },
    },
    {
      sentence: 'Kvart år går fagrådet gjennom avvika.',
      expected: { actor: 'fagrådet', party: 'felles', modality: 'plikt' },
    },
    {
      sentence: 'Hver måned sender kommunen en oversikt til sykehuset.',
      expected: { actor: 'kommunen', party: 'kommune', modality: 'plikt' },
    },
    {
      sentence: 'Hver kommune sender en oversikt til sykehuset.',
      expected: { actor: 'Hver kommune', party: 'kommune', modality: 'plikt' },
    },
    // A restriction: a person or a party «får bare» do a thing on a condition.
    {
      sentence: 'Tilsette i kommunen får berre opne journalen når pasienten har samtykt.',
      expected: { actor: 'Tilsette i kommunen', party: 'kommune', modality: 'plikt' },
    },
    {
      sentence: 'Kommunen får bare sende epikrisen når sykehuset har godkjent den.',
      expected: { actor: 'Kommunen', party: 'kommune', modality: 'plikt' },
    },
    // A passive «når» a stopped thing works again: an occasion.
    {
      sentence: 'Køen tømmes når systemet er i drift igjen.',
      expected: { actor: null, party: null, modality: 'plikt' },
    },
    {
      sentence: 'Meldingane vert sende når tenaren verkar att.',
      expected: { actor: null, party: null, modality: 'plikt' },
    },
    // A passive with a deadline whose time word is in the definite plural.
    {
      sentence: 'Nye medarbeidere blir lært opp i rutinene i løpet av de første to ukene.',
      expected: { actor: null, party: null, modality: 'plikt' },
    },
    {
      sentence: 'Nye tilsette vert lærte opp i systemet i løpet av dei tre første vekene.',
      expected: { actor: null, party: null, modality: 'plikt' },
    },
  ])('«$sentence»', ({ sentence, expected }) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('a role named by what it sends or receives; a passive in a document the parties receive', () => {
  test.each([
    // «Av» and a noun after a role noun: the role still, then its present verb (the clause's party, or both).
    'Mottakeren av en henvisning bekrefter at den er lest innen tre dager.',
    'Avsendaren av tilvisinga rettar feilen same dag.',
    // A passive put down in a document that the parties receive: to whom it goes, a procedure.
    'Avviket vert registrert i ein logg som begge partar tek imot.',
    'Funnene fra revisjonen blir dokumentert i et referat som partene mottar.',
    'Utfallet av øvinga vert ført i eit notat som kvar kommune får.',
  ])('«%s» is a duty, its party the clause’s', (sentence) => {
    expect(read(sentence)).toMatchObject({ party: null, modality: 'plikt' });
  });

  test.each([
    // A role named so, with a verb that says what is.
    'Avsendaren av tilvisinga er som regel fastlegen.',
    'Mottakeren av varselet er den kommunen pasienten bor i.',
    // A document someone who is no party receives, or one nobody is said to receive.
    'Resultatet blir lagt i en mappe som pasienten får.',
    'Funnene fra revisjonen blir dokumentert i et referat.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test('the role is the actor, with what it receives', () => {
    expect(read('Mottakaren av varselet svarar innan ein arbeidsdag.')).toEqual({
      actor: 'Mottakaren av varselet',
      party: null,
      modality: 'plikt',
    });
  });
});

describe('a past tense; a Nynorsk strong participle after «vert»; a party’s or a shared body’s own place', () => {
  test.each([
    // A past tense tells what was: «var» ends in -r as a present does, the rest are no present.
    'Kommunen var vertskap for samlinga i fjor.',
    'Sykehuset var ansvarlig for opplæringen i prosjektperioden.',
    'Partane var samde om ein ny plan.',
    'Under nedetida var helseføretaket raskt ute med varsel.',
    'Kommunane hadde ein eigen vaktordning.',
    'Helseforetaket ble varslet om feilen.',
    'Sjukehuset vart einig med kommunen om testdatoen.',
    'Partene gjorde en ny avtale i 2021.',
    'Kommunen sendte varselet for sent.',
    'Mottakeren var fastlegen.',
    // A word in -e after «vert» that is an adjective, or an infinitive after «å», is no strong participle.
    'Tenesta vert betre med den nye versjonen.',
    'Løysingane vert ferdige til sommaren.',
    'Då vert det lettare å skrive inn avviket.',
    // A place named by the genitive of someone who is no party.
    'Referatet blir lagt ut på pasientens side.',
    'Nyheiter blir lagt ut på Helsenorges nettside.',
  ])('«%s» obliges no one', (sentence) => {
    expect(read(sentence)).toBeNull();
  });

  test.each([
    // The modal present with a past infinitive or a state is still a duty.
    { sentence: 'Planen skal ha vore godkjend av begge partar innan mars.', party: null },
    { sentence: 'Testene skal være gjennomført før oppgraderingen.', party: null },
    { sentence: 'Løysinga skal vere ferdig innan 1. mai.', party: null },
    { sentence: 'Kommunen skal ha sendt varselet innen fristen.', party: 'kommune' },
    // A strong participle after «vert» (-e, -i, a prefix of place): a passive, read as a weak one is.
    { sentence: 'Opplæringa vert gjeve av sjukehuset.', party: 'helseforetak' },
    { sentence: 'Avgjerda vert teke av samarbeidsutvalet.', party: 'felles' },
    { sentence: 'Ved feil vert avviket skrive inn i avvikssystemet.', party: null },
    { sentence: 'Møta vert haldne kvar månad.', party: null },
    { sentence: 'Møtet vert avhalde kvar månad.', party: null },
    { sentence: 'Ansvaret vert overteke av kommunen.', party: 'kommune' },
    { sentence: 'Referatet vert skrivi av sekretariatet.', party: null },
    // A party's or a shared body's own place, by its genitive: the one whose place it is puts it there.
    { sentence: 'Mindre endringar vert kunngjorde på helsefellesskapets heimeside.', party: null },
    { sentence: 'Nye versjoner blir lagt ut på samarbeidsutvalgets nettsted.', party: null },
    { sentence: 'Møtereferata vert publiserte på kommunens nettside.', party: null },
  ])('«$sentence» is a duty ($party)', ({ sentence, party }) => {
    expect(read(sentence)).toMatchObject({ party, modality: 'plikt' });
  });

  test('a strong participle after «vert» outside a bound clause, with no when, how or whom, stays no duty', () => {
    expect(read('Avviket vert skrive inn.')).toBeNull();
    expect(read('Avviket vert skrive inn.', { bound: true })).toMatchObject({ party: null, modality: 'plikt' });
  });
});
