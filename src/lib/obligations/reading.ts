import type { Modality, Party } from '../model/types.ts';
import { isActorNoun, isRoleNoun, namedParties, partyOf, type PartyPatterns } from './parties.ts';
import { byRule, possibilityOrHabit, regulates, writerOf } from './procedures.ts';

// How the register reads one sentence: who it obliges and how, or that it obliges no one. Pure
// rules over words, table-driven: a new way of writing a duty is one more row in a table below,
// never a rule for one guideline. Three ways an agreement states a duty, tried in this order:
//
// 1. a modal expression ("skal", "må", "forplikter seg til", "det forutsettes at", "bør", "kan");
// 2. the present tense with a party as subject ("Partene følger …", "Ved nedetid varsler den parten …");
// 3. a present passive ("Avvik registreres …", "Opplæring vert gitt …") in a clause that binds a party,
//    with a party as its agent ("… godkjennes av begge parter"), after an opening phrase of time or
//    circumstance ("Medan stansen varer, blir …"), or where it says when, how, by whom or to whom the
//    thing is done: a procedure the agreement lays down (procedures.ts).
//
// A sentence that describes the world ("Meldingsutvekslingen foregår kryptert", "Fagrådet har møte
// kvar tredje veke") has no such reading and is not a duty. The party words are in parties.ts, the
// deadlines in deadlines.ts, the sentence splitting in sentences.ts, and a sentence of two main
// clauses with a party each in conjuncts.ts.

