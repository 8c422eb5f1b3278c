import type { Party } from '../model/types.ts';
import { MONTH_NAMES } from '../model/vocabulary.ts';
import { deadlineIn } from './deadlines.ts';
import { isActorNoun, isRoleNoun, namedParties, type PartyPatterns } from './parties.ts';

// A sentence without a party that says what is done ("Avvik meldes …", "Det gjøres ikke …", "Testene
// følger sjekklisten") is a procedure the agreement lays down when it also says when, how, by whom or
// to whom: the parties agreed to it, so it binds them (the clause's party, or both). Without any of
// these it states a fact ("Opplysningane blir ikkje lagra i kjernejournalen"); with «ved behov» it
// states a possibility ("Dialogmøter holdes ved behov"). Tables of words, Bokmål and Nynorsk: a new
// way of saying when or how is one more row. The decision and its reasons: docs/obligations.md.

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
const words = (list: string) => `(?:${list.trim().split(/\s+/).join('|')})`;

const MONTHS = words(MONTH_NAMES.join(' '));
const PERIODS = words('dag døgn uke veke måned månad kvartal tertial halvår år');

// When: a time, a season or a frequency. Not «når …»: "Pasienten skrives ut når behandlingen er ferdig"
// tells how things go.
const WHEN: ReadonlyArray<RegExp> = [
  new RegExp(`${WORD_START}(?:straks|umiddelbart|snarest|snarast|fortløpende|fortløpande)${WORD_END}`, 'iu'),
  new RegExp(`${WORD_START}(?:samme|same)\\s+(?:dag|dagen|arbeidsdag|virkedag|yrkedag|døgn|veke|uke)${WORD_END}`, 'iu'),
  new RegExp(
    `${WORD_START}(?:hver|hvert|kvar|kvart|annenhver|annakvart?)\\s+(?:\\p{L}+\\s+)?${PERIODS}${WORD_END}`,
    'iu',
  ),
  new RegExp(
    `${WORD_START}(?:daglig|dagleg|ukentlig|vekentleg|månedlig|månadleg|kvartalsvis|halvårlig|halvårleg|årlig|årleg)e?${WORD_END}`,
    'iu',
  ),
  // For how long: "Dokumentasjonen oppbevares i ti år", "… i minst fem år".
  new RegExp(
    `${WORD_START}i\\s+(?:(?:minst|minimum|inntil|opptil)\\s+)?(?:\\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|femten|tjue)\\s+(?:år|måneder|månader|dager|dagar|uker|veker)${WORD_END}`,
    'iu',
  ),
  // Working hours, in or outside them: "utanom vanleg arbeidstid", "i arbeidstida".
  new RegExp(`${WORD_START}\\p{L}*arbeidstid\\p{L}*`, 'iu'),
  // Regularly: "Loggane blir kontrollerte jamleg".
  new RegExp(`${WORD_START}(?:jevnlig|jamleg|jamnleg|regelmessig|regelmessi|fortløpande)${WORD_END}`, 'iu'),
  // Round the clock, every day: "tilgjengelig hele døgnet".
  new RegExp(
    `${WORD_START}(?:hele\\s+døgnet|heile\\s+døgeret|heile\\s+døgnet|døgnet\\s+rundt|alle\\s+dager|alle\\s+dagar|i\\s+arbeidstiden|i\\s+arbeidstida|på\\s+hverdager|på\\s+kvardagar)${WORD_END}`,
    'iu',
  ),
  new RegExp(`${WORD_START}\\S+\\s+(?:ganger|gonger)\\s+(?:i|per|pr\\.?|om)\\s+(?:året|år|måneden|månaden)`, 'iu'),
  new RegExp(
    `${WORD_START}(?:ukene?|vekene?|veka)\\s+\\d|${WORD_START}\\p{L}*(?:romjul|påske|høytid|høgtid|ferie|helg|kveld|natt)\\p{L}*`,
    'iu',
  ),
];

// A month alone may say when a thing happens once ("Utkastet blir lagt fram i mai": a plan, told); a
// stretch between two dates, or a month something is not done in, or only done in, sets a standing
// rule ("Frå 1. juli til 15. august blir det ikkje gjort …", "I juli blir det berre gjort …").
const MONTH = new RegExp(`${WORD_START}${MONTHS}${WORD_END}`, 'iu');
const STRETCH = new RegExp(
  `${WORD_START}(?:fra|frå|mellom)\\s+(?:\\S+\\s+){0,2}?(?:til|og)\\s+(?:\\d+\\.\\s+)?${MONTHS}${WORD_END}`,
  'iu',
);
const NEGATION = /(?<![\p{L}])(?:ikke|ikkje|ingen|inga|ingi|aldri|bare|berre|kun)(?![\p{L}])/iu;

