import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import type { Obligation } from '../../../src/lib/model/types.ts';
import { fixtures, topicIds } from '../helpers/index.ts';

// One table per way a guideline states (or does not state) a duty, with sentences written in the
// style of these agreements, Bokmål and Nynorsk. Each row is a clause body; the expected lines are
// the register of it: `party modality «actor» [deadline] (under lead-in): words`.

const frontMatter = (language: 'nb' | 'nn') =>
  readFileSync(`${fixtures}/obligations/agder/guideline.md`, 'utf8')
    .split('\n## ')[0]!
    .replace('language: nb', `language: ${language}`);

const show = (o: Obligation) =>
  `${o.party} ${o.modality} «${o.actor ?? '—'}»${o.deadline ? ` [${o.deadline}]` : ''}${o.leadIn ? ' (under lead-in)' : ''}: ${o.text.replace(/\s+/g, ' ')}`;

const register = (body: string, language: 'nb' | 'nn' = 'nb') =>
  parseGuideline(`${frontMatter(language)}\n${body}`, {
    file: 'input.md',
    schema: guidelineSchema,
    topics: topicIds(),
  }).obligations.map(show);

type Row = { body: string; expected: string[]; language?: 'nb' | 'nn' };
const check = ({ body, expected, language }: Row) => expect(register(body, language)).toEqual(expected);

describe('the present tense with a party as subject is a duty; with a thing as subject it describes', () => {
  test.each<Row>([
    {
      body: '## 1 Ansvar\n\nPartene oppdaterer adresseregisteret.',
      expected: ['felles plikt «Partene»: Partene oppdaterer adresseregisteret.'],
    },
    {
      body: '## 1 Ansvar\n\nSSHF drifter meldingstjeneren.',
      expected: ['helseforetak plikt «SSHF»: SSHF drifter meldingstjeneren.'],
    },
    {
      body: '## 1 Ansvar\n\nKommunene i Agder også registrerer avvik.',
      expected: ['kommune plikt «Kommunene i Agder»: Kommunene i Agder også registrerer avvik.'],
    },
    {
      body: '## 1 Ansvar\n\nPartene har etablert felles rutiner.',
      expected: ['felles plikt «Partene»: Partene har etablert felles rutiner.'],
    },
    {
      body: '## 1 Ansvar\n\nEtter denne avtalen dekker partene egne kostnader.',
      expected: ['felles plikt «partene»: Etter denne avtalen dekker partene egne kostnader.'],
    },
    {
      language: 'nn',
      body: '## 1 Ansvar\n\nKommunane melder frå om nye tenester.',
      expected: ['kommune plikt «Kommunane»: Kommunane melder frå om nye tenester.'],
    },
    {
      language: 'nn',
      body: '## 1 Ansvar\n\nKvar part dekkjer eigne utgifter.',
      expected: ['felles plikt «Kvar part»: Kvar part dekkjer eigne utgifter.'],
    },
    // Not duties: what is, not what is done.
    { body: '## 1 Ansvar\n\nMeldingsutvekslingen foregår kryptert.', expected: [] },
    { body: '## 1 Ansvar\n\nPartene er enige.', expected: [] },
    { body: '## 1 Ansvar\n\nKommunen har ulike fagsystemer.', expected: [] },
    { body: '## 1 Ansvar\n\nKommunens fagsystemer oppdateres jevnlig av leverandøren.', expected: [] },
    { body: '## 1 Ansvar\n\nPartnernes forpliktelser er beskrevet i samarbeidsavtalen.', expected: [] },
    { language: 'nn', body: '## 1 Ansvar\n\nFagrådet har møte kvar tredje veke.', expected: [] },
    { language: 'nn', body: '## 1 Ansvar\n\nKommunar erfarar at meldingane kjem seint.', expected: [] },
  ])('$body', check);
});

