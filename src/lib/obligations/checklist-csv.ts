import { guidelineUrl } from '../model/routes.ts';
import { answerKeys, answered, type StoredChecklist } from './checklist.ts';
import { CSV_COLUMNS } from './csv.ts';

// A checklist downloaded from …/plikter/ (obligations/csv.ts wrote it) read back into answers, so that
// what a municipality wrote survives a cleared browser or a move to another machine. Browser-safe: the
// page parses the file with csv-parse and hands the records here; nothing is uploaded.

/** What a loaded file gives: the answers it holds, or why it cannot be read as this guideline's checklist. */
export type LoadedChecklist =
  { kind: 'answers'; answers: StoredChecklist; rows: number; filled: number } | { kind: 'error'; message: string };

const NEEDED = ['ID', 'Tekst', 'Lenke', 'Ansvarlig hos oss', 'Status', 'Vår frist', 'Utført'] as const;

/** The spreadsheet-safe apostrophe csv.ts puts before a cell that would read as a formula, taken off again. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** The guideline a checklist row's link leads to (`…/retningslinjer/<slug>/#…`), or null. */
function linkedSlug(link: string, slugs: ReadonlyArray<string>): string | null {
  return slugs.find((slug) => link.includes(guidelineUrl(slug))) ?? null;
}

/**
 * A parsed checklist file (its records, by column name) as answers for `slug`'s checklist. A file of
 * another guideline, or one that is not a checklist, is refused with a sentence that says so.
 */
export function loadChecklistCsv(
  records: ReadonlyArray<Record<string, string | undefined>>,
  slug: string,
  names: { slugs: ReadonlyArray<string>; title: (slug: string) => string },
): LoadedChecklist {
  const columns = new Set(Object.keys(records[0] ?? {}));
  const missing = NEEDED.filter((column) => !columns.has(column));
  if (records.length === 0 || missing.length > 0)
    return {
      kind: 'error',
      message: `Filen er ikke en sjekkliste lastet ned fra denne siden: ${
        records.length === 0
          ? 'den har ingen rader'
          : `kolonnen${missing.length > 1 ? 'e' : ''} ${missing.join(', ')} mangler`
      }. Den skal ha kolonnene ${CSV_COLUMNS.join(', ')}.`,
    };
  const cell = (record: Record<string, string | undefined>, column: (typeof NEEDED)[number]) =>
    unguard(record[column] ?? '');
  const linked = new Set(records.map((record) => linkedSlug(cell(record, 'Lenke'), names.slugs)));
  if (!linked.has(slug)) {
    const other = [...linked].find((found): found is string => found !== null);
    return {
      kind: 'error',
      message: other
        ? `Filen er sjekklisten for ${names.title(other)}, ikke for ${names.title(slug)}. Åpne den på sidens egen sjekkliste.`
        : `Filen er ikke sjekklisten for ${names.title(slug)}: lenkene i den fører ikke til retningslinjen.`,
    };
  }
  const rows = records.map((record) => ({ id: cell(record, 'ID'), text: cell(record, 'Tekst') }));
  const keys = answerKeys(rows);
  const answers: StoredChecklist = {};
  records.forEach((record, index) => {
    const { id, text } = rows[index]!;
    const answer = {
      id,
      text,
      version: '',
      responsible: cell(record, 'Ansvarlig hos oss'),
      status: cell(record, 'Status'),
      due: cell(record, 'Vår frist'),
      done: cell(record, 'Utført').trim().toLowerCase() === 'ja',
    };
    if (answered(answer)) answers[keys.get(id)!] = answer;
  });
  return { kind: 'answers', answers, rows: records.length, filled: Object.keys(answers).length };
}