// How: by a rule the parties keep ("etter tvisteløsningsreglene", "i samsvar med rutinen", "etter ein
// nøkkel"), or by a channel ("over telefon", "skriftleg"); not "etter avtale med …" (as arranged).
const NORM = `\\p{L}*(?:${words('rutin prosedyr plan regl regel nøkkel nøkl sjekklist standard retningslinj avtal bestemmels modell fordeling tilråding tilrading anbefaling veileder rettleiar føring krav innbyggertall innbyggjartal folketall folketal')})(?:e|en|er|ene|ar|ane|a|et)?${WORD_END}`;
const HOW: ReadonlyArray<RegExp> = [
  new RegExp(
    `${WORD_START}(?:etter(?!\\s+avtale\\s)|i\\s+samsvar\\s+med|i\\s+tråd\\s+med|i\\s+henhold\\s+til)\\s+(?:\\p{L}+\\s+){0,2}?${NORM}`,
    'iu',
  ),
  new RegExp(
    `${WORD_START}(?:skriftlig|skriftleg|elektronisk|(?:over|på|per|via)\\s+(?:telefon|e-post|epost))${WORD_END}`,
    'iu',
  ),
  // Access by the need of the service: "Tilgang blir gitt etter tjenstlig behov".
  new RegExp(`${WORD_START}etter\\s+(?:tjenstlige?|tenestlege?)\\s+behov${WORD_END}`, 'iu'),
  // Who pays: "Reisekostnadene dekkes av den enkelte deltaker" (a cost shared by a rule).
  new RegExp(
    `${WORD_START}(?:dekkes|dekkast|dekt|dekte|betales|betalast|betalt|betalte|bæres|berast|boren|borne|finansieres|finansierast|finansiert|finansierte)\\s+av${WORD_END}`,
    'iu',
  ),
  // Together: "i samarbeid mellom …", "i samråd med …".
  new RegExp(`${WORD_START}(?:i\\s+samarbeid|i\\s+fellesskap|i\\s+samråd|sammen\\s+med|saman\\s+med)${WORD_END}`, 'iu'),
  // Sent or told to somewhere: "Meldingar blir adresserte til tenesta".
  new RegExp(
    `${WORD_START}(?:send|adresser|meld|varsl|overfør|oversend|videresend|returner|rapporter|formidl)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?til\\s+\\p{L}`,
    'iu',
  ),
  // Only in a case: "Papir benyttes bare når de elektroniske løsningene er nede".
  new RegExp(
    `${WORD_START}(?:bare|berre|kun|utelukkende)\\s+(?:når|dersom|om|ved|i\\s+de\\s+tilfellene)${WORD_END}`,
    'iu',
  ),
];

// A thing done by the way a rule says, in the present active: "Testene følger sjekklisten", "Varslingen
// skjer etter rutinen". Not "følger av" (follows from) or "følger med" (comes with). A thing that
// "skjer" or "foregår" with a when or a how is done so too: "Varslinga skjer via e-post til …".
const HAPPENS = /^\s*(?:skjer|foregår|går\s+føre\s+seg)\s/iu;
const BY_RULE = new RegExp(
  `^\\s*(?:følger|følgjer|skjer|foregår)\\s+(?!av\\s|med\\s)(?:(?:etter|i\\s+samsvar\\s+med|i\\s+tråd\\s+med)\\s+)?(?:\\p{L}+\\s+){0,2}?${NORM}`,
  'iu',
);

// By whom or to whom: a party, a shared body or a role after "av", "til", "mellom" or "hos" ("… av
// sekretariatet", "… til avsenderen", "… mellom partene", "… hos begge partar", "… av den som mottar dem"). Not any person: "Meldingane blir
// lesne av helsepersonell" tells who reads them.
const PERSON_AFTER =
  /(?<![\p{L}])(?:av|til|mellom|hos)\s+(?:(?:den|det|dei|de|begge|alle|hver|kvar)\s+(?:andre\s+)?)?(\p{L}[\p{L}-]*)/giu;
