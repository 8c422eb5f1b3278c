import type { SourceLine } from './source-line.ts';
import { join } from './phrasing.ts';
import { decisionText, MONTH_NAMES } from '../model/vocabulary.ts';
import { excessWords, wordParts } from './words.ts';

/** Front matter fields an import could read from its source; null where the source does not say. */
export interface FoundMeta {
  title: string | null;
  subtitle: string | null;
  kind: 'retningslinje' | 'samarbeidsprosedyre' | 'handlingsplan' | null;
  number: string | null;
  language: 'nb' | 'nn';
  status: 'utkast' | null;
  version: string | null;
  approved: { date: string; by: string; verb?: string } | null;
  lastUpdated: string | null;
  hospital: string | null;
  region: string | null;
  municipalities: string | null;
}

// The kind of document, by the word the source uses for itself; a new kind is one more row.
const KINDS: Array<[RegExp, NonNullable<FoundMeta['kind']>]> = [
  [/\bsamarbeidsprosedyre/i, 'samarbeidsprosedyre'],
  [/\bhandlingsplan/i, 'handlingsplan'],
  [/\bretningslinje/i, 'retningslinje'],
];
// Telltale words: the two written standards share most words, these only one of them uses (in
// these texts: Partar/Parter, Føremål/Formål, Varigheit/Varighet, tenesteavtale/tjenesteavtale).
// Whole words, and parts of words (`-heit`, `tenest-`, `sjuk-`, `føretak`) that compounds carry.
const NYNORSK_WORDS = new Set(
  'ikkje eit frå dei korleis kva vere vert vart berre kommunane utgjer sjukehus òg partar føremål innhald usemje heimla gjeld eige eigne heile nokre noko mykje kvar kven difor elles fylgje følgje einig einige avtala saman medan'.split(
    ' ',
  ),
);
const BOKMAL_WORDS = new Set(
  'ikke et fra de hvordan hva være blir ble bare kommunene utgjør sykehus også parter formål innhold uenighet hjemlet gjelder egen egne hele noen noe mye hver hvem derfor ellers følge enig enige avtalen sammen mens'.split(
    ' ',
  ),
);
const NYNORSK_PARTS = [/heit(?:a|en|ar|ane)?$/, /^(?:\p{L}*-)?tenest/u, /^sjuk/, /føretak/, /oppseiing/, /^verksemd/];
const BOKMAL_PARTS = [/het(?:en|er|ene)?$/, /tjenest/, /^syk/, /foretak/, /oppsigelse/, /^virksomhet/];

/** The written standard of a text, told by its telltale words: `nn` when Nynorsk's outnumber Bokmål's. */
export function language(text: string): 'nb' | 'nn' {
  let nn = 0;
  let nb = 0;
  for (const word of text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) {
    if (NYNORSK_WORDS.has(word) || NYNORSK_PARTS.some((part) => part.test(word))) nn++;
    if (BOKMAL_WORDS.has(word) || BOKMAL_PARTS.some((part) => part.test(word))) nb++;
  }
  return nn > nb ? 'nn' : 'nb';
}
const DATE = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b/;
/** A line giving the date the text was last updated (`Sist oppdatert: 01.02.2024`): findMeta's `lastUpdated`. */
export const SIST_OPPDATERT = /^sist oppdatert:?\s*(.+)$/i;
const HOSPITAL =
  /\b(\p{Lu}[\p{L}-]+ (?:sykehus|sjukehus) HF|(?:St\. Olavs|Universitetssykehuset|Sykehuset|Sjukehuset|Helse|Helgelandssykehuset|Nordlandssykehuset|Finnmarkssykehuset|Vestre|Akershus)(?:\s+(?:og\s+|i\s+)?[\p{Lu}][\p{L}.-]*)*\s+(?:HF|Helseforetak|helseføretak|hospital HF|Hospital HF))(\s*\([\p{Lu}]{2,6}\))?/u;
// `kommunene i Møre og Romsdal`, but not `kommunene i Telemark og Sykehuset Telemark` nor `… i Agder og Sørlandet sykehus HF`.
// `kommunane i Helse Bergen sitt føretaksområde`: the trust's area, which names no region.
const TRUST_AREA =
  /\b(kommunene|kommunane) i ((?:\p{Lu}[\p{L}.-]*\s)+sitt\s+(?:føretaksområde|foretaksområde|opptaksområde))/u;
