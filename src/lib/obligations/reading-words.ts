// The words and patterns by which the register reads a sentence (reading.ts): modal expressions,
// subordinators, verbs that describe, passives, arrangements a party keeps, responsibility forms.
// Tables only, and the small tests over them; a new way of writing a duty is one more row here.
import type { Modality } from '../model/types.ts';

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
export const MODALITY = new Map(MODALS.map(([words, modality]) => [words, modality]));
// "forplikter seg til" also with the subject inside it: "Gjennom denne avtalen forplikter partnerne seg til å …".
const modalSource = (words: string) => words.replace(/ seg /, ' (?:(\\p{L}+)\\s+)?seg ').replace(/ /g, '\\s+');
export const MODAL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MODALS.map(([words]) => modalSource(words)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Whether a text has a modal expression anywhere. */
export const hasModal = (text: string) => [...text.matchAll(MODAL_PATTERN)].length > 0;

// Words before a modal that make it part of a subordinate clause ("meldinger som skal brukes",
// "Målsettingen er at … skal være"): such a modal describes, it does not oblige.
export const SUBORDINATE_BEFORE =
  /(?<![\p{L}])(?:som|der|at)(?:\s+(?:ikke|ikkje|alltid|også|òg|ofte|bare|berre|kun|normalt))?\s*$/iu;
export const SUBORDINATE_AT = /(?<![\p{L}])at(?![\p{L}])/iu;
// Words that open a subordinate clause: a verb after one of them is not the sentence's own.
export const SUBORDINATORS =
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
export const CONDITION_START = new RegExp(`^(?:${FRONTED_CONJUNCTIONS.join('|')})(?![\\p{L}])`, 'iu');
// Those of them that say when or while: a passive after one sets a procedure (SITUATION_START).
const UNTIL_START = /^(?:inntil|fram\s+til|frem\s+til|så\s+snart|så\s+fort|straks)(?![\p{L}])/iu;

// What the parties do to the agreement itself, in the passive after a modal: with the document as
// subject it is still their duty ("Retningslinja skal reviderast kvart tredje år", "Avtalen skal
// evalueres …"), where "Retningslinjen skal bidra til …" states a purpose. A new verb is one more row.
const UPKEEP_VERBS =
  'revider evaluer gjennomgå oppdater godkjen forny vurder behandl handsam signer underskriv forankr publiser';
export const UPKEEP_STEM = new RegExp(`^(?:${UPKEEP_VERBS.split(' ').join('|')})\\p{L}*$`, 'iu');
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
export const procedure = (after: string, modality: Modality) =>
  UPKEEP_PASSIVE.test(after) || (modality === 'adgang' && NOTICE.test(after));

// Subjects whose modal is a statement of purpose or a description of the world, not a duty of a party.
export const DOCUMENT_SUBJECT =
  /^(?:denne |dette |den |det )?(?:retningslinj|samarbeidsprosedyre|samhandlingsprosedyre|\p{L}*avtal|handlingsplan|vedlegg|målsetting|målsetjing|formål|føremål)\p{L}*/iu;
// What a law says, told before the modal: "Etter pasientjournallova § 9 skal …", "I henhold til
// forskriften må …", "Etter helse- og omsorgstjenesteloven § 6-2 skal …". The sentence reports the law's
// duty, not one the parties take on here; the law named after the duty ("Partane skal …, jf. lova § 6") is
// a reference, and the duty stands. The law heads the opening: "Etter endringar i lova skal …" and "Etter
// at lova er endra, skal …" say when. A new opening is one more word.
const LAW_OPENINGS = [
  'etter',
  'i henhold til',
  'i medhold av',
  'i medhald av',
  'ifølge',
  'i følge',
  'med hjemmel i',
  'med heimel i',
  'jf\\.?',
];
const LAW = '(?:(?:\\p{L}+-\\s+(?:og|eller)\\s+)?\\p{L}*(?:lov|forskrift)(?:en|a|ene|ane)?(?![\\p{L}])|§)';
export const LAW_SAYS = new RegExp(
  `^\\s*(?:${LAW_OPENINGS.map((opening) => opening.replace(/ /g, '\\s+')).join('|')})\\s+(?:den\\s+|dei\\s+|de\\s+)?${LAW}`,
  'iu',
);
export const THIRD_PARTY =
  /^(?:den |det |de )?(?:stortinget|departementet|helsedirektoratet|direktoratet|leverandør\p{L}*|norsk helsenett|nhn|myndighet\p{L}*|staten)(?![\p{L}])/iu;
// A thing done on a third party's plan is the third party's doing: "Fagsystema vert oppdaterte etter planen til leverandøren".
export const THIRD_PARTY_PLAN =
  /(?<![\p{L}])(?:etter(?!\s+at\s)|i\s+tråd\s+med|i\s+samsvar\s+med)\s+(?:\p{L}+\s+){0,3}?(?:til\s+)?leverandør\p{L}*/iu;
export const THIRD_PARTY_AGENT =
  /^\s*\p{L}+s\s+av\s+(?:stortinget|departementet|helsedirektoratet|direktoratet|leverandør\p{L}*|staten)(?![\p{L}])/iu;
export const PURPOSE_VERB =
  /^\s*(?:(?:også|òg|videre|vidare|derfor|difor|dessuten)\s+)?(?:det\s+)?(?:bidra|bidra til|gi|øke|auke|tydeliggjøre|tydeleggjere|sikre|understøtte|fremme|styrke|gjøre|gjere)(?![\p{L}])/iu;
export const EXPLETIVE = /^(?:det|dette|ein|en|man|følgende|følgande)$/iu;
// Words that join a second main clause to the first ("Avtalen er gjeldande og skal …").
export const COORDINATED = /(?<![\p{L}])(?:og|men|eller|samt)(?![\p{L}])/iu;
// A party told, after its modal: "… skal kommunen få beskjed", "Sykehuset skal bli varsla …". The duty is
// the teller's (teller()). Not «motta», «ta imot»: "Kommunen skal ta imot meldingane elektronisk" is the
// municipality's own duty. A new word is one more row.
const TOLD = new RegExp(
  `^\\s*(?:(?!(?:å|at|og|for|som)\\s)\\p{L}+\\s+){0,3}?(?:få\\s+(?:\\p{L}+\\s+)?(?:${'beskjed melding varsel informasjon kopi svar tilbakemelding orientering'.split(' ').join('|')})|(?:bli|verte)\\s+(?:${'varslet varsla informert orientert kontaktet kontakta'.split(' ').join('|')}))(?![\\p{L}])`,
  'iu',
);
export const told = (after: string) => TOLD.test(after);
export const TOLD_BY = /(?<![\p{L}])(?:fra|frå)\s+(?:(?:den|det|dei|de|begge|hver|kvar)\s+(?:andre\s+)?)?(\p{L}+)/iu;
// A document the parties are to make under this one ("Tilleggsavtalen skal følgje …", "Ein eigen
// databehandlaravtale skal beskrive …"), not this text or the agreement it is part of; and the verbs
// that say what such a document must follow or say.
export const SUPPLEMENT =
  /^(?:den\s+|denne\s+|ein\s+|en\s+|ei\s+|eit\s+|et\s+)?(?:(?:egen|eigen|eiga|eige|eget|ny|nye|lokal|lokale|skriftlig|skriftleg)\s+)?(?:tilleggs|sær|under|databehandler|databehandlar|tjeneste|teneste|lokal|tilgangs)avtal\p{L}*/iu;
export const CONTENT_VERB =
  /^\s*(?:(?:også|òg|alltid)\s+)?(?:følge|følgje|beskrive|skildre|inneholde|innehalde|angi|gi\s+opp|gje\s+opp|regulere|omtale|avklare|fastsette|fastsetje|avgrense|begrense)(?![\p{L}])/iu;
// Pronouns that take the actor of the sentence before ("Kommunene utpeker … De gir …").
// A law as the subject, telling what it lays on the parties ("Pasientjournalloven § 12 pålegger partene å
// …", "Forskrifta krev at kommunane …"): the law's duty, not one the parties take on here.
export const LAW_SUBJECT =
  /^\s*(?:\p{L}+-\s+(?:og|eller)\s+)?\p{L}*(?:lov|loven|lova|lovene|lovane|forskrift|forskriften|forskrifta)(?![\p{L}])[^;:!?,]*?\s(?:pålegger|pålegg|krever|krev|bestemmer|fastsetter|fastset|forplikter|sier|seier)(?![\p{L}])/iu;
// No party, as the subject of a present verb, is a prohibition on each ("Ingen part sender loggar til
// media …", "Ingen av partene gir ut …"): a duty of both.
export const NO_PARTY = /^\s*ingen\s+(?:part|parter|partar|av\s+partene|av\s+partane)(?![\p{L}])/iu;
// A restriction: a person or a party «får bare» do a thing on a condition ("Ansatte hos én part får bare
// lese journalen når …", "Kommunen får berre sende … etter at …"): a duty not to otherwise.
export const ONLY_ON_CONDITION =
  /^\s*(?<who>\p{L}[^,]*?)\s+får\s+(?:bare|berre|kun)\s+\p{L}+[^.;]*?\s(?:når|dersom|etter\s+at)\s/iu;
export const PRONOUN = /^(?:de|dei|disse|desse)$/iu;
// Words that open a sentence without being its subject ("Ved mottak av melding skal …", "Dessuten skal foretaket …").
// A time that recurs opens a sentence as an adverbial: "Hvert år sender fagrådet …", "Kvar månad går …"
// (not "Hver part …", "Kvar kommune …": a party taken one by one).
const RECURRING =
  '(?:hvert|kvart|hver|kvar)\\s+(?:annet\\s+|anna\\s+|annan\\s+|andre\\s+)?(?:år|kvartal|halvår|måned|månad|uke|veke|dag)';
export const ADVERBIAL_START = new RegExp(
  `^(?:${RECURRING}|likeledes|likeins|deretter|ved|i|for|etter|med|under|dessuten|derfor|også|videre|samtidig|innen|innan|til|på|av|fra|frå|gjennom|utover|utenfor|utanfor|innenfor|innanfor|${FRONTED_CONJUNCTIONS.join('|')})(?![\\p{L}])`,
  'iu',
);
export const PASSIVE_VERB = /^\s*(?:(?:også|derfor|alltid|kun|bare|i fellesskap)\s+)?\p{L}{2,}(?:es|s|ast)(?![\p{L}])/u;

// The present tense after a party subject says what the party does, except for these verbs that
// say what is ("Partene er …", "Kommunen mottar …", "Fagrådet har møte …").
export const DESCRIBING_VERBS = new Set(
  'beslutter bestemmer avgjør vedtar er blir vert består omfatter omfattar gjelder gjeld utgjør utgjer inngår erfarer erfarar opplever mener meiner ønsker ønskjer ligger ligg foregår skjer kommer kjem får mottar tek tar eier eig trenger treng ser vet veit kan'.split(
    ' ',
  ),
);
// A verb that says what is becomes an action with these words after it: "Partene tar i bruk …",
// "Kommunen tek kontakt med …". A new phrase is one more row.
export const ACTION_PHRASES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:tar|tek)$/u, /^(?:\S+\s+){0,2}?(?:i bruk|kontakt|initiativ|opp|vare på|hand om|seg av)(?![\p{L}])/u],
];
// … and, only inverted after an opening phrase, "tek … imot": who receives when is an arrangement
// ("Utanfor opningstida tek driftssenteret i … imot varsel"), where "Kommunene tar imot mange meldinger" describes.
export const INVERTED_ACTION = /^\s*(?:imot|i\s+mot)(?![\p{L}])/iu;
// Words between a subject and its verb ("Partene også følger …").
export const ADVERBS = new Set('også selv sjølv alltid derfor dessuten normalt sammen'.split(' '));
export const NOT_VERBS = new Set(
  'eller over under etter her der når før mer meir hver kvar enhver ethvert einkvar eikvar hvor kor for andre fra nær enn'.split(
    ' ',
  ),
);
// A past tense tells what was, never what a party must do: "Kommunen var mottakar", "Sjukehuset var
// vertskap for møtet" (where «er» describes, «var» ends in -r as a present does). The irregular and
// strong preterites; a weak one («sende», «varsla», «sendte») has no present's ending. A new one is one more word.
export const PAST_TENSE = new Set(
  'var vart ble blei hadde gjorde fekk fikk tok gav ga kom sa låg lå gjekk gikk såg så fann fant heldt'.split(' '),
);
// Nynorsk strong verbs have no -r in the present: "Sjukehuset held kurs …".
// (Also «set», «skriv», «gjer», «les», «byd», «bryt»: "Parten som byter system, set opp ein plan"; «legg»,
// «driv», «finn», «hjelp», «bind»: "Partane legg møta til …", "Sjukehuset driv tenaren".) A new one is one
// more word.
export const PRESENT_VERB =
  /^(?:\p{Ll}{2,}(?:er|ar|r)|held|gjev|set|skriv|gjer|les|byd|bryt|legg|driv|finn|hjelp|bind)$/u;
