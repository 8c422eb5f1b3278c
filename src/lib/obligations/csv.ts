import type { PublishedGuideline } from '../model/published.ts';
import { clauseHeading, INTRODUCTION } from '../model/clause-names.ts';
import { MODALITIES, PARTIES } from '../model/vocabulary.ts';

/** The columns of /data/plikter/<slug>.csv: what the guideline says, then columns for a municipality to track its work. */
export const CSV_COLUMNS = [
  'ID',
  'Punkt',
  'Part',
  'Aktør',
  'Type',
  'Tekst',
  'Innledning',
  'Frist i teksten',
  'Tema',
  'Lenke',
  'Ansvarlig hos oss',
  'Status',
  'Vår frist',
  'Utført',
] as const;

/** What a municipality writes in the checklist for one obligation (blank in the published file). */
export interface ChecklistFields {
  responsible: string;
  status: string;
  due: string;
  done: boolean;
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula
// ("CSV injection", OWASP): a guideline's words must never run. Excel and LibreOffice take a leading
// apostrophe as "this cell is text" and do not show it, so the reader sees the source's words as
// they are; a program reading the file as data sees the apostrophe and can drop it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as a spreadsheet must read it: as text, never as a formula. */
export const asText = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** The rows of the CSV, header first, party and type named as the pages name them; `fields` fills the last four columns (the checklist as filled in on screen). */
export function obligationRows(
  guideline: PublishedGuideline,
  origin = '',
  fields: (id: string) => ChecklistFields | undefined = () => undefined,
): string[][] {
  const clauses = new Map(guideline.clauses.map((clause) => [clause.id, clause]));
  const rows = guideline.obligations.map((o) => {
    const clause = clauses.get(o.clause);
    const filled = fields(o.id);
    return [
      o.id,
      clause ? (clause.number ?? clauseHeading(clause)) : INTRODUCTION,
      PARTIES[o.party].label,
      o.actor ?? '',
      MODALITIES[o.modality].label,
      o.text,
      o.leadIn ?? '',
      o.deadline ?? '',
      o.topics.join(', '),
      `${origin}${o.url}`,
      filled?.responsible ?? '',
      filled?.status ?? '',
      filled?.due ?? '',
      filled?.done ? 'Ja' : '',
    ].map(asText);
  });
  return [[...CSV_COLUMNS], ...rows];
}

/** RFC 4180 quoting: a field with the delimiter, a quote or a line break is quoted, its quotes doubled. */
const field = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * Rows as CSV that Norwegian Excel opens as it is: UTF-8 with a byte order mark (without it Excel
 * reads æøå as Windows-1252), `;` between fields (Excel in a Norwegian locale expects it, since the
 * comma is the decimal sign), RFC 4180 quoting and CRLF line ends. Browser-safe: the checklist page
 * writes the filled-in file with it.
 */
export const csvText = (rows: ReadonlyArray<ReadonlyArray<string>>) =>
  `\uFEFF${rows.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;

/** A guideline's obligations as the published CSV, the tracking columns blank. */
export function obligationsCsv(guideline: PublishedGuideline, origin = ''): string {
  return csvText(obligationRows(guideline, origin));
}