// Modal expressions, longest first, Bokmål and Nynorsk. A new expression is one more row.
const MODALS: ReadonlyArray<[string, Modality]> = [
  ['forplikter seg til', 'plikt'],
  ['forpliktar seg til', 'plikt'],
  ['forpliktet seg til', 'plikt'],
  ['forplikta seg til', 'plikt'],
  ['er forpliktet til', 'plikt'],
  ['er forplikta til', 'plikt'],
  ['er ansvarlig for', 'plikt'],
  ['er ansvarleg for', 'plikt'],
  ['er ansvarlige for', 'plikt'],
  ['er ansvarlege for', 'plikt'],
  ['har som oppgave å', 'plikt'],
  ['har som oppgåve å', 'plikt'],
  ['ser til at', 'plikt'],
  ['har et gjensidig ansvar for', 'plikt'],
  ['har eit gjensidig ansvar for', 'plikt'],
  ['har gjensidig ansvar for', 'plikt'],
  ['er selv ansvarlig for', 'plikt'],
  ['er sjølv ansvarleg for', 'plikt'],
  ['har et felles ansvar for', 'plikt'],
  ['har eit felles ansvar for', 'plikt'],
  ['har felles ansvar for', 'plikt'],
  ['har et særlig ansvar for', 'plikt'],
  ['har eit særleg ansvar for', 'plikt'],
  ['har hovedansvaret for', 'plikt'],
  ['har hovudansvaret for', 'plikt'],
  ['har hovedansvar for', 'plikt'],
  ['har hovudansvar for', 'plikt'],
  ['har ansvar for', 'plikt'],
  ['har ansvaret for', 'plikt'],
  ['tar ansvar for', 'plikt'],
  ['tek ansvar for', 'plikt'],
  ['har plikt til', 'plikt'],
  // The duty of the sentence before, for another party: "Kommunane har same plikt overfor sjukehuset".
  ['har samme plikt', 'plikt'],
  ['har same plikt', 'plikt'],
  ['har tilsvarende plikt', 'plikt'],
  ['har tilsvarande plikt', 'plikt'],
  ['har samme ansvar', 'plikt'],
  ['har same ansvar', 'plikt'],
  ['påtar seg å', 'plikt'],
  ['påtek seg å', 'plikt'],
  // Takes it on («Kommunen tar på seg å …»), and is bound by a rule («Partene er bundet av Normen»).
  ['tar på seg å', 'plikt'],
  ['tek på seg å', 'plikt'],
  ['er bundet av', 'plikt'],
  ['er bundne av', 'plikt'],
  ['er bunden av', 'plikt'],
  ['er enige om', 'plikt'],
  ['er enig om', 'plikt'],
  ['er samde om', 'plikt'],
  ['er samd om', 'plikt'],
  // Impersonal duty verbs: the one obliged follows ("Det påligger kommunen å …", "Det forutsettes at partene …").
  ['det vert kravd', 'plikt'],
  ['det blir krevd', 'plikt'],
  ['det kreves', 'plikt'],
  ['det krevst', 'plikt'],
  ['det forutsettes', 'plikt'],
  ['det føresetjast', 'plikt'],
  ['det påligger', 'plikt'],
  ['det påhviler', 'plikt'],
  ['det påkviler', 'plikt'],
  ['det forventes', 'plikt'],
  ['sørger for', 'plikt'],
  ['sørgjer for', 'plikt'],
  ['syter for', 'plikt'],
  ['plikter', 'plikt'],
  ['pliktar', 'plikt'],
  ['skal', 'plikt'],
  ['må', 'plikt'],
  ['vil anbefale', 'anbefaling'],
  // Impersonal, the one it is wished of after it: "Det er ønskelig at partene tar i bruk …".
  ['det er ønskelig', 'anbefaling'],
  ['det er ønskjeleg', 'anbefaling'],
  ['anbefaler', 'anbefaling'],
  ['anbefales', 'anbefaling'],
  ['tilrår', 'anbefaling'],
  ['tilrås', 'anbefaling'],
  ['tilrådast', 'anbefaling'],
  ['oppfordres til', 'anbefaling'],
  ['oppmodast til', 'anbefaling'],
  ['blir oppfordret til', 'anbefaling'],
  ['vert oppmoda til', 'anbefaling'],
  ['bør', 'anbefaling'],
  ['har mulighet til', 'adgang'],
  ['har moglegheit til', 'adgang'],
  ['har høve til', 'adgang'],
  ['har rett til', 'adgang'],
  ['står fritt til', 'adgang'],
  ['kan', 'adgang'],
];
const MODALITY = new Map(MODALS.map(([words, modality]) => [words, modality]));
// "forplikter seg til" also with the subject inside it: "Gjennom denne avtalen forplikter partnerne seg til å …".
const modalSource = (words: string) => words.replace(/ seg /, ' (?:(\\p{L}+)\\s+)?seg ').replace(/ /g, '\\s+');
const MODAL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MODALS.map(([words]) => modalSource(words)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Whether a text has a modal expression anywhere. */
export const hasModal = (text: string) => [...text.matchAll(MODAL_PATTERN)].length > 0;

// Words before a modal that make it part of a subordinate clause ("meldinger som skal brukes",
// "Målsettingen er at … skal være"): such a modal describes, it does not oblige.
const SUBORDINATE_BEFORE =
  /(?<![\p{L}])(?:som|der|at)(?:\s+(?:ikke|ikkje|alltid|også|òg|ofte|bare|berre|kun|normalt))?\s*$/iu;
const SUBORDINATE_AT = /(?<![\p{L}])at(?![\p{L}])/iu;
// Words that open a subordinate clause: a verb after one of them is not the sentence's own.
const SUBORDINATORS =
  /(?<![\p{L}])(?:som|at|der|når|dersom|hvis|viss|fordi|mens|hvilke|hvilken|hvilket|kva|hva|korleis|hvordan|kven|hvem)(?![\p{L}])/iu;
// Conjunctions that open a sentence with a subordinate clause (a condition, a time, a cause): its main
// clause starts after the comma, its verb first ("Dersom …, sender kommunen …", "Inntil feilen er
// retta, nyttar partane …", "Så snart tenesta er oppe, varslar sjukehuset …"). A new one is one more row.
const FRONTED_CONJUNCTIONS = [
  'dersom',
  'om',
  'når',
  'hvis',
  'viss',
  'før',
  'etter at',
  'så lenge',
  'mens',
  'medan',
  // Until, as soon as, since, though, unless.
  'inntil',
  'fram til',
  'frem til',
  'så snart',
  'så fort',
  'straks',
  'idet',
  'fordi',
  'ettersom',
  'selv om',
  'sjølv om',
  'med mindre',
];
const CONDITION_START = new RegExp(`^(?:${FRONTED_CONJUNCTIONS.join('|')})(?![\\p{L}])`, 'iu');
// Those of them that say when or while: a passive after one sets a procedure (SITUATION_START).
const UNTIL_START = /^(?:inntil|fram\s+til|frem\s+til|så\s+snart|så\s+fort|straks)(?![\p{L}])/iu;

// What the parties do to the agreement itself, in the passive after a modal: with the document as
// subject it is still their duty ("Retningslinja skal reviderast kvart tredje år", "Avtalen skal
// evalueres …"), where "Retningslinjen skal bidra til …" states a purpose. A new verb is one more row.
const UPKEEP_VERBS =
  'revider evaluer gjennomgå oppdater godkjen forny vurder behandl handsam signer underskriv forankr publiser';
const UPKEEP_STEM = new RegExp(`^(?:${UPKEEP_VERBS.split(' ').join('|')})\\p{L}*$`, 'iu');
const UPKEEP_PASSIVE = new RegExp(
  `^\\s*(?:(?:også|derfor|alltid|minst|årlig|årleg)\\s+)?(?:${UPKEEP_VERBS.split(' ').join('|')})n?(?:es|ast|s)(?![\\p{L}])`,
  'iu',
);
// "kan sies opp med seks måneders varsel": the way an agreement states how it ends or changes. The
// notice binds whoever uses the right, so the sentence is the parties' right (adgang), with no party
// named; without a notice a passive "kan" gives the right to no one ("Tilbudet kan omfatte …").
const NOTICE =
  /^\s*\p{L}+(?:es|s|ast)(?:\s+opp)?\s+(?:\p{L}+\s+){0,4}?med\s+(?:\S+\s+){0,3}?(?:varsel|frist|oppsigelsesfrist|oppseiingsfrist|oppsigelsestid|oppseiingstid)(?![\p{L}])/iu;

/** Whether the words after a modal state a procedure on the agreement: its upkeep, or a right with a notice. */
const procedure = (after: string, modality: Modality) =>
  UPKEEP_PASSIVE.test(after) || (modality === 'adgang' && NOTICE.test(after));

// Subjects whose modal is a statement of purpose or a description of the world, not a duty of a party.
const DOCUMENT_SUBJECT =
  /^(?:denne |dette |den |det )?(?:retningslinj|samarbeidsprosedyre|samhandlingsprosedyre|\p{L}*avtal|handlingsplan|vedlegg|målsetting|målsetjing|formål|føremål)\p{L}*/iu;
const THIRD_PARTY =
  /^(?:den |det |de )?(?:stortinget|departementet|helsedirektoratet|direktoratet|leverandør\p{L}*|norsk helsenett|nhn|myndighet\p{L}*|staten)(?![\p{L}])/iu;
// A thing done on a third party's plan is the third party's doing: "Fagsystema vert oppdaterte etter planen til leverandøren".
const THIRD_PARTY_PLAN =
  /(?<![\p{L}])(?:etter(?!\s+at\s)|i\s+tråd\s+med|i\s+samsvar\s+med)\s+(?:\p{L}+\s+){0,3}?(?:til\s+)?leverandør\p{L}*/iu;
const THIRD_PARTY_AGENT =
  /^\s*\p{L}+s\s+av\s+(?:stortinget|departementet|helsedirektoratet|direktoratet|leverandør\p{L}*|staten)(?![\p{L}])/iu;
const PURPOSE_VERB =
  /^\s*(?:(?:også|òg|videre|vidare|derfor|difor|dessuten)\s+)?(?:det\s+)?(?:bidra|bidra til|gi|øke|auke|tydeliggjøre|tydeleggjere|sikre|understøtte|fremme|styrke|gjøre|gjere)(?![\p{L}])/iu;
const EXPLETIVE = /^(?:det|dette|ein|en|man|følgende|følgande)$/iu;
// Words that join a second main clause to the first ("Avtalen er gjeldande og skal …").
const COORDINATED = /(?<![\p{L}])(?:og|men|eller|samt)(?![\p{L}])/iu;
// A party told, after its modal: "… skal kommunen få beskjed", "Sykehuset skal bli varsla …". The duty is
// the teller's (teller()). Not «motta», «ta imot»: "Kommunen skal ta imot meldingane elektronisk" is the
// municipality's own duty. A new word is one more row.
const TOLD = new RegExp(
  `^\\s*(?:(?!(?:å|at|og|for|som)\\s)\\p{L}+\\s+){0,3}?(?:få\\s+(?:\\p{L}+\\s+)?(?:${'beskjed melding varsel informasjon kopi svar tilbakemelding orientering'.split(' ').join('|')})|(?:bli|verte)\\s+(?:${'varslet varsla informert orientert kontaktet kontakta'.split(' ').join('|')}))(?![\\p{L}])`,
  'iu',
);
const told = (after: string) => TOLD.test(after);
const TOLD_BY = /(?<![\p{L}])(?:fra|frå)\s+(?:(?:den|det|dei|de|begge|hver|kvar)\s+(?:andre\s+)?)?(\p{L}+)/iu;
// A document the parties are to make under this one ("Tilleggsavtalen skal følgje …", "Ein eigen
// databehandlaravtale skal beskrive …"), not this text or the agreement it is part of; and the verbs
// that say what such a document must follow or say.
const SUPPLEMENT =
  /^(?:den\s+|denne\s+|ein\s+|en\s+|ei\s+|eit\s+|et\s+)?(?:(?:egen|eigen|eiga|eige|eget|ny|nye|lokal|lokale|skriftlig|skriftleg)\s+)?(?:tilleggs|sær|under|databehandler|databehandlar|tjeneste|teneste|lokal)avtal\p{L}*/iu;
const CONTENT_VERB =
  /^\s*(?:(?:også|òg|alltid)\s+)?(?:følge|følgje|beskrive|skildre|inneholde|innehalde|angi|gi\s+opp|gje\s+opp|regulere|omtale|avklare|fastsette|fastsetje)(?![\p{L}])/iu;
// Pronouns that take the actor of the sentence before ("Kommunene utpeker … De gir …").
const PRONOUN = /^(?:de|dei|disse|desse)$/iu;
// Words that open a sentence without being its subject ("Ved mottak av melding skal …", "Dessuten skal foretaket …").
const ADVERBIAL_START = new RegExp(
  `^(?:likeledes|likeins|deretter|ved|i|for|etter|med|under|dessuten|derfor|også|videre|samtidig|innen|innan|til|på|av|fra|frå|gjennom|utover|${FRONTED_CONJUNCTIONS.join('|')})(?![\\p{L}])`,
  'iu',
);
const PASSIVE_VERB = /^\s*(?:(?:også|derfor|alltid|kun|bare|i fellesskap)\s+)?\p{L}{2,}(?:es|s|ast)(?![\p{L}])/u;

// The present tense after a party subject says what the party does, except for these verbs that
// say what is ("Partene er …", "Kommunen mottar …", "Fagrådet har møte …").
const DESCRIBING_VERBS = new Set(
  'beslutter bestemmer avgjør vedtar er blir vert består omfatter omfattar gjelder gjeld utgjør utgjer inngår erfarer erfarar opplever mener meiner ønsker ønskjer ligger ligg foregår skjer kommer kjem får mottar tek tar eier eig trenger treng ser vet veit kan'.split(
    ' ',
  ),
);
// A verb that says what is becomes an action with these words after it: "Partene tar i bruk …",
// "Kommunen tek kontakt med …". A new phrase is one more row.
const ACTION_PHRASES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:tar|tek)$/u, /^(?:\S+\s+){0,2}?(?:i bruk|kontakt|initiativ|opp)(?![\p{L}])/u],
];
// Words between a subject and its verb ("Partene også følger …").
const ADVERBS = new Set('også selv sjølv alltid derfor dessuten normalt sammen'.split(' '));
const NOT_VERBS = new Set('eller over under etter her der når før mer meir hver kvar for andre fra nær enn'.split(' '));
// Nynorsk strong verbs have no -r in the present: "Sjukehuset held kurs …".
const PRESENT_VERB = /^(?:\p{Ll}{2,}(?:er|ar|r)|held|gjev)$/u;
// "har" is a duty with a participle ("Partene har etablert rutiner"), a description with a noun ("har møte").
const PARTICIPLE = /^\p{Ll}{3,}(?:et|t|tt|d|dd)$/u;
// … except a noun for an arrangement a party keeps for the other: "Kvar part har eit kontaktpunkt …",
// "Kommunen har en vaktordning …", "Sykehuset har faste rutiner for …" say what each party provides, as
// "skal ha" would. Any other noun describes ("Partene har møte …", "Kommunen har ulike fagsystemer").
// A new arrangement is one more row.
const ARRANGEMENTS: ReadonlyArray<RegExp> = [
  /^kontakt(?:punkt|person|telefon)\p{L}*$/u,
  /^\p{L}*rutin(?:e|er|ar|ene|ane)$/u,
  /^\p{L}*prosedyr(?:e|er|ar|ene|ane)$/u,
  /^[\p{L}-]*vakt(?:ordning\p{L}*|telefon\p{L}*|a|en)?$/u,
  /^\p{L}*beredskap\p{L}*$/u,
  /^(?:\p{L}*koordinator|superbruk\p{L}*|ansvarle?g|ansvarlige|ansvarlege)$/u,
];
// Words that may stand between "har" and the arrangement ("har eit eige kontaktpunkt"); words that make
// it a description ("Partene har ulike rutiner", "… har ingen vaktordning").
const HAR_WORDS = 3;
const DESCRIBING_QUANTIFIERS = new Set(
  'ulike ulik forskjellige forskjellege mange fleire flere ingen inga inkje'.split(' '),
);
// A party taken one by one ("Hver part", "Kvar kommune", "Begge partar", "Hver av partene", "Den enkelte
// kommune"; also after an inverted «har»: "I tillegg har hver part …") that «har»
// something indefinite states what each must have, as «skal ha» would: "Hver part har en
// driftsansvarlig som …", "Begge partar har eit testmiljø …". "Partene har ulike systemer" (no party one
// by one, no article) and "Utvalget har fem medlemmer" (a body, a number) describe. Not a body's seats,
// a vote or a right, nor a copy of the agreement: what makes up a body or is given, not kept. A new
// word is one more row.
const DISTRIBUTIVE = /^(?:hver|hvert|kvar|kvart|begge|den\s+enkelte|den\s+einskilde)(?![\p{L}])/iu;
// An adverb may stand before «har» or between it and its object ("har i tillegg en …", "har dessutan ei …").
const HAVE_ADVERB = '(?:også|òg|alltid|minst|dessuten|dessutan|derfor|difor|i\\s+tillegg|fortsatt|framleis)';
const INDEFINITE_HAVE = new RegExp(
  `^\\s*(?:${HAVE_ADVERB}\\s+)?har\\s+(?:${HAVE_ADVERB}\\s+){0,2}(?:en|ein|ei|et|eit|ett|eitt|én|éin)\\s+([^,.;:]*)`,
  'iu',
);
const NOT_KEPT =
  /^(?:\p{L}*(?:representant|medlem|stemme|røyst|sete|eksemplar)|rolle|plass|kopi|rett|rettighet|mulighet|moglegheit|høve|anledning|interesse|behov|erfaring|røynsle|utfordring|fordel|ulempe)(?:e|en|er|ene|a|ar|ane|et)?$/iu;