describe('a present passive binds the party of its clause, or its agent', () => {
  test.each<Row>([
    {
      body: '## 1 Ansvar {part=kommune}\n\nAvvik registreres i kommunens avvikssystem.',
      expected: ['kommune plikt «—»: Avvik registreres i kommunens avvikssystem.'],
    },
    {
      body: '## 1 Test\n\nTestplanen godkjennes av begge parter.',
      expected: ['felles plikt «—»: Testplanen godkjennes av begge parter.'],
    },
    {
      body: '## 1 Test\n\nVed endringer gjennomføres tester mellom partene.',
      expected: ['felles plikt «—»: Ved endringer gjennomføres tester mellom partene.'],
    },
    {
      language: 'nn',
      body: '## 1 Ansvar {part=helseforetak}\n\nEpikrisa vert send same dag.',
      expected: ['helseforetak plikt «—»: Epikrisa vert send same dag.'],
    },
    // Not duties: a clause that binds no one, a reference, a narrated step.
    { body: '## 1 Test\n\nResultatet dokumenteres.', expected: [] },
    { body: '## 1 Ansvar {part=felles}\n\nDet vises til samarbeidsavtalen.', expected: [] },
    { body: '## 1 Plan\n\nUtkastet blir lagt fram for kommunene i mai.', expected: [] },
    { body: '## 1 Ansvar {part=felles}\n\nRutinen er felles for partene.', expected: [] },
  ])('$body', check);
});

describe('impersonal duty verbs oblige the one named after them', () => {
  test.each<Row>([
    {
      body: '## 1 Ansvar\n\nDet påligger kommunen å varsle SSHF.',
      expected: ['kommune plikt «kommunen»: Det påligger kommunen å varsle SSHF.'],
    },
    {
      body: '## 1 Ansvar\n\nDet forutsettes at partene bruker standardene.',
      expected: ['felles plikt «partene»: Det forutsettes at partene bruker standardene.'],
    },
    {
      body: '## 1 Ansvar\n\nMange har ulike system – det kreves derfor at dette avklares mellom kommunen og SSHF.',
      expected: [
        'felles plikt «—»: Mange har ulike system – det kreves derfor at dette avklares mellom kommunen og SSHF.',
      ],
    },
    {
      language: 'nn',
      body: '## 1 Ansvar\n\nDet vert kravd at helseføretaket har ein kontaktperson.',
      expected: ['helseforetak plikt «helseføretaket»: Det vert kravd at helseføretaket har ein kontaktperson.'],
    },
  ])('$body', check);
});

describe('a lead-in without a modal verb: its items are duties of the party it names', () => {
  test.each<Row>([
    {
      body: '## 1 Ansvar\n\nKommunens oppgaver er:\n\n- å lese meldinger\n- å melde avvik',
      expected: [
        'kommune plikt «—» (under lead-in): å lese meldinger',
        'kommune plikt «—» (under lead-in): å melde avvik',
      ],
    },
    {
      language: 'nn',
      body: '## 1 Driftsforum\n\nMandatet til driftsforumet er;\n\n- følgje opp avvik',
      expected: ['felles plikt «—» (under lead-in): følgje opp avvik'],
    },
    // Not a lead-in of duties: a list of things no one is to do.
    { body: '## 1 Vedlegg\n\nAvtalen har disse vedleggene:\n\n- Sjekkliste\n- Kontaktliste', expected: [] },
  ])('$body', check);
});

describe('an item with sentences of different actors or modalities is one obligation each', () => {
  test.each<Row>([
    {
      body: '## 1 Ansvar\n\nKommunen skal:\n\n- lese meldinger. Fastlegen bør varsles ved feil.',
      expected: [
        'kommune plikt «Kommunen» (under lead-in): lese meldinger.',
        'felles anbefaling «—»: Fastlegen bør varsles ved feil.',
      ],
    },
    {
      body: '## 1 Ansvar\n\nPartene skal:\n\n- lage rutiner. Rutinene oppdateres årlig.',
      expected: ['felles plikt «Partene» (under lead-in): lage rutiner. Rutinene oppdateres årlig.'],
    },
  ])('$body', check);
});

describe('actors are parties or bodies, not things; a pronoun takes its antecedent', () => {
  test.each<Row>([
    {
      body: '## 1 Varsling\n\nVarselet skal sendes på e-post.',
      expected: ['felles plikt «—»: Varselet skal sendes på e-post.'],
    },
    {
      body: '## 1 Varsling\n\nAll samhandling skal dokumenteres.',
      expected: ['felles plikt «—»: All samhandling skal dokumenteres.'],
    },
    {
      body: '## 1 Varsling\n\nMottaker skal kvittere.',
      expected: ['felles plikt «Mottaker»: Mottaker skal kvittere.'],
    },
    {
      body: '## 1 Kontakt\n\nKommunene utpeker en kontakt. De må melde endringer.',
      expected: [
        'kommune plikt «Kommunene»: Kommunene utpeker en kontakt.',
        'kommune plikt «Kommunene»: De må melde endringer.',
      ],
    },
  ])('$body', check);
});

