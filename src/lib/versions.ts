import { diffClauses, sharedShare, type ClauseDiff } from './diff.ts';
import type { Clause } from './types.ts';

/** One clause across two versions: changed, added, removed or the same. */
export interface VersionRow {
  older: Clause | null;
  newer: Clause | null;
  /** The word diff of number, heading and text; null when the clause was added, removed or is unchanged. */
  diff: ClauseDiff | null;
  change: 'endret' | 'ny' | 'fjernet' | 'uendret';
}

/** Options for versionChanges. */
export interface VersionOptions {
  /** Two clauses are the same clause (changed) when at least this share of their wording is kept. */
  minShared?: number;
}

const full = (clause: Clause) => `${[clause.number, clause.heading, ...clause.notes].filter(Boolean).join(' ')}\n${clause.text}`.trim();

/**
 * The changes between two versions of a guideline, clause by clause, in the newer version's order.
 * A clause is matched first by id (its address), when its wording is largely kept; the rest are
 * matched by wording, so a renumbered clause shows as changed rather than as removed and added.
 */
export function versionChanges(older: ReadonlyArray<Clause>, newer: ReadonlyArray<Clause>, { minShared = 0.5 }: VersionOptions = {}): VersionRow[] {
  const diffs = new Map<string, ClauseDiff>();
  const diff = (x: Clause, y: Clause) => {
    const key = `${x.id}\u0000${y.id}`;
    if (!diffs.has(key)) diffs.set(key, diffClauses(full(x), full(y)));
    return diffs.get(key)!;
  };
  const match = new Map<Clause, Clause>(); // newer → older
  const used = new Set<Clause>();
  const olderById = new Map(older.map((clause) => [clause.id, clause]));
  for (const clause of newer) {
    const before = olderById.get(clause.id);
    if (before && sharedShare(diff(before, clause)) >= minShared) {
      match.set(clause, before);
      used.add(before);
    }
  }
  for (const clause of newer) {
    if (match.has(clause)) continue;
    const candidates = older.filter((candidate) => !used.has(candidate)).map((candidate) => ({ candidate, share: sharedShare(diff(candidate, clause)) }));
    const best = candidates.reduce<(typeof candidates)[number] | undefined>((top, item) => (item.share > (top?.share ?? -1) ? item : top), undefined);
    if (best && best.share >= minShared) {
      match.set(clause, best.candidate);
      used.add(best.candidate);
    }
  }
  const rows: VersionRow[] = newer.map((clause) => {
    const before = match.get(clause);
    if (!before) return { older: null, newer: clause, diff: null, change: 'ny' };
    const same = full(before).replace(/\s+/g, ' ') === full(clause).replace(/\s+/g, ' ');
    return { older: before, newer: clause, diff: same ? null : diff(before, clause), change: same ? 'uendret' : 'endret' };
  });
  // A removed clause goes right after the row of the clause that came before it in the older version.
  older.forEach((clause, index) => {
    if (used.has(clause)) return;
    const previous = older.slice(0, index).reverse().find((candidate) => rows.some((row) => row.older === candidate));
    const at = previous ? rows.findIndex((row) => row.older === previous) + 1 : 0;
    rows.splice(at, 0, { older: clause, newer: null, diff: null, change: 'fjernet' });
  });
  return rows;
}