// The object's words up to its relative clause or complement: "en driftsansvarlig som …", "eit eige testmiljø for …".
const OBJECT_WORDS = 3;
const OBJECT_END = /^(?:som|der|for|i|med|på|til|hos|hjå|og|eller)$/u;

/** Whether a distributive party subject «har» an indefinite thing it keeps ("Hver part har en kontaktperson …"). */
function keepsOne(subject: string, rest: string): boolean {
  const object = DISTRIBUTIVE.test(subject) ? INDEFINITE_HAVE.exec(rest)?.[1] : undefined;
  if (!object) return false;
  const list = bareWords(words(object));
  const end = list.findIndex((word) => OBJECT_END.test(word));
  const head = list.slice(0, Math.min(OBJECT_WORDS, end < 0 ? list.length : end));
  return head.length > 0 && !head.some((word) => NOT_KEPT.test(word));
}

// A present passive: "-es" / "-ast", or "vert"/"blir" with a participle. Not deponents or adjectives.
const PASSIVE_FORM = /^\p{Ll}{3,}(?:es|ast)$|^\p{Ll}{4,}ås$/u;
const NOT_PASSIVE = new Set(
  'felles deres hennes dennes hverandres møtes finnes synes trengs lykkes kjennes behøves kontrast vises henvises visast tilvisast'.split(
    ' ',
  ),
);
const PASSIVE_AUXILIARY = /^(?:vert|blir)$/u;
// Passives too short for the pattern above: "Opplysningane gis over telefon".
// "Sekretariatet ivaretas av …", "Vedtak foretas …" ("antas" says what is assumed).
const SHORT_PASSIVES = new Set('gis tas fås nås ses sees ivaretas foretas vedtas overtas'.split(' '));
// How far into a clause its passive verb is looked for: after a subject, or after an opening phrase.
const SUBJECT_WINDOW = 10;
const ADVERBIAL_WINDOW = 12;
// A present verb first in a sentence opens a condition ("Mottar noen …, returneres …", "Lykkes ikke det, …").
const VERB_FIRST = /^(?:\p{Ll}{2,}(?:er|ar|r|es|s)|kjem|tek|gjer|held|gjev)$/u;
const PASSIVE_PARTICIPLE = /^\p{Ll}{3,}(?:et|t|tt|d|dd|de|te|ne|en|ast)$/u;
// The Nynorsk participle in -a, right after "vert"/"blir" only ("Møta vert leia av …"): further on, a
// word in -a is as likely a noun ("meldinga").
const A_PARTICIPLE = /^\p{Ll}{3,}a$/u;
const AGENT = /(?<![\p{L}])av\s+(?:begge\s+|hver\s+av\s+|en\s+|ei\s+|et\s+|ein\s+|eit\s+)?/iu;
// Words that may stand between an inverted "blir"/"vert" and its participle: the subject ("Medan
// stansen varer, blir viktige opplysningar gitt …").
const INVERTED_SUBJECT_WORDS = 3;
// … and with a relative clause of its own: "Når feilen er retta, blir meldingar som har hopa seg opp sende …".
const INVERTED_RELATIVE_WORDS = 7;
// A passive after an opening phrase of time or circumstance says what is done then: a procedure the
// agreement sets, which binds the parties even where the clause names none ("Ved nedetid varsles …",
// "Medan stansen varer, blir opplysningar gitt …", "I sommarferien gjennomførast ingen oppgraderingar").
// Without one a passive narrates or describes ("Resultatet dokumenteres", "Utkastet blir lagt fram …").
// A new opening is one more row.
const SITUATION_START: ReadonlyArray<RegExp> = [
  /^(?:ved|under|mens|medan|så\s+lenge|når|dersom|hvis|viss|om|før|etter|innen|innan)(?![\p{L}])/iu,
  UNTIL_START,
  // "i" with a stretch of time: "I sommerferien", "I skolenes sommerferie", "I perioden før …"; not "I dag", "I Noreg".
  /^i\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:ferie|ferien|periode|perioden|tida|tiden|helg|helga|helgen|høytid\p{L}*|høgtid\p{L}*|månad\p{L}*|måned\p{L}*)(?![\p{L}])/iu,
];
// A passive between the parties is a procedure wherever it stands: "… blir sendt til den andre parten",
// "… utveksles mellom partene og hverandre". A new phrase is one more row.
const RECIPROCAL =
  /(?<![\p{L}])(?:den\s+andre\s+parten?s?|motparten|hverandre|kvarandre|den\s+andre\s+parts)(?![\p{L}])/iu;