// "har" is a duty with a participle ("Partene har etablert rutiner"), a description with a noun ("har møte").
export const PARTICIPLE = /^\p{Ll}{3,}(?:et|t|tt|d|dd)$/u;
// … except a noun for an arrangement a party keeps for the other: "Kvar part har eit kontaktpunkt …",
// "Kommunen har en vaktordning …", "Sykehuset har faste rutiner for …" say what each party provides, as
// "skal ha" would. Any other noun describes ("Partene har møte …", "Kommunen har ulike fagsystemer").
// A new arrangement is one more row.
export const ARRANGEMENTS: ReadonlyArray<RegExp> = [
  /^kontakt(?:punkt|person|telefon)\p{L}*$/u,
  /^\p{L}*rutin(?:e|er|ar|ene|ane)$/u,
  /^\p{L}*prosedyr(?:e|er|ar|ene|ane)$/u,
  /^[\p{L}-]*vakt(?:ordning\p{L}*|telefon\p{L}*|a|en)?$/u,
  /^\p{L}*beredskap\p{L}*$/u,
  /^(?:\p{L}*koordinator|superbruk\p{L}*|ansvarle?g|ansvarlige|ansvarlege)$/u,
];
// Words that may stand between "har" and the arrangement ("har eit eige kontaktpunkt"); words that make
// it a description ("Partene har ulike rutiner", "… har ingen vaktordning").
export const HAR_WORDS = 3;
export const DESCRIBING_QUANTIFIERS = new Set(
  'ulike ulik forskjellige forskjellege mange fleire flere ingen inga inkje'.split(' '),
);
// A party taken one by one ("Hver part", "Kvar kommune", "Begge partar", "Hver av partene", "Den enkelte
// kommune"; also after an inverted «har»: "I tillegg har hver part …") that «har»
// something indefinite states what each must have, as «skal ha» would: "Hver part har en
// driftsansvarlig som …", "Begge partar har eit testmiljø …". "Partene har ulike systemer" (no party one
// by one, no article) and "Utvalget har fem medlemmer" (a body, a number) describe. Not a body's seats,
// a vote or a right, nor a copy of the agreement: what makes up a body or is given, not kept. A new
// word is one more row.
export const DISTRIBUTIVE = /^(?:hver|hvert|kvar|kvart|begge|den\s+enkelte|den\s+einskilde)(?![\p{L}])/iu;
// An adverb may stand before «har» or between it and its object ("har i tillegg en …", "har dessutan ei …").
const HAVE_ADVERB = '(?:også|òg|alltid|minst|dessuten|dessutan|derfor|difor|i\\s+tillegg|fortsatt|framleis)';
export const INDEFINITE_HAVE = new RegExp(
  `^\\s*(?:${HAVE_ADVERB}\\s+)?har\\s+(?:${HAVE_ADVERB}\\s+){0,2}(?:en|ein|ei|et|eit|ett|eitt|én|éin)\\s+([^,.;:]*)`,
  'iu',
);
export const NOT_KEPT =
  /^(?:\p{L}*(?:representant|medlem|stemme|røyst|sete|eksemplar)|rolle|plass|kopi|rett|rettighet|mulighet|moglegheit|høve|anledning|interesse|behov|erfaring|røynsle|utfordring|fordel|ulempe)(?:e|en|er|ene|a|ar|ane|et)?$/iu;