describe('action tables', () => {
  const table = (rows: string) => `## 1 Plan\n\n| Tiltak | Ansvarlig | Frist |\n| --- | --- | --- |\n${rows}`;
  test.each<Row>([
    // A row continued in a merged cell takes the party and deadline of the row it continues.
    {
      body: table('| Lage rutine | SSHF | 2027 |\n| Lære opp | | |'),
      expected: ['helseforetak plikt «SSHF» [2027]: Lage rutine', 'helseforetak plikt «SSHF» [2027]: Lære opp'],
    },
    // A status note and a question are no duties; "etter …" is not a deadline.
    {
      body: table('| Her avventes svar fra direktoratet | | |\n| Hvem drifter løsningen? | Partene | |'),
      expected: [],
    },
    {
      body: table('| Kartlegge bruk | Kommunene | etter piloten |'),
      expected: ['kommune plikt «Kommunene»: Kartlegge bruk'],
    },
  ])('$body', check);
});

describe('deadlines in running text', () => {
  test.each<Row>([
    {
      body: '## 1 Varsling\n\nPartene varsler minst fire uker før nedetid.',
      expected: ['felles plikt «Partene» [minst fire uker før nedetid]: Partene varsler minst fire uker før nedetid.'],
    },
    {
      body: '## 1 Varsling\n\nAvvik skal følges opp senest dagen etter.',
      expected: ['felles plikt «—» [senest dagen etter]: Avvik skal følges opp senest dagen etter.'],
    },
    {
      body: '## 1 Varsling\n\nKommunen svarer innen fem virkedager når den får melding.',
      expected: [
        'kommune plikt «Kommunen» [innen fem virkedager]: Kommunen svarer innen fem virkedager når den får melding.',
      ],
    },
    {
      language: 'nn',
      body: '## 1 Varsling\n\nHelseføretaket melder frå seinast to veker før.',
      expected: [
        'helseforetak plikt «Helseføretaket» [seinast to veker før]: Helseføretaket melder frå seinast to veker før.',
      ],
    },
    {
      body: '## 1 Revisjon\n\nRevisjon bør skje etter planlagt vedtak våren 2027.',
      expected: ['felles anbefaling «—»: Revisjon bør skje etter planlagt vedtak våren 2027.'],
    },
  ])('$body', check);
});

// One sentence whose main clauses bind different parties is a duty of each, on the same words
// (conjuncts.ts); the reading page marks the words once per duty, each with its label.
describe('a sentence with a duty for each of two parties', () => {
  test.each<Row>([
    {
      body: '## 1 Utstyr\n\nSSHF drifter videoromma, og kommunane oppdaterer eigne klientar.',
      language: 'nn',
      expected: [
        'helseforetak plikt «SSHF»: SSHF drifter videoromma, og kommunane oppdaterer eigne klientar.',
        'kommune plikt «kommunane»: SSHF drifter videoromma, og kommunane oppdaterer eigne klientar.',
      ],
    },
    // The editor's party makes it one.
    {
      body: '## 1 Utstyr\n\n:plikt[Kommunene kjøper skjermene, og sykehuset monterer dem.]{part=felles}',
      expected: ['felles plikt «Kommunene»: Kommunene kjøper skjermene, og sykehuset monterer dem.'],
    },
  ])('$body', check);

  test('both duties are marked on the reading page, the text unchanged', () => {
    const guideline = parseGuideline(
      `${frontMatter('nb')}\n## 1 Utstyr\n\nFør. Kommunene kjøper skjermene, og sykehuset monterer dem. Etter.`,
      { file: 'input.md', schema: guidelineSchema, topics: topicIds() },
    );
    const [clause] = guideline.clauses;
    expect(guideline.obligations.map((o) => o.party)).toEqual(['kommune', 'helseforetak']);
    const readable = clause!.markedHtml
      .replace(/<span class="plikt-etikett">([^<]*)<\/span>/g, '$1')
      .replace(/<span class="plikt plikt-\w+" data-part="(\w+)" data-plikt="[\w-]+">/g, '<$1>')
      .replace(/<\/span>/g, '</>');
    expect(readable).toBe(
      '<p>Før. [Kommunen: plikt] [Helseforetaket: plikt] <kommune><helseforetak>Kommunene kjøper skjermene, og sykehuset monterer dem.</></> Etter.</p>',
    );
    const unmarked = clause!.markedHtml
      .replace(/<span class="plikt-etikett">[^<]*<\/span>/g, '')
      .replace(/<\/?span[^>]*>/g, '');
    expect(unmarked).toBe(clause!.html.replace(/<\/?span[^>]*>/g, ''));
  });
});