// A dispute resolved by a rule: "Uenighet om avtalen løses etter …", "Usemje blir løyst i …".
const DISPUTE_SUBJECT = /^(?:uenighet|usemje|usemja|tvist\p{L}*)(?![\p{L}])/iu;
// The agreement's upkeep as a noun, a duty whatever rules it follows ("Revisjon skjer etter reglane i
// samarbeidsavtalen"), where its ending or change is a choice ("Oppseiing skjer etter …").
const UPKEEP_NOUN = /^(?:revisjon|revidering|evaluering|gjennomgang|gjennomgåing|oppdatering|rullering)(?![\p{L}])/iu;
// Words that may stand between "blir"/"vert" and its participle: "blir ikkje gjennomførte", "vert alltid sendt".
const BETWEEN_AUXILIARY = new Set('ikke ikkje alltid også òg normalt straks bare berre'.split(' '));
// An opening word before a name says where, not when: "Ved UNN brukes …", "Under Helse Nord …".
const PLACE_START = /^\p{L}+\s+\p{Lu}/u;
// What a system does by itself is no one's duty: "… sendes det automatisk ei avvisning".
const AUTOMATIC = /(?<![\p{L}])automatisk\p{L}*/iu;
// Passives that describe the text itself, whatever opens the sentence ("Under punkt 4 beskrives …").
const DESCRIBING_PASSIVES = new Set(
  'beskrives beskrivast skildrast omtales omtalast nevnes nemnast defineres definerast kalles kallast forstås forståast menes meinast regnes reknast omfattes omfattast'.split(
    ' ',
  ),
);

// A duty stated as whose responsibility it is, the one obliged between "det er" and the noun
// ("Det er sjukehuset sitt ansvar å …", "Det er kommunens ansvar å …", "Ved nedetid er det partane
// sitt felles ansvar å …"). A new way of saying it is one more row.
const RESPONSIBILITY_OF: ReadonlyArray<RegExp> = [
  /(?<![\p{L}])(?:det\s+er|er\s+det)\s+(?<who>(?:\S+\s+){0,4}?\S+)\s+(?:sitt|sine|si)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave|plikt)\s+(?:å|at)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:det\s+er|er\s+det)\s+(?<who>(?:\S+\s+){0,4}?\S+s)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave|plikt)\s+(?:å|at)(?![\p{L}])/iu,
];
// The same with the duty first, where the one obliged must be a party it names: "Opplæring av eigne
// tilsette er kvar part sitt ansvar.", "Drift av meldingstjeneren er sykehusets ansvar.", "Ansvaret for
// adresseregisteret ligg hjå kommunane.", "Driftsansvaret ligger hos SiV."
const RESPONSIBILITY_OF_PARTY: ReadonlyArray<RegExp> = [
  /(?<![\p{L}])er\s+(?<who>(?:\S+\s+){0,3}?\S+)\s+(?:sitt|sine|si)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave)(?=\s*[.;,]|\s*$)/iu,
  /(?<![\p{L}])er\s+(?<who>(?:\S+\s+){0,3}?\S+s)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave)(?=\s*[.;,]|\s*$)/iu,
  /(?<![\p{L}])\p{L}*ansvar\p{L}*\s+(?:for\s+[^.;]*?\s+)?ligg(?:er)?\s+(?:hjå|hos)\s+(?<who>(?:\S+\s+){0,3}?\S+?)[.,;]?(?=\s|$)/iu,
];
// A subject that is a role, not a party: whichever party does the thing ("Den som sender ei melding, skal …",
// "Dei som tek imot …"). Both parties can be that one, so the duty is shared.
const ROLE_SUBJECT = /^(?:den|dei|de)\s+som\s[^,]*?(?=,|$)/iu;

/** An actor cut inside parentheses ("samarbeidsutvalg (ASU") takes the closing one that follows. */
const closeParens = (actor: string, rest: string) =>
  (actor.match(/\(/g)?.length ?? 0) > (actor.match(/\)/g)?.length ?? 0) && rest.startsWith(')') ? `${actor})` : actor;

/** Who a sentence obliges and how. */
export interface Reading {
  actor: string | null;
  /** The party the actor names, or null when it names none (the clause's party decides). */
  party: Party | null;
  modality: Modality;
}

/** What a sentence is read with besides its words. */
export interface ReadingContext {
  patterns: PartyPatterns;
  /** Whether the clause binds a party (its heading, or an enclosing one, names it): a passive there is its duty. */
  bound: boolean;
  /** The reading of the sentence before, in the same paragraph or item: a pronoun takes its actor. */
  before: Reading | null;
}

/** Reads one sentence: who it obliges and how, or null when it obliges no one. */
export function readSentence(sentence: string, context: ReadingContext): Reading | null {
  if (/\?\s*$/.test(sentence)) return null;
  const responsibility = readResponsibility(sentence, context);
  if (responsibility) return responsibility;
  // A sentence whose only modals stand in a relative or "at"-clause ("Kvar part har ein vakt som kan
  // nåast …") is read by its own verb.
  const modal = readModal(sentence, context);
  const reading = modal !== undefined ? modal : (readPresent(sentence, context) ?? readPassive(sentence, context));
  // A document whose writer is known: "Epikrisen skal foreligge hos fastlegen …" is the hospital trust's.
  const writer = reading && reading.party === null && reading.actor === null ? writerOf(sentence) : null;
  return writer && reading ? { ...reading, party: writer } : reading;
}

/** "Det er sjukehuset sitt ansvar å …", "… er kommunens ansvar", "Ansvaret … ligg hjå …": the one obliged is named. */
function readResponsibility(sentence: string, { patterns }: ReadingContext): Reading | null {
  for (const pattern of RESPONSIBILITY_OF) {
    const who = pattern.exec(sentence)?.groups?.who;
    if (!who) continue;
    const named = namedParties(who, patterns);
    if (named) return { actor: who.slice(named.start, named.end), party: partyOf(named.parties), modality: 'plikt' };
    return { actor: isActorNoun(who) ? who : null, party: null, modality: 'plikt' };
  }
  for (const pattern of RESPONSIBILITY_OF_PARTY) {
    const who = pattern.exec(sentence)?.groups?.who;
    const named = who ? namedParties(who, patterns) : null;
    if (who && named)
      return { actor: who.slice(named.start, named.end), party: partyOf(named.parties), modality: 'plikt' };
  }
  return null;
}

/** The words a sentence's subject starts after: an opening condition up to its comma ("Om …, må …"), or nothing. */
function mainClause(text: string): { adverbial: boolean; subject: string } {
  const adverbial = ADVERBIAL_START.test(text.trim());
  return { adverbial, subject: adverbial ? text.replace(/^[^,]*,\s*/u, '').trim() : text.trim() };
}

/** The actor a pronoun subject stands for: the sentence before's, when it named a party. */
const antecedent = (subject: string, { before }: ReadingContext) =>
  PRONOUN.test(subject) && before?.party ? before : null;

/**
 * Whether the words before a modal are a main clause whose verb is «er» with nothing joined to it ("Nedetid
 * er tida ei løysing ikkje verkar som ho "): the modal is then in a clause of the predicate, not the
 * sentence's own, and with no party in that clause it obliges no one. Not after «og», «men» or a comma
 * ("Avtalen er gjeldande og skal …"), nor where «er» stands in a subordinate clause of the subject
 * ("Kommunen som er vert, skal …"), nor with a party as the clause's subject ("Dette er eit tiltak
 * partane skal gjennomføre …" is theirs).
 */