// Where, on a party's or a shared body's own place, named by its genitive ("… blir kunngjort på
// helsefellesskapets nettside", "… vert lagt ut på kommunens heimeside"): the one whose place it is
// puts it there, as "på nettsida til helsefellesskapet" says with «til» (PERSON_AFTER). A new place is one more word.
const OWN_PLACE =
  /(?<![\p{L}])(?:på|i)\s+(\p{L}[\p{L}-]*s)\s+(?:nett|heime|hjemme|intra)?(?:side|sida|sider|sidene|sted|stad|portal|portalen|nett|nettet)(?![\p{L}])/iu;
const ROLE_AFTER = /(?<![\p{L}])(?:av|til|mellom|hos)\s+(?:den|dei|de)\s+som\s/iu;
// An adjective before the party or body: "… av strategisk samarbeidsutval", "… til det regionale
// fagrådet", "… av felles fagråd". A party's own word in that form («kommunale») is the party, not an
// adjective before it.
const ADJECTIVE = /^(?:\p{Ll}+(?:isk|iske|ig|ige|lig|lige|leg|lege|al|ale|alt|elt|iv|ive|ivt)|felles)$/u;
const ADJECTIVES = 2;

/** The words of a phrase past up to two adjectives before its noun ("strategisk samarbeidsutval" → "samarbeidsutval"). */
export function pastAdjectives(text: string, patterns: PartyPatterns): string {
  let rest = text.trimStart();
  for (let n = 0; n < ADJECTIVES; n += 1) {
    const word = /^(\p{L}+)\s+(?=\p{L})/u.exec(rest);
    if (!word || !ADJECTIVE.test(word[1]!) || namedParties(word[1]!, patterns)) break;
    rest = rest.slice(word[0].length);
  }
  return rest;
}
// On an occasion: "… blir oppdatert ved endringar i lov", "… sendes ved utskriving"; not a place ("ved
// sjukehuset"), a means ("ved bruk av", "ved produksjon") or a need ("ved behov"). «Når» the occasion
// has come or gone says when as «ved» does: "… blir sende når feilen er retta", "… når stansen er over"
// (where "… når behandlingen er avslutta" tells how a patient's stay goes). A new occasion is one more word.
const OCCASION = new RegExp(
  `${WORD_START}(?:ved|når)\\s+(?:\\p{L}+\\s+)?(?:${words('endring feil nedetid driftsstans stans brot brudd avvik utskriv utskrivning utskriving innlegg innleggelse overgang oppstart oppgradering versjonsbytte skifte bytte')})\\p{L}*`,
  'iu',
);
// «Når» a stopped thing works again is an occasion too: "… sendes når forbindelsen er oppe igjen", "…
// når tenaren verkar att", "… når systemet er i drift igjen" (where "… når pasienten er frisk igjen"
// tells how a stay goes).
const RESTORED =
  /(?<![\p{L}])når\s+(?:\p{L}+\s+){1,3}?(?:(?:er|blir|vert)\s+(?:i\s+drift|oppe|tilgjengelig|tilgjengeleg|i\s+orden)|virker|verkar|fungerer|fungerar)\s+(?:igjen|att)(?![\p{L}])/iu;
// After a step of a party or a role: "… slettes når avsenderen har bekreftet feilen", "… når kommunen har
// godkjent planen": one party's step, then the next, a procedure between them (the noun is checked in
// regulates()).
const AFTER_STEP =
  /(?<![\p{L}])når\s+(?:(?:den|dei|de|begge|ein|en|kvar|hver)\s+)?(\p{L}[\p{L}-]*)\s+(?:har|hev)\s+\p{L}/iu;

// «Ved behov»: a possibility, not a duty ("Dialogmøter holdes ved behov", "Ved behov kalles det inn …").
const IF_NEEDED =
  /(?<![\p{L}])(?:ved\s+behov|etter\s+behov|om\s+nødvendig|om\s+naudsynt|dersom\s+det\s+er\s+behov|når\s+det\s+er\s+behov|ved\s+ønske|om\s+ønskelig|om\s+ønskeleg|(?:når|der|dersom|om)\s+det\s+er\s+(?:hensiktsmessig|tenleg|formålstjenlig|føremålstenleg|ønskelig|ønskeleg|mulig|mogleg))(?![\p{L}])/iu;