// A responsibility matrix: the task in one column, a column per party marked where it is responsible
// (docs/obligations.md). The same mechanism as the «Ansvarleg» column of an action table: the row is a
// duty of whom the row names, here by its marks.
describe('a responsibility matrix: each row is a duty of the parties it marks', () => {
  test.each<Row>([
    {
      body: [
        '## 1 Fordeling',
        '',
        '| Oppgave | Kommunene | SSHF |',
        '| --- | --- | --- |',
        '| Vedlikeholde adresselistene | X | |',
        '| Drifte testmiljøet | | x |',
        '| Avklare nye meldingstyper | ✓ | ✓ |',
      ].join('\n'),
      expected: [
        'kommune plikt «Kommunene»: Vedlikeholde adresselistene',
        'helseforetak plikt «SSHF»: Drifte testmiljøet',
        'felles plikt «Kommunene og SSHF»: Avklare nye meldingstyper',
      ],
    },
    // «Begge» is both; «Ja» and «•» mark; a row with no mark (a group label) and a «Nr» column are no duty.
    {
      language: 'nn',
      body: [
        '## 1 Fordeling',
        '',
        '| Nr | Ansvarsområde | Kommunen | Helseføretaket | Begge | Frist |',
        '| --- | --- | --- | --- | --- | --- |',
        '| | Brukarstøtte | | | | |',
        '| 1 | Svare på spørsmål frå eigne tilsette | | | Ja | |',
        '| 2 | Halde oversikt over sertifikata | • | | | 1. oktober |',
        '| 3 | Publisere driftsmeldingar på nettsida | | Ja | | |',
      ].join('\n'),
      expected: [
        'felles plikt «Begge»: Svare på spørsmål frå eigne tilsette',
        'kommune plikt «Kommunen» [1. oktober]: Halde oversikt over sertifikata',
        'helseforetak plikt «Helseføretaket»: Publisere driftsmeldingar på nettsida',
      ],
    },
    // Not a matrix: cells that say something else (hours, numbers, words), a «Nei» beside a «Ja», and
    // columns that name a role of a party («Avsendar kommune»), not the party.
    {
      body: [
        '## 1 Tilgjengelighet',
        '',
        '| Tjeneste | Kommunene | SSHF |',
        '| --- | --- | --- |',
        '| Brukerstøtte | 08–15 | hele døgnet |',
        '| Antall superbrukere | 2 | 4 |',
      ].join('\n'),
      expected: [],
    },
    {
      language: 'nn',
      body: [
        '## 1 Oversikt',
        '',
        '| Tenest | Kommunane | Sjukehuset |',
        '| --- | --- | --- |',
        '| Videokonsultasjon | Ja | Nei |',
        '| Digital dialog | X | Planlagt |',
      ].join('\n'),
      expected: [],
    },
    // Not a matrix of tasks: things, and who has or offers them.
    {
      body: [
        '## 1 Systemer',
        '',
        '| System | Kommunene | SSHF |',
        '| --- | --- | --- |',
        '| Elektronisk pasientjournal | X | X |',
        '| Kurveløsning | | X |',
      ].join('\n'),
      expected: [],
    },
    {
      language: 'nn',
      body: [
        '## 1 Testtilfelle',
        '',
        '| Nr | Skildring | Avsendar kommune | Avsendar sjukehus |',
        '| --- | --- | --- | --- |',
        '| 1 | Sende pleie- og omsorgsmelding | x | |',
      ].join('\n'),
      expected: [],
    },
  ])('$body', check);

  test('a matrix row is marked on the reading page, the text unchanged', () => {
    const guideline = parseGuideline(
      `${frontMatter('nb')}\n## 1 Fordeling\n\n| Oppgave | Kommunene | SSHF |\n| --- | --- | --- |\n| Drifte testmiljøet | | X |\n`,
      { file: 'input.md', schema: guidelineSchema, topics: topicIds() },
    );
    const [clause] = guideline.clauses;
    expect(clause!.markedHtml).toContain(
      '<td><span class="plikt-etikett">[Helseforetaket: plikt] </span><span class="plikt plikt-plikt" data-part="helseforetak"',
    );
    expect(
      clause!.markedHtml.replace(/<span class="plikt-etikett">[^<]*<\/span>/g, '').replace(/<\/?span[^>]*>/g, ''),
    ).toBe(clause!.html.replace(/<\/?span[^>]*>/g, ''));
  });
});