// The object's words up to its relative clause or complement: "en driftsansvarlig som …", "eit eige testmiljø for …".
export const OBJECT_WORDS = 3;
export const OBJECT_END = /^(?:som|der|for|i|med|på|til|hos|hjå|og|eller)$/u;

// A present passive: "-es" / "-ast", or "vert"/"blir" with a participle. Not deponents or adjectives.
export const PASSIVE_FORM = /^\p{Ll}{3,}(?:es|ast)$|^\p{Ll}{4,}ås$/u;
export const NOT_PASSIVE = new Set(
  'felles deres hennes dennes hverandres møtes finnes synes trengs lykkes kjennes behøves kontrast vises henvises visast tilvisast'.split(
    ' ',
  ),
);
export const PASSIVE_AUXILIARY = /^(?:vert|blir)$/u;
// Passives too short for the pattern above: "Opplysningane gis over telefon".
// "Sekretariatet ivaretas av …", "Vedtak foretas …" ("antas" says what is assumed).
export const SHORT_PASSIVES = new Set('gis tas fås nås ses sees ivaretas foretas vedtas overtas'.split(' '));
// How far into a clause its passive verb is looked for: after a subject, or after an opening phrase.
export const SUBJECT_WINDOW = 10;
export const ADVERBIAL_WINDOW = 12;
// A present verb first in a sentence opens a condition ("Mottar noen …, returneres …", "Lykkes ikke det, …").
export const VERB_FIRST = /^(?:\p{Ll}{2,}(?:er|ar|r|es|s)|er|var|kjem|tek|gjer|held|gjev)$/u;
export const PASSIVE_PARTICIPLE = /^\p{Ll}{3,}(?:et|t|tt|d|dd|de|te|ne|en|ast)$/u;
// The Nynorsk strong participle in -e or -i, its stem the present's or its own ("vert skrive inn", "vert
// gjeve", "vert teke", "vert halde"), with a prefix of place ("vert overteke", "vert attgjeve"): named
// stems, since a word in -e after "vert" is as often an adjective ("vert ferdige", "vert betre"). The
// masculine and plural forms («skriven», «tekne») end as weak participles do (PASSIVE_PARTICIPLE).
// A new verb is one more stem.
const STRONG_STEMS = 'skriv gjev tek hald driv bed bor funn bund bit riv grip les brot dreg sleg stol'.split(' ');
export const STRONG_PARTICIPLE = new RegExp(
  `^(?:over|opp|inn|ut|til|fram|att|av|mot|om|under|med|på|føre|ned|bort)?(?:${STRONG_STEMS.join('|')})(?:e|i)$`,
  'u',
);
// The Nynorsk participle in -a, right after "vert"/"blir" only ("Møta vert leia av …"): further on, a
// word in -a is as likely a noun ("meldinga").
export const A_PARTICIPLE = /^\p{Ll}{3,}a$/u;
export const AGENT = /(?<![\p{L}])av\s+(?:begge\s+|hver\s+av\s+|en\s+|ei\s+|et\s+|ein\s+|eit\s+|den\s+|det\s+)?/iu;
// Words that may stand between an inverted "blir"/"vert" and its participle: the subject ("Medan
// stansen varer, blir viktige opplysningar gitt …").
export const INVERTED_SUBJECT_WORDS = 3;
// … and with a relative clause of its own: "Når feilen er retta, blir meldingar som har hopa seg opp sende …".
export const INVERTED_RELATIVE_WORDS = 7;
// A passive after an opening phrase of time or circumstance says what is done then: a procedure the
// agreement sets, which binds the parties even where the clause names none ("Ved nedetid varsles …",
// "Medan stansen varer, blir opplysningar gitt …", "I sommarferien gjennomførast ingen oppgraderingar").
// Without one a passive narrates or describes ("Resultatet dokumenteres", "Utkastet blir lagt fram …").
// A new opening is one more row.
export const SITUATION_START: ReadonlyArray<RegExp> = [
  /^(?:ved|under|mens|medan|så\s+lenge|når|dersom|hvis|viss|om|før|etter|innen|innan)(?![\p{L}])/iu,
  UNTIL_START,
  // "i" with a stretch of time: "I sommerferien", "I skolenes sommerferie", "I perioden før …"; not "I dag", "I Noreg".
  /^i\s+(?:\p{L}+\s+){0,2}?\p{L}*(?:ferie|ferien|periode|perioden|tida|tiden|helg|helga|helgen|høytid\p{L}*|høgtid\p{L}*|månad\p{L}*|måned\p{L}*)(?![\p{L}])/iu,
];
// A passive between the parties is a procedure wherever it stands: "… blir sendt til den andre parten",
// "… utveksles mellom partene og hverandre". A new phrase is one more row.
export const RECIPROCAL =
  /(?<![\p{L}])(?:den\s+andre\s+parten?s?|motparten|hverandre|kvarandre|den\s+andre\s+parts)(?![\p{L}])/iu;