// A name is read whole: `kommunene i Helsefellesskapet Vestfjell` is both words, `… i Møre og Romsdal` all three,
// `… i Indre Fjordane` both; a hospital trust after `og` is not part of it, nor its abbreviation (`og STHF`),
// nor a capitalised word on the next line.
const NAME_WORD =
  '(?!\\p{Lu}{2,}(?![\\p{L}-]))\\p{Lu}[\\p{L}-]*(?![\\p{L}-])(?!\\s+(?:sykehus|sjukehus|HF|hospital|[Hh]elseforetak)\\b)';
const MUNICIPALITIES = new RegExp(
  `\\b(kommunene|kommunane)\\si\\s((?:Helsefel{1,2}esskap(?:et|en)?\\s)?${NAME_WORD}(?:(?:\\sog\\s(?!Helse\\b|Sykehuset\\b|Sjukehuset\\b|Universitetssykehuset\\b|St\\.)| )${NAME_WORD})*)`,
  'u',
);
// The body a region's agreements are made in, named on a line of its own above the title or on the cover
// (`Helsefellesskapet Vestfjell`): the region is the rest of the name. A new name is one more row.
const ORGANISATIONS = [
  /^Helsefellesskapet\s+/u,
  /^Helsefellesskap\s+/u,
  /^Helsefelleskapet\s+/u,
  /^Helsefellesskapen\s+/u,
];
/** The region an organisation line names (`Helsefellesskapet Vestfjell` → `Vestfjell`), or null when the line is no organisation's name. */
export function organisationRegion(text: string): string | null {
  const line = text.trim();
  const prefix = ORGANISATIONS.find((pattern) => pattern.test(line));
  if (!prefix) return null;
  const rest = line.replace(prefix, '');
  return /^\p{Lu}[\p{L}-]*(?:(?: og | )\p{Lu}[\p{L}-]*)*$/u.test(rest) ? rest : null;
}
// Words a title starts with besides the kinds of document: the lines above such a line are its subtitle.
const TITLE_WORDS = /^(?:delavtale|tjenesteavtale|tenesteavtale|samarbeidsavtale|avtale)\b/i;
// `godkjent i Strategisk samarbeidsutval 01.06.2023`, or, without `i`/`av`, a body's abbreviation: `godkjent OSU 20.11.16`;
// also `vedtatt`, and Nynorsk's participles `vedteke`, `vedteken`, `vedtekne`, `godkjend`, `godkjende`
// (`Vedteken i partnarskapsmøtet 14. oktober 2026`): a cover leaves the stamp out of the body, so a
// form not read here would be lost from the page.
const APPROVAL =
  /\b(?:[Gg]odkjen(?:[dt]|de|ne)|[Vv]edtatt|[Vv]edtek(?:e|en|ne))(?:\s+(?:i|av)\s+([\p{L}&() -]{2,80}?)|\s+(\p{Lu}{2,6}))\s+(?:den\s+)?(\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\d{1,2}\.\s+\p{L}+\s+\d{4})/u;

// The source's own words before the body are kept where they are not the site's «Godkjent i» (a
// `Vedteke i`, a `godkjent av`, a bare `godkjent` before an abbreviation), so the page says what the source says.
function decision(approval: RegExpExecArray, date: string): { date: string; by: string; verb?: string } {
  const by = (approval[1] ?? approval[2]!).trim();
  const verb = approval[0].slice(0, approval[0].indexOf(by)).replace(/\s+/g, ' ').trim();
  return verb.toLowerCase() === 'godkjent i' ? { date, by } : { date, by, verb };
}

/**
 * A line that places the text in its agreement: the kind of document (with its number) or `Vedlegg`,
 * then `til`/`i`/`under`, or the kind with its number, then `mellom` and the parties (`Delavtale 7
 * mellom Sykehuset … og kommunene …`).
 */
export const PLACE_IN_AGREEMENT =
  /^(?:(?:(?:retningslinje|delavtale|tjenesteavtale|tenesteavtale|samarbeidsprosedyre)\s+(?:nr\.?\s*)?\d+[a-z]?|vedlegg|bilag)\s+(?:nr\.?\s*\d+\s+)?(?:til|i|under)|(?:retningslinje|delavtale|tjenesteavtale|tenesteavtale)\s+(?:nr\.?\s*)?\d+[a-z]?\s+mellom)\s/i;