// A table of each party's tasks: a column per party, each filled cell that party's task in its own words
// (an infinitive), the first other column the area; the same mechanism as the matrix, with words for marks.
describe("a table of each party's tasks: each filled cell is a duty of its column's party", () => {
  test.each<Row>([
    {
      language: 'nn',
      body: [
        '## 1 Oppgåver',
        '',
        '| Område | Kommunane | Sjukehuset |',
        '| --- | --- | --- |',
        '| Brukarstøtte | Svare eigne tilsette på telefon i opningstida | Halde vakttelefonen open for kommunane |',
        '| Adresselista | Føre inn nye tenester innan ei veke | |',
        '| Testing | Sjå til at fagsystemet er testa | Sjå til at fagsystemet er testa |',
      ].join('\n'),
      expected: [
        'kommune plikt «Kommunane» (under lead-in): Svare eigne tilsette på telefon i opningstida',
        'helseforetak plikt «Sjukehuset» (under lead-in): Halde vakttelefonen open for kommunane',
        'kommune plikt «Kommunane» [innan ei veke] (under lead-in): Føre inn nye tenester innan ei veke',
        'felles plikt «Kommunane og Sjukehuset» (under lead-in): Sjå til at fagsystemet er testa',
      ],
    },
    // No area column; a dash is no task; a «Frist» column gives the deadline.
    {
      body: [
        '## 1 Fordeling',
        '',
        '| Kommunen | Helseforetaket | Frist |',
        '| --- | --- | --- |',
        '| Melde avvik til fagrådet | Følge opp avvikene med leverandøren | 1. mars |',
        '| – | Drifte meldingstjeneren | |',
      ].join('\n'),
      expected: [
        'kommune plikt «Kommunen» [1. mars]: Melde avvik til fagrådet',
        'helseforetak plikt «Helseforetaket» [1. mars]: Følge opp avvikene med leverandøren',
        'helseforetak plikt «Helseforetaket»: Drifte meldingstjeneren',
      ],
    },
    // A short infinitive opens a task as a long one does («Ha», «La», «Bli»); a dash is no task.
    {
      body: [
        '## 1 Fordeling',
        '',
        '| Område | Kommunen | Sykehuset |',
        '| --- | --- | --- |',
        '| Kontaktpunkt | Ha en fast kontaktperson for e-meldinger | – |',
        '| Innsyn | La fastlegen lese epikrisen i kjernejournal | Bli enig med kommunen om tilgangene |',
      ].join('\n'),
      expected: [
        'kommune plikt «Kommunen» (under lead-in): Ha en fast kontaktperson for e-meldinger',
        'kommune plikt «Kommunen» (under lead-in): La fastlegen lese epikrisen i kjernejournal',
        'helseforetak plikt «Sykehuset» (under lead-in): Bli enig med kommunen om tilgangene',
      ],
    },
    // A cell that says the row is no task of that party («Ikkje aktuelt», «Ikke relevant», «Gjelder ikke»,
    // «Ingen») is no duty, as a dash is; the other cells of the table are still tasks.
    {
      language: 'nn',
      body: [
        '## 1 Fordeling',
        '',
        '| Arbeid | Kommunane | Sjukehuset |',
        '| --- | --- | --- |',
        '| Adresselista | Melde inn nye einingar før dei opnar | Ikkje aktuelt |',
        '| Vakttelefon | Ikkje relevant | Svare på telefonen heile døgnet |',
      ].join('\n'),
      expected: [
        'kommune plikt «Kommunane» (under lead-in): Melde inn nye einingar før dei opnar',
        'helseforetak plikt «Sjukehuset» (under lead-in): Svare på telefonen heile døgnet',
      ],
    },
    {
      body: [
        '## 1 Fordeling',
        '',
        '| Område | Kommunen | Helseforetaket |',
        '| --- | --- | --- |',
        '| Opplæring | Lære opp superbrukere i hjemmetjenesten | Gjelder ikke |',
        '| Testmiljø | Ingen | Holde testmiljøet oppe på hverdager |',
      ].join('\n'),
      expected: [
        'kommune plikt «Kommunen» (under lead-in): Lære opp superbrukere i hjemmetjenesten',
        'helseforetak plikt «Helseforetaket» (under lead-in): Holde testmiljøet oppe på hverdager',
      ],
    },
    // Only beside tasks: beside «Ja» it says what a party offers, and the table stays unread.
    {
      body: [
        '## 1 Oversikt',
        '',
        '| Område | Kommunen | Helseforetaket |',
        '| --- | --- | --- |',
        '| Videokonsultasjon | Ja | Ikke aktuelt |',
        '| Digital hjemmeoppfølging | Ikke aktuelt | Ja |',
      ].join('\n'),
      expected: [],
    },
    // A table whose party cells all say so has no task.
    {
      body: [
        '## 1 Oversikt',
        '',
        '| Område | Kommunen | Helseforetaket |',
        '| --- | --- | --- |',
        '| Kjernejournal | Ikke aktuelt | Ikke aktuelt |',
      ].join('\n'),
      expected: [],
    },
    // Not a table of tasks: hours, names, numbers, things; one cell that is no task makes none of the table's.
    // «Så» is an adverb as often as a verb: a cell opening with it is no task.
    {
      language: 'nn',
      body: [
        '## 1 Svar',
        '',
        '| Område | Kommunane | Sjukehuset |',
        '| --- | --- | --- |',
        '| Avvik | Så snart som råd | Svare innan to dagar |',
      ].join('\n'),
      expected: [],
    },
    {
      language: 'nn',
      body: [
        '## 1 Oversikt',
        '',
        '| Område | Kommunane | Sjukehuset |',
        '| --- | --- | --- |',
        '| Opningstid | Kvardagar 08–15 | Heile døgnet |',
        '| Fagsystem | Visma Profil | DIPS Arena |',
      ].join('\n'),
      expected: [],
    },
    {
      body: [
        '## 1 Kontakt',
        '',
        '| Kanal | Kommunen | Sykehuset |',
        '| --- | --- | --- |',
        '| Telefon | 55 12 34 56 | 22 98 76 54 |',
        '| Journal | Pleie- og omsorgsjournal | Elektronisk pasientjournal |',
        '| Brukerstøtte | Alle hverdager | Hele døgnet |',
      ].join('\n'),
      expected: [],
    },
    {
      language: 'nn',
      body: [
        '## 1 Ansvar',
        '',
        '| Område | Kommunane | Sjukehuset |',
        '| --- | --- | --- |',
        '| Meldingar | Sende pleie- og omsorgsmeldingar | Sende epikriser |',
        '| Kontaktperson | Kari Nordmann | Ola Nordmann |',
      ].join('\n'),
      expected: [],
    },
  ])('$body', check);
});

