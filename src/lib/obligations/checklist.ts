import type { ChecklistFields } from './csv.ts';

// The checklist on /retningslinjer/<slug>/plikter/: its columns, the Status choices, and how what a
// municipality fills in is kept in the browser. Browser-safe.
//
// Answers are kept per guideline and per obligation *wording*, not per version or clause id: a new
// version renumbers clauses (and with them the obligations' ids), but an obligation whose words did
// not change is the same duty, and the municipality's answer to it still holds. An answer whose
// words are no longer in the text is kept and shown as such, never dropped (issue 33).

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

/** The localStorage key of a guideline's checklist (every version shares it). */
export const checklistKey = (slug: string) => `plikter:${slug}`;

/** The key of the checklist as it was kept before answers outlived a version: per version, by obligation id. */
export const versionChecklistKey = (slug: string, version: string) => `plikter:${slug}@${version}`;

/** One answer as it is kept: the fields, and the obligation they answered as it read then. */
export interface StoredAnswer extends ChecklistFields {
  /** The obligation's id when it was answered. */
  id: string;
  /** The obligation's words when it was answered, for showing an answer whose words changed. */
  text: string;
  /** The version of the guideline it was answered in. */
  version: string;
}

/** A guideline's kept answers, by answer key (answerKeys). */
export type StoredChecklist = Record<string, StoredAnswer>;

const EMPTY: ChecklistFields = { responsible: '', status: '', due: '', done: false };

/** Whether an answer holds anything a municipality wrote. */
export const answered = (fields: ChecklistFields | undefined) =>
  !!fields && (fields.done || fields.responsible !== '' || fields.status !== '' || fields.due !== '');

/** An obligation's words as its answer is keyed: white space collapsed, nothing else changed. */
const wording = (text: string) => text.replace(/\s+/g, ' ').trim();

/** FNV-1a, 32 bits: a short, stable key for a wording (not a security measure). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The key each obligation's answer is kept under, by obligation id: its wording's hash, and which
 * time that wording occurs in the guideline (two duties may read alike in two clauses).
 */
export function answerKeys(obligations: ReadonlyArray<{ id: string; text: string }>): Map<string, string> {
  const seen = new Map<string, number>();
  return new Map(
    obligations.map(({ id, text }) => {
      const hash = fnv1a(wording(text));
      const n = seen.get(hash) ?? 0;
      seen.set(hash, n + 1);
      return [id, `${hash}-${n}`];
    }),
  );
}

function readFields(value: Partial<ChecklistFields>): ChecklistFields {
  return {
    responsible: typeof value.responsible === 'string' ? value.responsible : '',
    status: typeof value.status === 'string' ? value.status : '',
    due: typeof value.due === 'string' ? value.due : '',
    done: value.done === true,
  };
}

/** Reads a kept checklist, leaving out anything that is not one (an old or edited value). */
export function readChecklist(stored: string | null): StoredChecklist {
  if (!stored) return {};
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: StoredChecklist = {};
    for (const [key, answer] of Object.entries(value as Record<string, Partial<StoredAnswer>>)) {
      if (typeof answer !== 'object' || answer === null || typeof answer.id !== 'string') continue;
      out[key] = {
        ...readFields(answer),
        id: answer.id,
        text: typeof answer.text === 'string' ? answer.text : '',
        version: typeof answer.version === 'string' ? answer.version : '',
      };
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * A checklist kept the earlier way (per version, by id) as answers: each takes the key of the
 * obligation with that id in `obligations` when they are of the same version; answers of another
 * version cannot be matched by words and are kept under their id, to show as not matched.
 */
export function readVersionChecklist(
  stored: string | null,
  version: string,
  current: { version: string; keys: ReadonlyMap<string, string>; texts: ReadonlyMap<string, string> },
): StoredChecklist {
  const out: StoredChecklist = {};
  if (!stored) return out;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
    for (const [id, fields] of Object.entries(value as Record<string, Partial<ChecklistFields>>)) {
      if (typeof fields !== 'object' || fields === null) continue;
      const same = version === current.version && current.keys.has(id);
      out[same ? current.keys.get(id)! : `id:${version}:${id}`] = {
        ...readFields(fields),
        id,
        text: same ? current.texts.get(id)! : '',
        version,
      };
    }
  } catch {
    // not a checklist: nothing to carry
  }
  return out;
}

/** What the kept answers say about one version's obligations. */
export interface CarriedChecklist {
  /** The answer that holds for each obligation, by obligation id (its words are the ones answered). */
  current: Map<string, ChecklistFields>;
  /** For an obligation whose words changed since it was answered: the earlier answer, by obligation id. */
  changed: Map<string, StoredAnswer>;
  /** Answers to obligations that are not in this version, with their words as answered. */
  removed: StoredAnswer[];
}

/** The words of a text, lower case, for telling a reworded duty from another one. */
const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? []);

/** How alike two wordings are: shared words over all words (Jaccard). */
function alike(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** How alike an earlier answer's words must be to an unanswered duty's to be shown as its earlier answer. */
const REWORDED = 0.6;

/**
 * Carries kept answers to a version's obligations (their ids, answer keys and words): an answer whose
 * words are still there holds; one whose words are gone is shown against the unanswered duty that
 * reads most like it (a rewording: at least REWORDED of the words shared, the same id preferred);
 * the rest are listed as removed.
 */
export function carryChecklist(
  answers: StoredChecklist,
  obligations: ReadonlyArray<{ id: string; key: string; text: string }>,
): CarriedChecklist {
  const byKey = new Map(obligations.map(({ id, key }) => [key, id]));
  const current = new Map<string, ChecklistFields>();
  const leftover: StoredAnswer[] = [];
  for (const [key, answer] of Object.entries(answers)) {
    if (!answered(answer)) continue;
    const id = byKey.get(key);
    if (id !== undefined) current.set(id, readFields(answer));
    else leftover.push(answer);
  }
  const open = obligations.filter(({ id }) => !current.has(id)).map((o) => ({ ...o, words: words(o.text) }));
  const changed = new Map<string, StoredAnswer>();
  const removed: StoredAnswer[] = [];
  for (const answer of leftover) {
    const mine = words(answer.text);
    const best = open
      .filter(({ id }) => !changed.has(id))
      .map((o) => ({ id: o.id, score: alike(mine, o.words) + (o.id === answer.id ? 0.01 : 0) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= REWORDED) changed.set(best.id, answer);
    else removed.push(answer);
  }
  return { current, changed, removed };
}

/** The kept answers with one obligation's fields set (a blank answer takes its entry out). */
export function setAnswer(
  answers: StoredChecklist,
  key: string,
  answer: Omit<StoredAnswer, keyof ChecklistFields>,
  fields: Partial<ChecklistFields>,
): StoredChecklist {
  const next = { ...answers };
  const merged = { ...EMPTY, ...answers[key], ...fields, ...answer };
  if (answered(merged)) next[key] = merged;
  else delete next[key];
  return next;
}