/**
 * Whether a line is an approval read whole (`Godkjent i styringsgruppen for helsefellesskapet 19. november
 * 2026`): the approval findMeta reads from it, as the status banner shows it, holds every word of the line,
 * so the line may leave the body for the banner however long it is; a line with more to say does not.
 */
export function approvalReadWhole(text: string): boolean {
  const approval = APPROVAL.exec(text);
  const date = approval ? isoDate(approval[3]!) : null;
  return (
    approval !== null &&
    date !== null &&
    excessWords(wordParts(text), wordParts(decisionText(decision(approval, date)))).length === 0
  );
}

/** A line that states the text's approval or what it replaces (`Godkjend av …`, `Vedteken i …`, `Erstatter versjon 1.0 …`). */
export const APPROVAL_LINE = /^(?:godkjen(?:[dt]|de|ne)|vedtatt|vedtek(?:e|en|ne)|erstatt(?:er|ar))\b/i;

// A line that carries on the sentence of the line before: `… HF` / `og kommunene …`, `… Kvernes,` /
// `Aursvik`, or the rest of a list of names (`… og kommunane` / `Kvernes, Aursvik og Brattli`).
const carriesOn = (before: string, line: SourceLine) =>
  line.gap === 'none' &&
  (/^\p{Ll}/u.test(line.text) ||
    /(?:,|\s(?:og|mellom|i|for|med))$/u.test(before) ||
    /^\p{Lu}[\p{L}-]*(?:(?:,\s*|\s+og\s+|\s+)\p{Lu}[\p{L}-]*)*\.?$/u.test(line.text));

/** Whether a line starts by naming the kind of document (`Retningslinje 7 …`, `Delavtale 9 …`): where a title starts. */
export function namesDocument(text: string): boolean {
  return KINDS.some(([pattern]) => pattern.test(text.split(' ')[0] ?? '')) || TITLE_WORDS.test(text);
}