// «Hver part / Kvar part / Begge parter har en …»: each party, one by one, has something it keeps, as
// «skal ha» would say; a body's make-up, a right, a seat or a fact about the parties together describes.
describe('a party taken one by one «har» something indefinite: a duty to have it', () => {
  test.each<Row>([
    {
      body: '## 1 Drift\n\nHver kommune har en fagansvarlig for e-meldinger som følger opp avvik.',
      expected: [
        'kommune plikt «Hver kommune»: Hver kommune har en fagansvarlig for e-meldinger som følger opp avvik.',
      ],
    },
    {
      body: '## 1 Drift\n\nBegge parter har et testmiljø som speiler produksjonen.',
      expected: ['felles plikt «Begge parter»: Begge parter har et testmiljø som speiler produksjonen.'],
    },
    {
      language: 'nn',
      body: '## 1 Drift\n\nKvar av partane har ei eiga postkasse for feilsende meldingar.',
      expected: ['felles plikt «Kvar av partane»: Kvar av partane har ei eiga postkasse for feilsende meldingar.'],
    },
    {
      language: 'nn',
      body: '## 1 Drift\n\nKvar part har òg ein stadfortredar når systemeigaren har fri.',
      expected: ['felles plikt «Kvar part»: Kvar part har òg ein stadfortredar når systemeigaren har fri.'],
    },
    // An adverb between «har» and what it has (found missing by the havdal fixture's first read).
    {
      language: 'nn',
      body: '## 1 Drift\n\nKvar kommune har i tillegg ei eiga e-postkasse for avvik.',
      expected: ['kommune plikt «Kvar kommune»: Kvar kommune har i tillegg ei eiga e-postkasse for avvik.'],
    },
    { body: '## 1 Drift\n\nHver part har i tillegg en plass i utvalget.', expected: [] },
    // «har» inverted after an opening phrase, and «Den enkelte» / «Hver enkelt» as one by one.
    {
      body: '## 1 Drift\n\nI tillegg har hver part en stedfortreder for systemeieren.',
      expected: ['felles plikt «hver part»: I tillegg har hver part en stedfortreder for systemeieren.'],
    },
    {
      language: 'nn',
      body: '## 1 Drift\n\nNår avtala er signert, har kvar part ein kontaktperson for avvik.',
      expected: ['felles plikt «kvar part»: Når avtala er signert, har kvar part ein kontaktperson for avvik.'],
    },
    {
      body: '## 1 Drift\n\nDen enkelte kommune har en lokal systemeier for journalen.',
      expected: ['kommune plikt «Den enkelte kommune»: Den enkelte kommune har en lokal systemeier for journalen.'],
    },
    { body: '## 1 Drift\n\nI tillegg har hver kommune en stemme i rådet.', expected: [] },
    { body: '## 1 Drift\n\nI dag har kommunene ulike journalsystemer.', expected: [] },
    // Not a duty: a body's make-up, a seat or a vote, a right, a fact about the parties together, a copy kept.
    { body: '## 1 Drift\n\nStyringsgruppen har sju medlemmer fra kommunene.', expected: [] },
    { body: '## 1 Drift\n\nHver part har en plass i styringsgruppen.', expected: [] },
    { language: 'nn', body: '## 1 Drift\n\nKvar kommune har ei røyst i rådet.', expected: [] },
    { body: '## 1 Drift\n\nPartene har forskjellige journalsystemer.', expected: [] },
    { language: 'nn', body: '## 1 Drift\n\nKommunane har ein felles journalleverandør.', expected: [] },
    { body: '## 1 Drift\n\nAvtalen er skrevet i to eksemplarer, og hver part har ett eksemplar.', expected: [] },
    // A right stays a right.
    {
      body: '## 1 Drift\n\nHver part har rett til innsyn i loggene.',
      expected: ['felles adgang «Hver part»: Hver part har rett til innsyn i loggene.'],
    },
  ])('$body', check);
});

