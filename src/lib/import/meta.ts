import type { SourceLine } from '../model/types.ts';
import { join } from './structure.ts';

/** Front matter fields an import could read from its source; null where the source does not say. */
export interface FoundMeta {
  title: string | null;
  subtitle: string | null;
  kind: 'retningslinje' | 'samarbeidsprosedyre' | 'handlingsplan' | null;
  number: string | null;
  language: 'nb' | 'nn';
  status: 'utkast' | null;
  version: string | null;
  approved: { date: string; by: string } | null;
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
// Words that only one of the two written standards uses, common in these texts.
const NYNORSK = new Set([
  'ikkje',
  'eit',
  'frå',
  'dei',
  'korleis',
  'kva',
  'vere',
  'vert',
  'berre',
  'kommunane',
  'utgjer',
  'tenester',
  'helsetenesta',
  'sjukehus',
  'òg',
]);
const BOKMAL = new Set([
  'ikke',
  'et',
  'fra',
  'de',
  'hvordan',
  'hva',
  'være',
  'blir',
  'bare',
  'kommunene',
  'utgjør',
  'tjenester',
  'helsetjenesten',
  'sykehus',
  'også',
]);
const DATE = /(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b/;
const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const SIST_OPPDATERT = /^sist oppdatert:?\s*(.+)$/i;
const HOSPITAL =
  /\b(\p{Lu}[\p{L}-]+ (?:sykehus|sjukehus) HF|(?:St\. Olavs|Universitetssykehuset|Sykehuset|Sjukehuset|Helse|Helgelandssykehuset|Nordlandssykehuset|Finnmarkssykehuset|Vestre|Akershus)(?:\s+(?:og\s+|i\s+)?[\p{Lu}][\p{L}.-]*)*\s+(?:HF|Helseforetak|helseføretak|hospital HF|Hospital HF))(\s*\([\p{Lu}]{2,6}\))?/u;
// `kommunene i Møre og Romsdal`, but not `kommunene i Telemark og Sykehuset Telemark` nor `… i Agder og Sørlandet sykehus HF`.
const MUNICIPALITIES =
  /\b(kommunene|kommunane) i (\p{Lu}[\p{L}-]*(?: og (?!Helse\b|Sykehuset\b|Sjukehuset\b|Universitetssykehuset\b|St\.)\p{Lu}[\p{L}-]*(?!\s+(?:sykehus|sjukehus|HF|hospital|[Hh]elseforetak)\b))*)/u;
// `godkjent i Strategisk samarbeidsutval 01.06.2023`, or, without `i`/`av`, a body's abbreviation: `godkjent OSU 20.11.16`.
const APPROVAL =
  /\b[Gg]odkjent(?:\s+(?:i|av)\s+([\p{L}&() -]{2,80}?)|\s+(\p{Lu}{2,6}))\s+(?:den\s+)?(\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\d{1,2}\.\s+\p{L}+\s+\d{4})/u;

/** An ISO date from a Norwegian one (`01.06.2023`, `20.11.16`, `6. februar 2025`), or null. */
export function isoDate(text: string): string | null {
  const numeric = DATE.exec(text);
  if (numeric) {
    const [, day, month, year] = numeric;
    return check(`${year!.length === 2 ? `20${year}` : year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
  }
  const written = /(\d{1,2})\.\s+(\p{L}+)\s+(\d{4})/u.exec(text);
  const month = written ? MONTHS.indexOf(written[2]!.toLowerCase()) + 1 : 0;
  return written && month > 0
    ? check(`${written[3]}-${String(month).padStart(2, '0')}-${written[1]!.padStart(2, '0')}`)
    : null;
}

const check = (iso: string) => (new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null);

/**
 * Reads what the source states about itself: title (and the line above it), kind, number, dates,
 * approval, the hospital trust and the municipalities. Every line of the title block is used: the
 * title, the lines above it (subtitle) and "Sist oppdatert".
 */
export function findMeta(titleLines: ReadonlyArray<SourceLine>, bodyText: string): FoundMeta {
  let lastUpdated: string | null = null;
  const lines = titleLines.filter((line) => {
    const match = SIST_OPPDATERT.exec(line.text);
    const date = match && isoDate(match[1]!);
    if (date) lastUpdated = date;
    return !date;
  });
  // The title starts at the line that names the kind of document; lines above it are its subtitle.
  const start = Math.max(
    0,
    lines.findIndex((line) => KINDS.some(([pattern]) => pattern.test(line.text.split(' ')[0] ?? ''))),
  );
  const title = lines.length > 0 ? join(lines.slice(start).map((line) => line.text)) : null;
  const subtitle = start > 0 ? join(lines.slice(0, start).map((line) => line.text)) : null;
  const all = `${title ?? ''}\n${subtitle ?? ''}\n${bodyText}`.replace(/\s+/g, ' ');
  const kind =
    KINDS.find(([pattern]) => pattern.test(title ?? ''))?.[1] ??
    KINDS.find(([pattern]) => pattern.test(bodyText.slice(0, 600)))?.[1] ??
    null;
  const number =
    /\bretningslinje\s+(?:nr\.?\s*)?(\d+)\b/i.exec(title ?? '')?.[1] ??
    /\bdelavtale\s+(?:nr\.?\s*)?(\d+)\b/i.exec(title ?? '')?.[1] ??
    null;
  const tokens = all.toLowerCase().match(/\p{L}+/gu) ?? [];
  const nn = tokens.filter((word) => NYNORSK.has(word)).length;
  const nb = tokens.filter((word) => BOKMAL.has(word)).length;
  const hospital = HOSPITAL.exec(all);
  const municipalities = MUNICIPALITIES.exec(all);
  const approval = APPROVAL.exec(all);
  const approvedDate = approval ? isoDate(approval[3]!) : null;
  const version = /\bversjon:?\s+(\d+(?:\.\d+)*)\b/i.exec(all)?.[1] ?? null;
  return {
    title,
    subtitle,
    kind,
    number,
    language: nn > nb ? 'nn' : 'nb',
    status: /\butkast\b/i.test(`${title ?? ''} ${subtitle ?? ''}`) ? 'utkast' : null,
    version,
    approved: approval && approvedDate ? { date: approvedDate, by: (approval[1] ?? approval[2]!).trim() } : null,
    lastUpdated,
    hospital: hospital ? `${hospital[1]}${hospital[2] ?? ''}` : null,
    region: municipalities?.[2] ?? null,
    municipalities: municipalities ? `${municipalities[1]!.replace(/^k/, 'K')} i ${municipalities[2]}` : null,
  };
}
