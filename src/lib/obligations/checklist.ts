import type { ChecklistFields } from './csv.ts';

// The checklist on /retningslinjer/<slug>/plikter/: its columns, the Status choices, and how what a
// municipality fills in is kept in the browser (localStorage, per guideline and version: a new
// version starts a new checklist, since its obligations may differ). Browser-safe.

/** The checklist's columns, as its header and its cards on a phone name them. */
export const CHECKLIST_COLUMNS = [
  'Utført',
  'Hva teksten sier',
  'Frist i teksten',
  'Ansvarlig hos oss',
  'Status',
  'Frist',
] as const;

/** The choices of the Status field; the empty choice is "not set". */
export const STATUS_CHOICES = ['', 'Ikke påbegynt', 'Pågår', 'Ferdig', 'Ikke aktuelt'] as const;

/** The localStorage key of a guideline version's checklist. */
export const checklistKey = (slug: string, version: string) => `plikter:${slug}@${version}`;

export type StoredChecklist = Record<string, ChecklistFields>;

/** Reads a stored checklist, leaving out anything that is not one (an old or edited value). */
export function readChecklist(stored: string | null): StoredChecklist {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return {};
    const out: StoredChecklist = {};
    for (const [id, fields] of Object.entries(value as Record<string, Partial<ChecklistFields>>)) {
      if (typeof fields !== 'object' || fields === null) continue;
      out[id] = {
        responsible: typeof fields.responsible === 'string' ? fields.responsible : '',
        status: typeof fields.status === 'string' ? fields.status : '',
        due: typeof fields.due === 'string' ? fields.due : '',
        done: fields.done === true,
      };
    }
    return out;
  } catch {
    return {};
  }
}