// A subject with a relative clause of its own, up to its comma, then «skal» and a passive: the main
// clause's «skal» is the duty, even where the relative clause has a modal and an «at» of its own.
describe('«skal» after a subject whose relative clause has a modal of its own', () => {
  test.each<Row>([
    {
      body: '## 1 Avvik\n\nSvar som kan tyde på at prøvene er forbyttet, skal meldes til laboratoriet samme dag.',
      expected: [
        'felles plikt «—»: Svar som kan tyde på at prøvene er forbyttet, skal meldes til laboratoriet samme dag.',
      ],
    },
    {
      language: 'nn',
      body: '## 1 Avvik\n\nMeldingar som kan innehalde opplysningar om barn, skal sendast med høg prioritet.',
      expected: ['felles plikt «—»: Meldingar som kan innehalde opplysningar om barn, skal sendast med høg prioritet.'],
    },
    {
      language: 'nn',
      body: '## 1 Avvik\n\nVed mistanke om at ei melding kan ha gått til feil mottakar, skal avsendaren varsle personvernombodet.',
      expected: [
        'felles plikt «avsendaren»: Ved mistanke om at ei melding kan ha gått til feil mottakar, skal avsendaren varsle personvernombodet.',
      ],
    },
    // Not a duty: the «skal» stands in the «at»-clause of what the sentence says is the aim.
    { body: '## 1 Avvik\n\nMålet er at meldinger som kan vente, skal sendes samlet.', expected: [] },
    {
      language: 'nn',
      body: '## 1 Avvik\n\nFøremålet er at opplysningar som kan identifisere pasienten, skal vernast.',
      expected: [],
    },
  ])('$body', check);
});