function predicateClause(subject: string, patterns: PartyPatterns): boolean {
  const clause = /^((?:[\p{L}\p{N}-]+\s+){1,4}?)(?:er|var)\s+([^,;:]*)$/iu.exec(subject);
  return (
    !!clause && !SUBORDINATORS.test(clause[1]!) && !COORDINATED.test(clause[2]!) && !namedParties(clause[2]!, patterns)
  );
}

/**
 * The parties a subject names in its head, not in its relative clause: "Lista over meldingar som går
 * mellom partane" names none, "Kommunen som sender til sjukehuset" only the municipality.
 */
function headParties(subject: string, patterns: PartyPatterns) {
  const relative = /\s(?:som|der)\s/iu.exec(subject);
  return namedParties(relative ? subject.slice(0, relative.index) : subject, patterns);
}

/**
 * The one who must tell, where the party after the modal is the one told ("… skal kommunen få beskjed"):
 * the other party the sentence names ("Når sjukehuset følgjer opp …, skal kommunen få beskjed": the
 * hospital's), else the receiver's counterpart; both where the receiver is both.
 */
function teller(receiver: Reading, sentence: string, patterns: PartyPatterns): Reading {
  // Told by someone who is no party ("… få melding frå fastlegen"): the sentence is read as before.
  const source = TOLD_BY.exec(sentence)?.[1];
  if (source && !namedParties(source, patterns)) return receiver;
  const others = [...(namedParties(sentence, patterns)?.parties ?? [])].filter(
    (party) => party !== 'felles' && party !== receiver.party,
  );
  const counterpart: Party =
    receiver.party === 'kommune' ? 'helseforetak' : receiver.party === 'helseforetak' ? 'kommune' : 'felles';
  const party = others.length === 1 ? others[0]! : others.length > 1 ? 'felles' : counterpart;
  const name = patterns
    .filter(([which]) => which === party && others.length === 1)
    .flatMap(([, pattern]) => [...sentence.matchAll(pattern)])
    .sort((a, b) => a.index - b.index)[0]?.[0];
  return { actor: name ?? null, party, modality: receiver.modality };
}

// A subject with a relative clause closed by its comma right before the modal ("Feilsendingar som kan ha
// ført til at …, skal meldast …"): an «at» in it is the relative clause's, not the sentence's.
const CLOSED_RELATIVE = /^((?:[\p{L}\p{N}-]+\s+){1,6}?)(?:som|der)\s[^,]*,\s*$/iu;

/**
 * The words before a modal that are the sentence's own clause: past an opening phrase up to its comma
 * ("For at meldingane skal kome fram, må …"), or a subject's head where its relative clause closes at
 * the comma before the modal. An «at» there makes the modal a subordinate clause's ("Målet er at …").
 */
function ownClause(before: string): string {
  const closed = CLOSED_RELATIVE.exec(before);
  return closed && !SUBORDINATORS.test(closed[1]!) ? closed[1]! : mainClause(before).subject;
}

// Words that open a clause inside a subject: a relative clause or an indirect question ("Kravene til
// hvilke standarder partene må bruke, står …", "Meldingar som kommunane skal sende, er lista i …").
const EMBEDDED_OPENER =
  /(?<![\p{L}])(?:som|der|hvilke|hvilken|hvilket|kva|kven|hva|hvem|hvor|hvordan|korleis|om|når)(?![\p{L}])/iu;
// … of them, those that open an indirect question: "Partene avtaler hvilke meldinger kommunene må …".
const QUESTION_WORD = /^(?:hvilke|hvilken|hvilket|kva|kven|hva|hvem|hvordan|korleis)$/iu;
// The sentence's own verb after such a clause: a modal, a verb in the present or the passive, or one of
// these that say where a thing is found ("… , finnes i vedlegg 3").
const FINITE_MODALS = new Set('skal må kan bør vil'.split(' '));
const WHERE_VERBS = new Set('finnes finst fins'.split(' '));

/** Whether a word after a clause's comma is the sentence's own verb: in the present, the passive, or a modal. */
const finiteVerb = (word: string) =>
  FINITE_MODALS.has(word) ||
  WHERE_VERBS.has(word) ||
  DESCRIBING_VERBS.has(word) ||
  (PASSIVE_FORM.test(word) && !NOT_PASSIVE.has(word)) ||
  (PRESENT_VERB.test(word) && !NOT_VERBS.has(word));

/**
 * Whether a modal stands in a clause embedded in the sentence, not its own: in the subject, closing at a
 * comma before the sentence's own verb ("Kravene til hvilke standarder partene må bruke, står i
 * forskriften": the verb is «står», the modal binds no one; "Meldingar som kommunane skal sende, er lista
 * i vedlegget"), or in an indirect question after a party's own verb ("Partene avtaler hvilke meldinger
 * kommunene må kunne ta imot": the parties' present tense is the duty). Not where the subject's head
 * names a party and the verb is the modal's ("Sykehuset, som kommunen skal varsle, sender …"), nor in
 * the sentence's opening clause ("Når partane skal …, varslar …").
 */
function embeddedInSubject(sentence: string, before: string, after: string, patterns: PartyPatterns): boolean {
  if (CONDITION_START.test(sentence.trim())) return false;
  const stretch = before.slice(before.lastIndexOf(',') + 1);
  const opener = EMBEDDED_OPENER.exec(stretch);
  if (!opener) return false;
  const head = before.slice(0, before.length - stretch.length + opener.index);
  if (head.trim() === '') return false;
  if (namedParties(head, patterns)) {
    const subject = QUESTION_WORD.test(opener[0]) ? partySubject(head, patterns) : null;
    return !!subject && acts(head.slice(subject.end));
  }
  const next = /^[^,.;:!?]*,\s*(\p{L}+)/u.exec(after)?.[1];
  return !!next && finiteVerb(next.toLocaleLowerCase('nb'));
}