// A dispute resolved by a rule: "Uenighet om avtalen løses etter …", "Usemje blir løyst i …".
export const DISPUTE_SUBJECT = /^(?:uenighet|usemje|usemja|tvist\p{L}*)(?![\p{L}])/iu;
// The agreement's upkeep as a noun, a duty whatever rules it follows ("Revisjon skjer etter reglane i
// samarbeidsavtalen"), where its ending or change is a choice ("Oppseiing skjer etter …").
export const UPKEEP_NOUN =
  /^(?:revisjon|revidering|evaluering|gjennomgang|gjennomgåing|oppdatering|rullering)(?![\p{L}])/iu;
// Words that may stand between "blir"/"vert" and its participle: "blir ikkje gjennomførte", "vert alltid sendt".
export const BETWEEN_AUXILIARY = new Set('ikke ikkje alltid også òg normalt straks bare berre'.split(' '));
// An opening word before a name says where, not when: "Ved UNN brukes …", "Under Helse Nord …".
export const PLACE_START = /^\p{L}+\s+\p{Lu}/u;
// What a system does by itself is no one's duty: "… sendes det automatisk ei avvisning".
export const AUTOMATIC = /(?<![\p{L}])automatisk\p{L}*/iu;
// Passives that describe the text itself, whatever opens the sentence ("Under punkt 4 beskrives …").
export const DESCRIBING_PASSIVES = new Set(
  'beskrives beskrivast skildrast omtales omtalast nevnes nemnast defineres definerast kalles kallast forstås forståast menes meinast regnes reknast omfattes omfattast'.split(
    ' ',
  ),
);