// A fronted subordinate clause to its comma («Inntil …», «Fram til …», «Så snart …»), then the verb and a
// party: the inverted present tense is the party's duty, as after «Ved …» or «Dersom …».
describe('a fronted subordinate clause, then the verb and a party', () => {
  test.each<Row>([
    {
      body: '## 1 Nedetid\n\nInntil den nye versjonen er godkjent, bruker kommunene den gamle malen.',
      expected: ['kommune plikt «kommunene»: Inntil den nye versjonen er godkjent, bruker kommunene den gamle malen.'],
    },
    {
      body: '## 1 Nedetid\n\nSå snart kvitteringen er kommet, arkiverer sykehuset meldingen og lukker saken.',
      expected: [
        'helseforetak plikt «sykehuset» [Så snart kvitteringen er kommet]: Så snart kvitteringen er kommet, arkiverer sykehuset meldingen og lukker saken.',
      ],
    },
    {
      language: 'nn',
      body: '## 1 Nedetid\n\nFram til samarbeidsavtala er revidert, følgjer partane rutinen frå 2024.',
      expected: ['felles plikt «partane»: Fram til samarbeidsavtala er revidert, følgjer partane rutinen frå 2024.'],
    },
    {
      language: 'nn',
      body: '## 1 Nedetid\n\nStraks avviket er lukka, melder kommunen frå til fagrådet.',
      expected: ['kommune plikt «kommunen»: Straks avviket er lukka, melder kommunen frå til fagrådet.'],
    },
    // Not a duty: the same opening, then a verb that says what is, or no party.
    { body: '## 1 Nedetid\n\nInntil feilen er rettet, er tjenesten utilgjengelig.', expected: [] },
    { language: 'nn', body: '## 1 Nedetid\n\nSå snart feilen er retta, kjem meldingane fram att.', expected: [] },
    { language: 'nn', body: '## 1 Nedetid\n\nFram til tenesta er oppe, ligg meldingane i kø.', expected: [] },
  ])('$body', check);
});

// A modal inside a clause of the subject (an indirect question, a relative clause with its own subject)
// that closes at a comma before the sentence's own verb binds no one: that verb is the sentence's.
describe('a modal in a clause inside the subject binds no one', () => {
  test.each<Row>([
    {
      body: '## 1 Standarder\n\nOversikten over hvilke meldinger kommunene må kunne ta imot, finnes i vedlegg 3.',
      expected: [],
    },
    {
      language: 'nn',
      body: '## 1 Standardar\n\nKrava til korleis sjukehuset skal kvittere, går fram av den nasjonale standarden.',
      expected: [],
    },
    { body: '## 1 Standarder\n\nMeldingstypene som partene skal bruke, er listet i tabell 2.', expected: [] },
    // A duty of the same shape: the party is the sentence's subject, the sentence's own verb is «skal», or
    // it settles a dispute.
    {
      body: '## 1 Standarder\n\nUenighet om hvordan avtalen skal forstås, løses i samarbeidsutvalget.',
      expected: ['felles plikt «—»: Uenighet om hvordan avtalen skal forstås, løses i samarbeidsutvalget.'],
    },
    {
      body: '## 1 Standarder\n\nPartene avtaler hvilke meldinger kommunene må kunne ta imot.',
      expected: ['felles plikt «Partene»: Partene avtaler hvilke meldinger kommunene må kunne ta imot.'],
    },
    {
      language: 'nn',
      body: '## 1 Standardar\n\nMeldingstypane som partane skal bruke, skal testast før dei blir tekne i bruk.',
      expected: ['felles plikt «—»: Meldingstypane som partane skal bruke, skal testast før dei blir tekne i bruk.'],
    },
  ])('$body', check);
});