/** A sentence with a modal expression ("Partene skal …", "Det påligger kommunen å …"); undefined when it has no modal of its own. */
function readModal(sentence: string, context: ReadingContext): Reading | null | undefined {
  const { patterns } = context;
  for (const match of sentence.matchAll(MODAL_PATTERN)) {
    const before = sentence.slice(0, match.index);
    if (SUBORDINATE_BEFORE.test(before) || SUBORDINATE_AT.test(ownClause(before))) continue;
    const after = sentence.slice(match.index + match[0].length);
    if (embeddedInSubject(sentence, before, after, patterns)) continue;
    const inside = match.slice(1).find(Boolean);
    const modality = MODALITY.get(
      match[0]
        .replace(inside ? `${inside} ` : '', '')
        .toLocaleLowerCase('nb')
        .replace(/\s+/g, ' '),
    )!;
    // A sentence that opens with a condition or an adverbial ("Om pasienten ikke tilhører kommunen, må …")
    // has its subject after the comma: parties named in the condition are not who is obliged.
    const { adverbial, subject } = mainClause(before);
    // The sentence's own verb is «er», and the modal stands in a clause of what it is: "Nedetid er tida ei
    // løysing ikkje verkar som ho skal" defines; "Avtalen er gjeldande og skal …" goes on to a duty.
    if (!adverbial && predicateClause(subject, patterns)) continue;
    const impersonal = /^det\s/iu.test(match[0]);
    if (impersonal) return readImpersonal(after, modality, patterns);
    const named = headParties(subject, patterns);
    if (named) {
      const receiver = {
        actor: closeParens(subject.slice(named.start, named.end), subject.slice(named.end)),
        party: partyOf(named.parties),
        modality,
      };
      return told(after) ? teller(receiver, sentence, patterns) : receiver;
    }
    const pronoun = antecedent(subject, context);
    if (pronoun) return { ...pronoun, modality };
    const role = adverbial ? null : ROLE_SUBJECT.exec(subject);
    if (role) return { actor: role[0].trim(), party: 'felles', modality };
    if (THIRD_PARTY.test(subject) || THIRD_PARTY_AGENT.test(after)) return null;
    if (procedure(after, modality)) return { actor: null, party: null, modality };
    // A document the parties are to make under this one: what it must follow or say is theirs to write in.
    if (SUPPLEMENT.test(subject) && CONTENT_VERB.test(after)) return { actor: null, party: null, modality };
    if (DOCUMENT_SUBJECT.test(subject)) return null;
    // Inverted word order: "Dessuten skal foretaket ha …", "kan administrativt samarbeidsutvalg (ASU) opprette …".
    const between = inside ? namedParties(inside, patterns) : null;
    if (inside && between) return { actor: inside, party: partyOf(between.parties), modality };
    const next = /^\s*(?:\S+\s+){0,3}/u.exec(after)?.[0] ?? '';
    const inverted = subject === '' || adverbial || EXPLETIVE.test(subject) ? namedParties(next, patterns) : null;
    if (inverted) {
      const receiver = {
        actor: closeParens(after.slice(inverted.start, inverted.end).trim(), after.slice(inverted.end)),
        party: partyOf(inverted.parties),
        modality,
      };
      return told(after.slice(inverted.end)) ? teller(receiver, sentence, patterns) : receiver;
    }
    // After an opening condition the subject follows the modal: "Om meldinga ikkje kjem fram, må avsendar ringje".
    const behind = subject === '' || adverbial ? /^\s*(\p{L}+)/u.exec(after)?.[1] : undefined;
    if (behind && isActorNoun(behind)) return { actor: behind, party: null, modality };
    if (PURPOSE_VERB.test(after)) return null;
    // A permission needs someone it is given to; "Tilbudet kan omfatte …" describes.
    if (modality === 'adgang') return null;
    // The subject as written, up to a relative clause, after a label ("Nødrutine: Tidskritisk informasjon"),
    // when it names a person or a body; none for a thing ("Varslingen skal skje …"), the passive voice
    // ("skal vedtas", "må forankrast") or an expletive ("Det må …").
    const head = subject
      .split(/\s+som\s|,/u)[0]!
      .replace(/^.*:\s*/u, '')
      .trim();
    const passive = PASSIVE_VERB.test(after) || /s$/u.test(match[0]);
    const actor =
      head !== '' && !adverbial && !passive && head.split(/\s+/).length <= 5 && isActorNoun(head) ? head : null;
    return { actor, party: null, modality };
  }
  return undefined;
}

/**
 * An impersonal duty verb ("Det påligger kommunen å …", "det forutsettes derfor at dette detaljeres
 * … mellom kommunen og foretaket"): the one obliged follows it, never what stands before it.
 */
function readImpersonal(after: string, modality: Modality, patterns: PartyPatterns): Reading {
  const next = /^\s*(?:\S+\s+){0,3}/u.exec(after)?.[0] ?? '';
  const close = namedParties(next, patterns);
  if (close)
    return {
      actor: closeParens(after.slice(close.start, close.end).trim(), after.slice(close.end)),
      party: partyOf(close.parties),
      modality,
    };
  const anywhere = namedParties(after, patterns);
  return { actor: null, party: anywhere ? partyOf(anywhere.parties) : null, modality };
}