// A duty stated as whose responsibility it is, the one obliged between "det er" and the noun
// ("Det er sjukehuset sitt ansvar å …", "Det er kommunens ansvar å …", "Ved nedetid er det partane
// sitt felles ansvar å …"). A new way of saying it is one more row.
export const RESPONSIBILITY_OF: ReadonlyArray<RegExp> = [
  /(?<![\p{L}])(?:det\s+er|er\s+det)\s+(?<who>(?:\S+\s+){0,4}?\S+)\s+(?:sitt|sine|si)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave|plikt)\s+(?:å|at)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:det\s+er|er\s+det)\s+(?<who>(?:\S+\s+){0,4}?\S+s)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave|plikt)\s+(?:å|at)(?![\p{L}])/iu,
];
// The same with the duty first, where the one obliged must be a party it names: "Opplæring av eigne
// tilsette er kvar part sitt ansvar.", "Drift av meldingstjeneren er sykehusets ansvar.", "Ansvaret for
// adresseregisteret ligg hjå kommunane.", "Driftsansvaret ligger hos SiV."
export const RESPONSIBILITY_OF_PARTY: ReadonlyArray<RegExp> = [
  /(?<![\p{L}])er\s+(?<who>(?:\S+\s+){0,3}?\S+)\s+(?:sitt|sine|si)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave)(?=\s*[.;,]|\s*$)/iu,
  /(?<![\p{L}])er\s+(?<who>(?:\S+\s+){0,3}?\S+s)\s+(?:(?:eige|eget|felles)\s+)?(?:ansvar|oppgåve|oppgave)(?=\s*[.;,]|\s*$)/iu,
  /(?<![\p{L}])\p{L}*ansvar\p{L}*\s+(?:for\s+[^.;]*?\s+)?ligg(?:er)?\s+(?:hjå|hos)\s+(?<who>(?:\S+\s+){0,3}?\S+?)[.,;]?(?=\s|$)/iu,
];
// A subject that is a role, not a party: whichever party does the thing ("Den som sender ei melding, skal …",
// "Dei som tek imot …"). Both parties can be that one, so the duty is shared.
export const ROLE_SUBJECT = /^(?:den|dei|de)\s+som\s[^,]*?(?=,|$)/iu;
// A role noun with a relative clause up to its comma ("En mottaker som får …, sender …", "Avsendaren som
// …, rettar …"): the role, read as a role noun is (reading.ts checks the noun).
export const ROLE_NOUN_SUBJECT = /^(?:(?:en|ein|ei|et|eit)\s+)?(\p{L}+)\s+som\s[^,]*?(?=,|$)/iu;
// A role noun named by what it sends or receives, «av» and one noun ("Mottakaren av varselet stadfestar …",
// "Avsenderen av en melding retter …"): the role, as the noun alone is (reading.ts checks the noun).
export const ROLE_OF = /^\s+av\s+(?:(?:en|ein|ei|et|eit|den|det|dei|de)\s+)?\p{L}[\p{L}-]*(?=\s)/u;
// A role's relative clause may hold a list ("Den som sender ei tilvising, ei epikrise eller ei
// melding, kontrollerer …"): up to this many commas of it before the verb.
export const ROLE_LIST_COMMAS = 3;
// A party's unit, "<unit> i <party>", is the party ("… tek driftssenteret i Helse X HF imot …"); not a thing.
export const UNIT_OF = /^\s*(\p{L}[\p{L}-]*)\s+(?:i|hos|hjå|ved)\s+/u;
export const THING_UNIT = /(?:system|løsning|løysing|tjener|tenar|program|journal|melding|avtale|avtala)\p{L}*$/iu;
