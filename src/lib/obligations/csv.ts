import { stringify } from 'csv-stringify/sync';
import type { ExportedGuideline } from '../publish/export.ts';
import { clauseHeading, INTRODUCTION } from '../model/clause-names.ts';

/** The columns of /data/plikter/<slug>.csv: what the guideline says, then blank columns for a municipality to track its work. */
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

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula
// ("CSV injection", OWASP): a guideline's words must never run. Excel and LibreOffice take a leading
// apostrophe as "this cell is text" and do not show it, so the reader sees the source's words as
// they are; a program reading the file as data sees the apostrophe and can drop it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as a spreadsheet must read it: as text, never as a formula. */
export const asText = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/**
 * A guideline's obligations as CSV that Norwegian Excel opens as it is: UTF-8 with a byte order mark
 * (without it Excel reads æøå as Windows-1252), `;` between fields (Excel in a Norwegian locale
 * expects it, since the comma is the decimal sign), RFC 4180 quoting and CRLF line ends.
 */
export function obligationsCsv(guideline: ExportedGuideline, origin = ''): string {
  const clauses = new Map(guideline.clauses.map((clause) => [clause.id, clause]));
  const rows = guideline.obligations.map((o) => {
    const clause = clauses.get(o.clause);
    return [
      o.id,
      clause ? (clause.number ?? clauseHeading(clause)) : INTRODUCTION,
      o.party,
      o.actor ?? '',
      o.modality,
      o.text,
      o.leadIn ?? '',
      o.deadline ?? '',
      o.topics.join(', '),
      `${origin}${o.url}`,
      '',
      '',
      '',
      '',
    ].map(asText);
  });
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, delimiter: ';', record_delimiter: '\r\n' });
}