// Words that make a sentence report what usually happens, or how much, rather than lay down what is done
// ("Det blir sendt om lag 3000 meldingar kvar veke").
const USUALLY =
  /(?<![\p{L}])(?:i\s+dag|vanligvis|vanlegvis|som\s+regel|stort\s+sett|de\s+fleste|dei\s+fleste|om\s+lag|omtrent|cirka|ca\.|anslagsvis)(?![\p{L}])/iu;
// A volume, counted loosely: "… om flere tusen pasienter", "hundrevis av meldingar", "fleire hundre
// tilvisingar i månaden". A duty counts exactly, where it counts at all.
const VOLUME =
  /(?<![\p{L}])(?:(?:flere|fleire|mange|noen|nokre|nokon|et\s+par|eit\s+par|over|nesten|snart)\s+(?:hundre|tusen|titusen|hundretusen)|(?:hundre|tusen|titusen)vis)(?![\p{L}])/iu;

// Not until a condition is met: "Ingen ny versjon blir sett i drift før partane har testa han", "Endringer
// tas ikke i bruk før …". A prohibition with the condition that lifts it is a standing rule; "før"
// alone tells an order of things.
const NOT_BEFORE = /(?<![\p{L}])(?:ikke|ikkje|ingen|inga|ingi|aldri)(?![\p{L}])[^.;:]*?(?<![\p{L}])før(?![\p{L}])/iu;
// What a party or a shared body approves or decides, as the way a thing is done: "… dokumentert i ein
// rapport som begge partar godkjenner", "… etter ein plan som fagrådet vedtek", at the end of the
// sentence (a relative clause of the subject, "Løysinga som kommunen har avtalt med …, blir brukt …",
// says which thing). And what the parties receive, as to whom it goes: "… ført i ein testrapport som
// alle partane får", "… i et referat som begge parter mottar". The approver or receiver is checked in
// regulates(). A new verb is one more row.
const BY_PARTY_AT_END = (verbs: string) =>
  new RegExp(`${WORD_START}som\\s+((?:\\p{L}+\\s+){1,3}?)(?:har\\s+|skal\\s+|må\\s+)?(?:${verbs})\\s*[.;]?\\s*$`, 'iu');
const APPROVED_BY = BY_PARTY_AT_END(
  words(
    'godkjenner godkjenn godkjent godkjend vedtar vedtek vedtatt vedteke avtaler avtalar avtalt fastsetter fastset fastsett bestemmer',
  ),
);
const RECEIVED_BY = BY_PARTY_AT_END(
  `${words('får fått mottar mottek mottatt motteke')}|(?:tar|tek)\\s+imot|får\\s+(?:tilsendt|tilsend|kopi)`,
);

/** Whether a sentence says when, how, by whom or to whom something is done: a procedure, where it has no party. */
export function regulates(text: string, patterns: PartyPatterns): boolean {
  if (deadlineIn(text) !== null) return true;
  if ([...WHEN, ...HOW].some((pattern) => pattern.test(text))) return true;
  if (MONTH.test(text) && (STRETCH.test(text) || NEGATION.test(text))) return true;
  if (NOT_BEFORE.test(text)) return true;
  const approver = APPROVED_BY.exec(text)?.[1] ?? RECEIVED_BY.exec(text)?.[1];
  if (approver && namedParties(approver, patterns)) return true;
  if (ROLE_AFTER.test(text)) return true;
  const owner = OWN_PLACE.exec(text)?.[1];
  if (owner && namedParties(owner, patterns)?.start === 0) return true;
  const stepper = AFTER_STEP.exec(text)?.[1];
  if (stepper && (namedParties(stepper, patterns) || isRoleNoun(stepper))) return true;
  for (const match of text.matchAll(PERSON_AFTER)) {
    const noun = /^\p{L}[\p{L}-]*/u.exec(
      pastAdjectives(text.slice(match.index + match[0].length - match[1]!.length), patterns),
    )![0];
    if (namedParties(noun, patterns) || isRoleNoun(noun)) return true;
    // Between persons too: "… blir avtalte mellom behandlarane".
    if (/^mellom/iu.test(match[0]) && isActorNoun(noun)) return true;
  }
  return OCCASION.test(text) || RESTORED.test(text);
}

/** Whether a sentence only allows a thing («ved behov») or reports what usually happens: no duty without a modal. */
export const possibilityOrHabit = (text: string) => IF_NEEDED.test(text) || habit(text);

// The need right after the modal, before its verb: "Fagrådet kan ved behov kalle inn …".
const NEEDED_FIRST = new RegExp(`^\\s*${IF_NEEDED.source}`, 'iu');