/** The words of a text with their offsets. */
const words = (text: string) => [...text.matchAll(/[^\s]+/gu)].map((m) => ({ word: m[0], at: m.index }));
const bare = (word: string) => word.replace(/[.,;:!?»”")]+$/u, '').toLocaleLowerCase('nb');
const bareWords = (list: ReadonlyArray<{ word: string }>) => list.map((w) => bare(w.word));

/** Whether a word is a present-tense verb that says what someone does (with the words after it, for "har"). */
function doingVerb(word: string, after: ReadonlyArray<string>): boolean {
  if (word === 'har') {
    const next = after[0];
    if (next !== undefined && PARTICIPLE.test(next) && !NOT_VERBS.has(next)) return true;
    const phrase = after.slice(0, HAR_WORDS);
    const noun = phrase.findIndex((word) => ARRANGEMENTS.some((arrangement) => arrangement.test(word)));
    return noun >= 0 && !phrase.slice(0, noun).some((word) => DESCRIBING_QUANTIFIERS.has(word));
  }
  // With an inverted subject between them: "… tek parten kontakt med …".
  const phrase = after.slice(0, 4).join(' ');
  if (ACTION_PHRASES.some(([verb, words]) => verb.test(word) && words.test(phrase))) return true;
  return PRESENT_VERB.test(word) && !DESCRIBING_VERBS.has(word) && !NOT_VERBS.has(word);
}

const DETERMINER =
  /^(?:(?:hver|hvert|kvar|kvart|begge|alle|den|de)\s+(?:(?:enkelt|enkelte|einskild|einskilde)\s+)?(?:av\s+)?)?/iu;

/** The actor and party of a subject that starts with a party name (after a determiner), or null. */
function partySubject(text: string, patterns: PartyPatterns): { actor: string; party: Party; end: number } | null {
  const named = namedParties(text, patterns);
  if (!named || (named.start !== 0 && named.start !== DETERMINER.exec(text)![0].length)) return null;
  // A genitive is no subject: "Partnernes forpliktelser omfatter …".
  const name = text.slice(named.start, named.start + firstNameEnd(text.slice(named.start), patterns));
  if (/s$/u.test(name) && namedParties(name.slice(0, -1), patterns)) return null;
  const end = subjectEnd(text, named.start, patterns);
  const actor = text.slice(0, end).trim();
  return { actor, party: partyOf(namedParties(actor, patterns)!.parties), end };
}

/** The first word after a subject, past adverbs ("Partene også følger …"), and the words after it. */
function verbAfter(text: string): [string, string[]] | null {
  // After a relative clause the verb follows its comma: "Den parten som har feilen, varslar …".
  const list = bareWords(words(text.replace(/^\s*,/u, '')));
  let i = 0;
  while (i < list.length && ADVERBS.has(list[i]!)) i += 1;
  return list[i] ? [list[i]!, list.slice(i + 1)] : null;
}

// The subject before a verb that says how a thing is done (procedures.ts: "følger", "skjer" …).
const RULE_SUBJECT = /^(?:\S+\s+){1,6}?(?=(?:følger|følgjer|skjer|foregår|går\s+føre\s+seg)\s)/iu;
// A party's unit always at hand: "Sykehusets IKT-avdeling er tilgjengelig hele døgnet", "Kommunen er
// bemanna i arbeidstida" (with a when, procedures.ts), a promise as "har ein vakttelefon" is.
const AVAILABLE =
  /^((?:\S+\s+){1,4}?)(?:er|vil\s+være|vil\s+vere)\s+(?:\p{L}+\s+)?(?:tilgjengelig|tilgjengeleg|bemannet|bemanna|betjent|betent|åpen|open)(?![\p{L}])/iu;
// A party that decides for itself whether to do a thing has a right: "Kommunen vurderer selv om …".
const CHOOSES =
  /^\s*(?:vurderer|vurderar|avgjør|avgjer|bestemmer|bestemmer|velger|vel)\s+(?:selv|sjølv|sjølve)\s+(?:om|hvorvidt|kva|hva|korleis|hvordan|når)(?![\p{L}])/iu;
// A verb of meeting says what is, as "har møte" does; a body's list of tasks may start with it:
// "Fagrådet møtest kvar månad, følgjer med på avvika og rapporterer …".
const MEETING = /^(?:møtes|møtest|møtast|samles|samlast|samlest)$/u;
// … and so does «har møte», «har faste møter».
const MEETING_NOUN = /^møt(?:e|er|a|ene)$/u;
const meets = (verb: string, after: ReadonlyArray<string>) =>
  MEETING.test(verb) || (verb === 'har' && after.slice(0, 2).some((word) => MEETING_NOUN.test(word)));
// A subject's complement ("Fagrådet for e-helse", "Sekretariatet for helsefellesskapet") is up to three words.
const COMPLEMENT_WORDS = 3;

/** Whether the words after a subject say what it does: its verb, after a complement ("for e-helse går …"), or a later verb of its list. */
function acts(text: string): boolean {
  const verb = verbAfter(text);
  if (!verb) return false;
  if (doingVerb(...verb)) return true;
  let [first, rest] = verb;
  if (first === 'for')
    for (let n = 1; n <= COMPLEMENT_WORDS && n < rest.length; n += 1) {
      if (rest.slice(0, n).some((word) => SUBORDINATORS.test(word))) break;
      if (doingVerb(rest[n]!, rest.slice(n + 1))) return true;
      // The complement ends at the subject's verb; a word after it is no verb of the subject's
      // ("Fagrådet for e-helse har fire medlemer …": «medlemer» is a noun).
      if (rest[n] === 'har' || DESCRIBING_VERBS.has(rest[n]!) || MEETING.test(rest[n]!)) {
        [first, rest] = [rest[n]!, rest.slice(n + 1)];
        break;
      }
    }
  if (!meets(first, rest)) return false;
  // "… møtest minst fire gonger i året, følgjer med på avvika og rapporterer …": a later verb of the
  // list, after a comma or "og", with words of its own after it.
  const clause = text.split(/\s(?:som|at|når|dersom|fordi|mens|medan)\s/u)[0]!;
  const listed = (join: RegExp) =>
    [...clause.matchAll(join)].some(([, word, next]) => !/^(?:og|eller)$/u.test(next!) && doingVerb(word!, [next!]));
  return listed(/(?:,|\sog)\s+(\p{Ll}+)\s+(\p{L}+)/gu);
}

/** The present tense with a party as subject: "Partene følger …", "Etter avtalen dekker partnerne …", "De gir …". */
function readPresent(sentence: string, context: ReadingContext): Reading | null {
  const { patterns } = context;
  const text = sentence.trim();
  const condition = CONDITION_START.test(text) || verbFirstCondition(text, patterns);
  const main = condition ? text.replace(/^[^,]*,\s*/u, '') : text;
  // Subject first: "Kommunene i Agder utpeker …".
  const subject = partySubject(main, patterns);
  // A choice left to the party: "Kommunane vurderer sjølve om …" is a right, not a duty.
  if (subject && CHOOSES.test(main.slice(subject.end)))
    return { actor: subject.actor, party: subject.party, modality: 'adgang' };
  if (subject && (acts(main.slice(subject.end)) || keepsOne(subject.actor, main.slice(subject.end))))
    return { actor: subject.actor, party: subject.party, modality: 'plikt' };
  const list = words(main);
  const pronoun = list[0] && antecedent(bare(list[0].word), context);
  const pronounVerb = pronoun && verbAfter(main.slice(list[0]!.at + list[0]!.word.length));
  if (pronoun && pronounVerb && doingVerb(...pronounVerb)) return { ...pronoun, modality: 'plikt' };
  // A role up to its comma, then the verb: "Den som oppdagar feilen, melder han i eige system" (both parties).
  const role = condition ? null : ROLE_SUBJECT.exec(main);
  const roleVerb = role && main[role[0].length] === ',' && verbAfter(main.slice(role[0].length + 1));
  if (role && roleVerb && doingVerb(...roleVerb)) return { actor: role[0].trim(), party: 'felles', modality: 'plikt' };
  // A role no party name says, as the subject: "Mottakaren stadfestar …", "Koordinatoren kallar inn …"
  // (the clause's party, or both). Only a role: with a thing or a body ("Prosjektet varer …",
  // "Nettverket dekker …") the present tense describes.
  // Not the first of a list of roles ("Avsender, mottaker og kontaktperson har …").
  const head = list[0] && !list[0].word.endsWith(',') && bare(list[0].word);
  if (head && isRoleNoun(head) && acts(main.slice(list[0]!.at + list[0]!.word.length)))
    return { actor: list[0]!.word, party: null, modality: 'plikt' };
  // A thing done the way a rule says: "Testene følger sjekklisten", "Varslingen skjer etter rutinen" (procedures.ts).
  const thing = condition ? null : RULE_SUBJECT.exec(main)?.[0];
  if (
    thing &&
    !SUBORDINATORS.test(thing) &&
    !DOCUMENT_SUBJECT.test(thing) &&
    !THIRD_PARTY.test(thing) &&
    !possibilityOrHabit(main) &&
    byRule(main.slice(thing.length), patterns, DISPUTE_SUBJECT.test(thing) || UPKEEP_NOUN.test(thing))
  )
    return { actor: null, party: null, modality: 'plikt' };
  const available = condition ? null : AVAILABLE.exec(main);
  const keeper = available ? namedParties(available[1]!, patterns) : null;
  if (available && keeper && regulates(main, patterns))
    return { actor: available[1]!.trim(), party: partyOf(keeper.parties), modality: 'plikt' };
  // Verb first, after a condition or an adverbial: "Ved planlagt nedetid varsler den parten som …", "Dersom …, sender kommunen …".
  if (!condition && !ADVERBIAL_START.test(main)) return null;
  const clause = condition ? main : main.split(',')[0]!;
  const scan = words(clause);
  for (let i = condition ? 0 : 1; i < scan.length - 1; i += 1) {
    const word = bare(scan[i]!.word);
    if (SUBORDINATORS.test(word)) break;
    const keeps = word === 'har' ? invertedKeeper(main.slice(scan[i + 1]!.at), patterns) : null;
    if (keeps) return keeps;
    if (!doingVerb(word, bareWords(scan.slice(i + 1)))) continue;
    // A noun in -er/-ar ("Ved utskriving av pasientar …") or a verb of the opening phrase ("Med mindre
    // annet følger av lov …, dekker partnerne …") comes first: read on to the main verb and its party.
    const inverted = invertedSubject(main.slice(scan[i + 1]!.at), patterns);
    if (inverted) return inverted;
  }
  // An opening phrase with a clause of its own ends at its comma, and the verb comes first after it:
  // "Ved driftsstans som varer over ein time, varslar parten som har feilen …".
  const comma = condition ? -1 : main.indexOf(',');
  if (comma < 0) return null;
  const rest = main.slice(comma + 1).trimStart();
  const [first, second, ...more] = words(rest);
  if (first && second && bare(first.word) === 'har') return invertedKeeper(rest.slice(second.at), patterns);
  return first && second && doingVerb(bare(first.word), bareWords([second, ...more]))
    ? invertedSubject(rest.slice(second.at), patterns)
    : null;
}

/** After an inverted «har», a party taken one by one and what it keeps: "I tillegg har hver part en superbruker …". */
function invertedKeeper(text: string, patterns: PartyPatterns): Reading | null {
  const each = partySubject(text, patterns);
  return each && keepsOne(each.actor, `har ${text.slice(each.end)}`)
    ? { actor: each.actor, party: each.party, modality: 'plikt' }
    : null;
}

/** The party or role subject right after an inverted verb, as a duty ("… ringjer avsendaren …": the clause's party); null for anything else. */
function invertedSubject(text: string, patterns: PartyPatterns): Reading | null {
  const inverted = partySubject(text, patterns);
  if (inverted) return { actor: inverted.actor, party: inverted.party, modality: 'plikt' };
  const first = /^\s*(\p{L}+)/u.exec(text)?.[1];
  return first && isRoleNoun(first) ? { actor: first, party: null, modality: 'plikt' } : null;
}

/**
 * Whether a sentence opens with a condition whose verb comes first, up to its comma: "Uteblir
 * kvitteringen, kontakter …", "Manglar svaret etter ein dag, ringjer …". Not a subject that merely ends
 * in -er ("Avsender, mottaker og …", "Tjenester som …", "Fastleger og …", "Hver part …").
 */
function verbFirstCondition(text: string, patterns: PartyPatterns): boolean {
  const opening = /^(\p{L}+)\s+(\p{L}+)[^,]*,\s*\S/u.exec(text);
  if (!opening) return false;
  const [, first, second] = opening;
  const word = first!.toLocaleLowerCase('nb');
  return (
    VERB_FIRST.test(word) &&
    !NOT_VERBS.has(word) &&
    !/^(?:som|og|eller)$/iu.test(second!) &&
    !isActorNoun(word) &&
    !isRoleNoun(word) &&
    !namedParties(`${first} ${second}`, patterns)
  );
}

/** Where a subject that starts with a party name ends: past names ("Kommunene i Agder", "UNN (HF)") and a relative clause up to its comma. */
function subjectEnd(text: string, start: number, patterns: PartyPatterns): number {
  let end = start + firstNameEnd(text.slice(start), patterns);
  const relative = /^\s+som\s[^,]*,/u.exec(text.slice(end));
  if (relative) return end + relative[0].length - 1;
  for (;;) {
    const next = /^\s+((?:i|og|på)\s+)?(\(?[^\s]+)/u.exec(text.slice(end));
    const word = next?.[2];
    // A party word in lower case joins the subject only after "og", "i" or "på": right after the
    // subject it is the object ("… varslar sjukehuset kommunane …").
    const joins = word && (/^[\p{Lu}(]/u.test(word) || (next[1] && namedParties(word, patterns)));
    if (!next || !word || !joins) return end;
    const trimmed = word.replace(/[,;:.]+$/u, '');
    end += next[0].length - (word.length - trimmed.length);
    if (trimmed !== word) return end;
  }
}

/** The end of the first party name in a text (the longest name where two start together). */
function firstNameEnd(text: string, patterns: PartyPatterns): number {
  let best: { start: number; end: number } | null = null;
  for (const [, pattern] of patterns)
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (!best || match.index < best.start || (match.index === best.start && end > best.end))
        best = { start: match.index, end };
    }
  return best?.end ?? 0;
}

/** Where a present passive stands in a clause: the verb's word, its offset, and how it is formed. */
interface Passive {
  word: string;
  at: number;
  inflected: boolean;
  periphrastic: boolean;
  /** The participle of "blir"/"vert", or the inflected verb. */
  verb: string;
}

/** The present passive that is a clause's own verb, before any subordinate clause; "stop" at one that comes first. */
function passiveIn(main: string, adverbial: boolean): Passive | 'stop' | null {
  const list = words(main);
  // After an opening phrase the verb may stand far in ("Frå 1. juli til 15. august og i romjula blir …").
  const window = adverbial ? ADVERBIAL_WINDOW : SUBJECT_WINDOW;
  for (let i = 0; i < Math.min(list.length, window); i += 1) {
    const word = bare(list[i]!.word);
    if (SUBORDINATORS.test(word) && i > 0) return 'stop';
    // A genitive plural ("partnernes", "brukernes") is no passive.
    const inflected =
      (PASSIVE_FORM.test(word) && !NOT_PASSIVE.has(word) && !/(?:enes|rnes|anes)$/u.test(word)) ||
      SHORT_PASSIVES.has(word);
    // "blir"/"vert" with its participle; after an opening phrase the subject may stand between them,
    // with a relative clause of its own ("… blir meldingar som har hopa seg opp sende på nytt").
    const following = bareWords(list.slice(i + 1)).filter((next) => !BETWEEN_AUXILIARY.has(next));
    const inverted = i === 0 || adverbial;
    const relative = following.slice(0, INVERTED_SUBJECT_WORDS).includes('som');
    const reach = inverted ? 1 + (relative ? INVERTED_RELATIVE_WORDS : INVERTED_SUBJECT_WORDS) : 1;
    const participle = PASSIVE_AUXILIARY.test(word)
      ? (following.slice(0, reach).find((next) => PASSIVE_PARTICIPLE.test(next)) ??
        (A_PARTICIPLE.test(following[0] ?? '') ? following[0] : undefined))
      : undefined;
    if (!inflected && !participle) continue;
    return { word, at: list[i]!.at, inflected, periphrastic: !!participle, verb: participle ?? word };
  }
  return null;
}

/**
 * A passive right after a comma, where what stands before it is a subject with a relative clause
 * ("Alle avvik som gjeld samhandlinga, blir registrerte …") or a condition with its verb first
 * ("Mottar noen … en melding som ikke var ment for dem, returneres meldingen …"): the passive and its
 * subject, and whether the opening is a condition.
 */
function frontedPassive(main: string): { passive: Passive; subject: string; condition: boolean } | null {
  const comma = /^([^,]+),\s*/u.exec(main);
  if (!comma) return null;
  const before = comma[1]!.trim();
  const [first, second] = bareWords(words(before));
  const condition = !!first && !!second && second !== 'som' && VERB_FIRST.test(first);
  if (!condition && !SUBORDINATORS.test(before)) return null;
  const passive = passiveIn(main.slice(comma[0].length), false);
  if (!passive || passive === 'stop' || passive.at !== 0) return null;
  return { passive: { ...passive, at: passive.at + comma[0].length }, subject: before, condition };
}

/** A present passive as the sentence's own verb: "Avvik registreres …", "Ved endringer gjennomføres …", "Opplæring vert gitt …". */
function readPassive(sentence: string, context: ReadingContext): Reading | null {
  const text = sentence.trim();
  const { adverbial, subject: main } = mainClause(text);
  const situation = SITUATION_START.some((pattern) => pattern.test(text)) && !PLACE_START.test(text);
  const fronted = adverbial ? null : frontedPassive(main);
  const own = fronted ? null : passiveIn(main, adverbial);
  const passive = fronted?.passive ?? (own === 'stop' ? null : own);
  if (!passive) return null;
  const { word, inflected, verb } = passive;
  if (DESCRIBING_PASSIVES.has(word) || AUTOMATIC.test(main)) return null;
  const subject = fronted?.subject ?? main.slice(0, passive.at).trim();
  // The agreement revised or evaluated ("Avtalen revideres ved behov", "Retningslinja vert evaluert …")
  // is the parties' duty, as with a modal; anything else the document "does" describes it.
  const upkeep = DOCUMENT_SUBJECT.test(subject) && UPKEEP_STEM.test(verb);
  if ((DOCUMENT_SUBJECT.test(subject) && !upkeep) || THIRD_PARTY.test(subject)) return null;
  // "Dialogmøter holdes ved behov" allows, "I dag sendes de fleste …" reports: neither lays down a procedure.
  if (!upkeep && possibilityOrHabit(text)) return null;
  const rest = main.slice(passive.at);
  if (THIRD_PARTY_PLAN.test(rest)) return null;
  const agent = AGENT.exec(rest);
  if (agent && THIRD_PARTY.test(rest.slice(agent.index + agent[0].length))) return null;
  const agentParty = agent
    ? namedParties(
        rest
          .slice(agent.index + agent[0].length)
          .split(/\s+/, 3)
          .join(' '),
        context.patterns,
      )
    : null;
  if (agentParty && agentParty.start === 0)
    return { actor: null, party: partyOf(agentParty.parties), modality: 'plikt' };
  // "Avvik registreres …" binds the clause's party; outside one, an "-es" passive binds the parties it
  // names ("… gjennomføres samhandlingstester mellom partene"), and a passive sets a procedure after an
  // opening phrase of time or circumstance or a condition, between the parties, on a dispute, or where
  // it says when, how, by whom or to whom it is done (procedures.ts); "blir lagt fram" narrates.
  const procedure =
    situation ||
    fronted?.condition ||
    upkeep ||
    RECIPROCAL.test(main) ||
    DISPUTE_SUBJECT.test(subject) ||
    regulates(text, context.patterns);
  if (context.bound || procedure || (inflected && namedParties(main, context.patterns)))
    return { actor: null, party: null, modality: 'plikt' };
  return null;
}