/** An ISO date from a Norwegian one (`01.06.2023`, `20.11.16`, `6. februar 2025`), or null. */
export function isoDate(text: string): string | null {
  const numeric = DATE.exec(text);
  if (numeric) {
    const [, day, month, year] = numeric;
    return check(`${year!.length === 2 ? `20${year}` : year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
  }
  const written = /(\d{1,2})\.\s+(\p{L}+)\s+(\d{4})/u.exec(text);
  const month = written ? MONTH_NAMES.indexOf(written[2]!.toLowerCase()) + 1 : 0;
  return written && month > 0
    ? check(`${written[3]}-${String(month).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`)
    : null;
}

const check = (iso: string) => (new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null);

/** How many of the body's first lines may name the organisation, under the title. */
const OPENING_LINES = 4;

/**
 * Reads what the source states about itself: title (and the line above it), kind, number, dates,
 * approval, the hospital trust and the municipalities. Every line of the title block is used: the
 * title, the lines above it (subtitle) and "Sist oppdatert".
 */
export function findMeta(titleLines: ReadonlyArray<SourceLine>, bodyText: string, coverText = ''): FoundMeta {
  let lastUpdated: string | null = null;
  const lines = titleLines.filter((line) => {
    const match = SIST_OPPDATERT.exec(line.text);
    const date = match && isoDate(match[1]!);
    if (date) lastUpdated = date;
    return !date;
  });
  // The title starts at the line that names the kind of document; lines above it are its subtitle, and
  // so is an organisation's name on the first lines (`Helsefellesskapet Vestfjell`), never the title's.
  let named = lines.findIndex((line) => namesDocument(line.text));
  // A line that places the text in its agreement (`Delavtale 8 til samarbeidsavtalen mellom …`) over
  // more of the title block is the subtitle, as UNN's «VEDLEGG TIL SAMARBEIDSAVTALE …» is: the title
  // starts at the next line that does not carry on its sentence.
  let place: string | null = null;
  if (named >= 0 && PLACE_IN_AGREEMENT.test(lines[named]!.text)) {
    let next = named + 1;
    while (next < lines.length && carriesOn(lines[next - 1]!.text, lines[next]!)) next++;
    if (next < lines.length) {
      place = join(lines.slice(named, next).map((line) => line.text));
      named = next;
    }
  }
  let organisations = 0;
  while (organisations < lines.length - 1 && organisationRegion(lines[organisations]!.text) !== null) organisations++;
  const start = Math.max(0, named >= 0 ? named : organisations);
  const title = lines.length > 0 ? join(lines.slice(start).map((line) => line.text)) : null;
  const subtitle = start > 0 ? join(lines.slice(0, start).map((line) => line.text)) : null;
  const all = `${title ?? ''}\n${subtitle ?? ''}\n${coverText}\n${bodyText}`.replace(/\s+/g, ' ');
  const kind =
    KINDS.find(([pattern]) => pattern.test(title ?? ''))?.[1] ??
    KINDS.find(([pattern]) => pattern.test(place ?? ''))?.[1] ??
    KINDS.find(([pattern]) => pattern.test(bodyText.slice(0, 600)))?.[1] ??
    null;
  const number =
    /\bretningslinje\s+(?:nr\.?\s*)?(\d+)\b/i.exec(title ?? '')?.[1] ??
    /\bdelavtale\s+(?:nr\.?\s*)?(\d+)\b/i.exec(title ?? '')?.[1] ??
    /\b(?:retningslinje|delavtale|tjenesteavtale|tenesteavtale)\s+(?:nr\.?\s*)?(\d+)\b/i.exec(coverText)?.[1] ??
    // The line over the title that says which agreement the text belongs to (the subtitle's).
    /^(?:retningslinje|delavtale|tjenesteavtale|tenesteavtale)\s+(?:nr\.?\s*)?(\d+)\s+(?:til|i|under|mellom)\s/i.exec(
      place ?? '',
    )?.[1] ??
    // The line under the title that says which agreement the text belongs to (`Retningslinje 7 til
    // samarbeidsavtalen`, `Delavtale 7 mellom …`).
    /^(?:retningslinje|delavtale|tjenesteavtale|tenesteavtale)\s+(?:nr\.?\s*)?(\d+)\s+(?:til|i|under|mellom)\s/i.exec(
      bodyText,
    )?.[1] ??
    null;
  const hospital = HOSPITAL.exec(all);
  const trustArea = TRUST_AREA.exec(all);
  // Words of a name on one line (`Indre Fjordane`) are read together; the next line's first word is not one of them.
  const municipalities = MUNICIPALITIES.exec(
    `${title ?? ''}\n${subtitle ?? ''}\n${coverText}\n${bodyText}`.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n'),
  );
  const approval = APPROVAL.exec(all);
  const approvedDate = approval ? isoDate(approval[3]!) : null;
  const version = /\bversjon:?\s+(\d+(?:\.\d+)*)\b/i.exec(all)?.[1] ?? null;
  return {
    title,
    subtitle,
    kind,
    number,
    language: language(all),
    status: /\butkast\b/i.test(`${title ?? ''} ${subtitle ?? ''} ${coverText}`) ? 'utkast' : null,
    version,
    approved: approval && approvedDate ? decision(approval, approvedDate) : null,
    lastUpdated,
    hospital: hospital ? `${hospital[1]}${hospital[2] ?? ''}` : null,
    region: trustArea
      ? null
      : municipalities
        ? (organisationRegion(municipalities[2]!.replace(/\s+/g, ' ')) ?? municipalities[2]!.replace(/\s+/g, ' '))
        : // An organisation's line above the title, on the cover, or among the lines that open the body under
          // it (`Helsefellesskapet Sølvdal` under the line that places the text in its agreement).
          ([
            ...lines.slice(0, start).map((line) => line.text),
            subtitle ?? '',
            ...coverText.split('\n'),
            ...bodyText.split('\n').slice(0, OPENING_LINES),
          ]
            .map(organisationRegion)
            .find((region) => region !== null) ?? null),
    municipalities: trustArea
      ? `${trustArea[1]!.replace(/^k/, 'K')} i ${trustArea[2]}`
      : municipalities
        ? `${municipalities[1]!.replace(/^k/, 'K')} i ${municipalities[2]!.replace(/\s+/g, ' ')}`
        : null,
  };
}