/** Whether a modal's verb is qualified by a need, in front of it: "Ved behov kan …", "… kan ved behov kalle inn …". */
export const neededFirst = (before: string, after: string) => IF_NEEDED.test(before) || NEEDED_FIRST.test(after);

/** Whether a sentence reports what usually happens or how much («i dag», «som regel», «flere tusen»): a fact, even with a party as subject. */
export const habit = (text: string) => USUALLY.test(text) || VOLUME.test(text);

// The rules of another agreement or of the law, only referred to: "Oppseiing skjer etter reglane i
// samarbeidsavtalen", "Oppsigelse følger reglene i avtalen", "… skjer etter bestemmelsene i loven". The sentence says where the rule is and
// binds no one to anything here (a dispute settled so, or the agreement's upkeep, is a duty: reading.ts).
const RULES = `(?:regl|regel|bestemmels|føresegn)\\p{L}*`;
const ANOTHER_TEXT = `(?:\\p{L}*avtal|lov|forskrift)\\p{L}*`;
const REFERENCE = new RegExp(
  // «følger» may take the rules straight: "Oppsigelse følger reglene i samarbeidsavtalen".
  `^\\s*(?:(?:følger|følgjer)\\s+(?:(?:etter|i\\s+samsvar\\s+med|i\\s+tråd\\s+med|i\\s+henhold\\s+til)\\s+)?|(?:skjer|foregår|går\\s+føre\\s+seg)\\s+(?:etter|i\\s+samsvar\\s+med|i\\s+tråd\\s+med|i\\s+henhold\\s+til)\\s+)` +
    // "reglane i samarbeidsavtalen", "reglene om tvisteløsning i avtalen", "samarbeidsavtalens bestemmelser"
    `(?:${RULES}\\s+(?:(?:for|om)\\s+\\p{L}+\\s+)?i\\s+(?:\\p{L}+\\s+)?${ANOTHER_TEXT}|${ANOTHER_TEXT}s\\s+${RULES})`,
  'iu',
);

/** Whether the words after a thing as subject say it is done by a rule: "følger sjekklisten", "skjer etter rutinen", "skjer via e-post til …" (a dispute or the agreement's upkeep also by another text's rules). */
export const byRule = (after: string, patterns: PartyPatterns, bindsAnyway = false) =>
  (bindsAnyway || !REFERENCE.test(after)) &&
  (BY_RULE.test(after) || (HAPPENS.test(after) && regulates(after, patterns)));

// Documents whose writer the health services know, so a sentence about one without a party is its
// writer's: the hospital trust writes the epicrisis and says a patient is ready to go home; the
// municipality writes the report on admission. A new document is one more row.
const DOCUMENT_START = '^(?:ei\\s+|en\\s+|den\\s+)?';
const WRITERS: ReadonlyArray<[RegExp, Party]> = [
  [
    new RegExp(
      `${DOCUMENT_START}(?:sykepleie|sjukepleiar)?(?:epikrise|utskrivingsrapport|utskrivningsrapport|utskrivingsmelding|utskrivningsmelding)`,
      'iu',
    ),
    'helseforetak',
  ],
  [new RegExp(`${DOCUMENT_START}(?:melding\\s+om\\s+)?(?:utskrivningsklar|utskrivingsklar)`, 'iu'), 'helseforetak'],
  [new RegExp(`${DOCUMENT_START}(?:innleggelses|innleggings)(?:rapport|melding)`, 'iu'), 'kommune'],
  [/^helseopplysning\p{L}*\s+ved\s+(?:innleggelse|innlegging)/iu, 'kommune'],
];

// What is written in a document: "Opplysningar om utstyret skal stå i utskrivingsmeldinga".
const WRITTEN_IN =
  /(?<![\p{L}])(?:stå|står|skrivast|skrives|førast|føres|takast\s+med|tas\s+med)\s+(?:\p{L}+\s+){0,2}?i\s+/iu;

/** The party that writes the document a sentence opens with ("Epikrisen skal foreligge …"), or that a thing is written in, or null. */
export function writerOf(sentence: string): Party | null {
  const text = sentence.trim();
  const opening = WRITERS.find(([document]) => document.test(text))?.[1];
  if (opening) return opening;
  const written = WRITTEN_IN.exec(text);
  if (!written) return null;
  const rest = text.slice(written.index + written[0].length);
  return WRITERS.find(([document]) => document.test(rest))?.[1] ?? null;
}
