import { diffClauses, serialiseDiff, sharedShare, type ClauseDiff } from '../compare/diff.ts';
import { clauseName, clauseReference, writtenNumber } from '../model/clause-names.ts';
import type { Clause } from '../model/types.ts';

/** What happened to a clause between two versions. A kept clause can be moved, renumbered and reworded at once. */
export type ChangeKind =
  'omformulert' | 'flyttet' | 'omnummerert' | 'delt' | 'sammenslått' | 'ny' | 'fjernet' | 'uendret';

/** How each kind of change is named, in a row's label and in the summary. */
export const CHANGE_KINDS: Record<ChangeKind, { label: string }> = {
  flyttet: { label: 'Flyttet' },
  omnummerert: { label: 'Nytt nummer' },
  omformulert: { label: 'Endret ordlyd' },
  delt: { label: 'Delt' },
  sammenslått: { label: 'Slått sammen' },
  ny: { label: 'Nytt' },
  fjernet: { label: 'Fjernet' },
  uendret: { label: 'Uendret' },
};

/** The kinds in the order a summary lists them: every key of CHANGE_KINDS. */
export const CHANGE_ORDER = Object.keys(CHANGE_KINDS) as ChangeKind[];

/** One clause (or the clauses of a split or merge) across two versions. */
export interface VersionRow {
  /** The clauses of the earlier version: none for a new clause, two or more when they were merged. */
  older: Clause[];
  /** The clauses of the newer version: none for a removed clause, two or more when one was split. */
  newer: Clause[];
  /** What happened: `uendret` alone, or one or more of the other kinds. */
  kinds: ChangeKind[];
  /** The word diff of number, heading and text (of the parts joined, for a split or merge); null when the text is the same or there is no counterpart. */
  diff: ClauseDiff | null;
}

/** Options for versionChanges. */
export interface VersionOptions {
  /** Two clauses are the same clause when at least this share of their wording is kept (sharedShare). */
  minShared?: number;
  /** A clause is a part of a split (or merge) when at least this share of its wording comes from the other side's clause. */
  minPart?: number;
}

const full = (clause: Clause) =>
  `${[writtenNumber(clause), clause.heading, ...clause.notes].filter(Boolean).join(' ')}\n${clause.text}`.trim();
// The words of a clause without its number: a renumbered clause keeps its wording.
const wording = (clause: Clause) =>
  [clause.heading, ...clause.notes, clause.text].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
const letters = (text: string) => text.replace(/\s+/g, '').length;

/** The share (0..1) of one side of a diff that the other side keeps: `older` counts the old text, `newer` the new. */
function kept({ parts }: ClauseDiff, side: 'older' | 'newer'): number {
  const count = (type: 'equal' | 'delete' | 'insert') =>
    parts.filter((part) => part.type === type).reduce((sum, part) => sum + letters(part.text), 0);
  const equal = count('equal');
  return equal / (equal + count(side === 'older' ? 'delete' : 'insert') || 1);
}

/**
 * The changes between two versions of a guideline, in the newer version's order (a removed clause
 * right after the clause that preceded it). Clauses are matched first by id when their wording is
 * largely kept, then by wording, so a renumbered clause is not taken for the one that got its
 * number. An old clause whose wording the new version spreads over several clauses is a split, several
 * old clauses gathered in one new clause a merge. A kept clause is moved when it left the order of the
 * others (the fewest moves that explain the new order) or changed section.
 */
export function versionChanges(
  older: ReadonlyArray<Clause>,
  newer: ReadonlyArray<Clause>,
  { minShared = 0.5, minPart = 0.6 }: VersionOptions = {},
): VersionRow[] {
  const diffs = new Map<string, ClauseDiff>();
  const diff = (x: Clause, y: Clause) => {
    const key = `${x.id}\u0000${y.id}`;
    if (!diffs.has(key)) diffs.set(key, diffClauses(full(x), full(y)));
    return diffs.get(key)!;
  };

  // One to one: by id, then by the best wording among the clauses left.
  const match = new Map<Clause, Clause>(); // newer → older
  const matchOf = new Map<Clause, Clause>(); // older → newer
  const pair = (before: Clause, after: Clause) => (match.set(after, before), matchOf.set(before, after));
  const olderById = new Map(older.map((clause) => [clause.id, clause]));
  for (const clause of newer) {
    const before = olderById.get(clause.id);
    if (before && sharedShare(diff(before, clause)) >= minShared) pair(before, clause);
  }
  for (const clause of newer) {
    if (match.has(clause)) continue;
    let best: { candidate: Clause; share: number } | undefined;
    for (const candidate of older) {
      if (matchOf.has(candidate)) continue;
      const share = sharedShare(diff(candidate, clause));
      if (share > (best?.share ?? -1)) best = { candidate, share };
    }
    if (best && best.share >= minShared) pair(best.candidate, clause);
  }

  // Splits, then merges: a group of two or more parts that together hold most of the whole, where
  // no single part does (otherwise the whole was kept and the other part copies some of it).
  const grouped = new Set<Clause>();
  const free = (clause: Clause, whole: Clause, partner: Map<Clause, Clause>) =>
    !grouped.has(clause) && (!partner.has(clause) || partner.get(clause) === whole);
  const splits = new Map<Clause, Clause[]>(); // older → newer parts
  for (const whole of older) {
    const parts = newer.filter((part) => free(part, whole, match) && kept(diff(whole, part), 'newer') >= minPart);
    const single = matchOf.get(whole);
    if (parts.length < 2 || (single && kept(diff(whole, single), 'older') >= 0.8)) continue;
    if (parts.reduce((sum, part) => sum + kept(diff(whole, part), 'older'), 0) < minShared) continue;
    splits.set(whole, parts);
    for (const clause of [whole, ...parts]) grouped.add(clause);
  }
  const merges = new Map<Clause, Clause[]>(); // newer → older parts
  for (const whole of newer) {
    if (grouped.has(whole)) continue;
    const parts = older.filter((part) => free(part, whole, matchOf) && kept(diff(part, whole), 'older') >= minPart);
    const single = match.get(whole);
    if (parts.length < 2 || (single && kept(diff(single, whole), 'newer') >= 0.8)) continue;
    if (parts.reduce((sum, part) => sum + kept(diff(part, whole), 'newer'), 0) < minShared) continue;
    merges.set(whole, parts);
    for (const clause of [whole, ...parts]) grouped.add(clause);
  }

  // Rows in the newer order; a split is shown at its first part.
  const rows: VersionRow[] = [];
  const splitOf = new Map([...splits].flatMap(([whole, parts]) => parts.map((part) => [part, whole] as const)));
  for (const clause of newer) {
    const whole = splitOf.get(clause);
    if (whole) {
      const parts = splits.get(whole)!;
      if (parts[0] === clause)
        rows.push({
          older: [whole],
          newer: parts,
          kinds: ['delt'],
          diff: diffClauses(full(whole), parts.map(full).join('\n\n')),
        });
    } else if (merges.has(clause)) {
      const parts = merges.get(clause)!;
      rows.push({
        older: parts,
        newer: [clause],
        kinds: ['sammenslått'],
        diff: diffClauses(parts.map(full).join('\n\n'), full(clause)),
      });
    } else if (match.has(clause) && !grouped.has(match.get(clause)!)) {
      const before = match.get(clause)!;
      const renumbered = writtenNumber(before) !== writtenNumber(clause); // «Punkt 2» → «§ 2» too
      const reworded = wording(before) !== wording(clause);
      const kinds: ChangeKind[] = [
        ...(renumbered ? ['omnummerert' as const] : []),
        ...(reworded ? ['omformulert' as const] : []),
      ];
      rows.push({
        older: [before],
        newer: [clause],
        kinds,
        diff: renumbered || reworded ? diff(before, clause) : null,
      });
    } else {
      rows.push({ older: [], newer: [clause], kinds: ['ny'], diff: null });
    }
  }
  markMoves(rows, older);
  for (const row of rows) if (row.kinds.length === 0) row.kinds.push('uendret');

  older.forEach((clause, index) => {
    if (rows.some((row) => row.older.includes(clause))) return;
    const previous = older
      .slice(0, index)
      .reverse()
      .find((candidate) => rows.some((row) => row.older.includes(candidate)));
    const at = previous ? rows.findIndex((row) => row.older.includes(previous)) + 1 : 0;
    rows.splice(at, 0, { older: [clause], newer: [], kinds: ['fjernet'], diff: null });
  });
  return rows;
}

/**
 * Marks the kept clauses that moved: those outside the longest run that keeps its old order (so a
 * swap of two clauses is one move, and the clause that moved is the one that jumped over the other),
 * and those that now stand under another section.
 */
function markMoves(rows: VersionRow[], older: ReadonlyArray<Clause>): void {
  const placed = rows.filter((row) => row.older.length > 0);
  const position = placed.map((row) => Math.min(...row.older.map((clause) => older.indexOf(clause))));
  // Longest increasing subsequence, O(n²) (a guideline has tens of clauses): longest[i] is the
  // longest run starting at i; picking from the front keeps the earliest rows where runs tie.
  const longest = position.map(() => 1);
  for (let i = position.length - 1; i >= 0; i--) {
    for (let j = i + 1; j < position.length; j++)
      if (position[j]! > position[i]! && longest[j]! + 1 > longest[i]!) longest[i] = longest[j]! + 1;
  }
  const inOrder = new Set<number>();
  let need = Math.max(0, ...longest);
  let last = -1;
  position.forEach((value, i) => {
    if (need > 0 && longest[i] === need && value > last) {
      inOrder.add(i);
      last = value;
      need--;
    }
  });
  const newerOf = (id: string | null) =>
    rows.find((row) => row.older.some((clause) => clause.id === id))?.newer.map((clause) => clause.id) ?? [];
  placed.forEach((row, i) => {
    if (row.older.length !== 1 || row.newer.length !== 1) return;
    const [before, after] = [row.older[0]!, row.newer[0]!];
    const otherSection =
      before.parent === null ? after.parent !== null : !newerOf(before.parent).includes(after.parent ?? '');
    if (!inOrder.has(i) || otherSection) row.kinds.unshift('flyttet');
  });
}

// The serialisation names an unnumbered clause by its id: unique, and it shows the section it is in.
const key = (clause: Clause) => (clause.number ? clauseReference(clause) : clause.id);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a row says happened, in words: "Flyttet fra punkt 8 til punkt 9", "punkt 5.1 er delt i punkt 5.1 og punkt 5.2". Give both versions' clauses to name unnumbered clauses by section. */
export function describeChange(
  { older, newer, kinds }: VersionRow,
  versions: { older?: ReadonlyArray<Clause>; newer?: ReadonlyArray<Clause> } = {},
): string {
  const [before, after] = [older[0], newer[0]];
  const name = (clause: Clause) => clauseName(clause, older.includes(clause) ? versions.older : versions.newer);
  const list = (clauses: Clause[]) =>
    clauses
      .map(name)
      .join(', ')
      .replace(/, ([^,]*)$/, ' og $1');
  if (kinds.includes('delt')) return capitalise(`${name(before!)} er delt i ${list(newer)}`);
  if (kinds.includes('sammenslått')) return capitalise(`${list(older)} er slått sammen til ${name(after!)}`);
  if (kinds.includes('ny')) return `Nytt: ${name(after!)}`;
  if (kinds.includes('fjernet')) return `Fjernet: ${name(before!)}`;
  const moved = kinds.includes('flyttet');
  const renumbered = kinds.includes('omnummerert');
  const sentence = moved
    ? `Flyttet fra ${name(before!)} til ${name(after!)}`
    : renumbered
      ? `${name(before!)} har fått nytt nummer: ${name(after!)}`
      : name(after!);
  return capitalise(
    kinds.includes('omformulert')
      ? `${sentence}, med endret ordlyd`
      : kinds.includes('uendret')
        ? `${sentence}: uendret`
        : sentence,
  );
}

/** The change list as readable text, one row a line: `Flyttet, nytt nummer: punkt 8 → punkt 9` (used by tests). */
export function serialiseChanges(rows: ReadonlyArray<VersionRow>): string {
  return rows
    .map(({ older, newer, kinds, diff }) => {
      const label = kinds
        .map((kind, i) => (i === 0 ? CHANGE_KINDS[kind].label : CHANGE_KINDS[kind].label.toLowerCase()))
        .join(', ');
      const side = (clauses: Clause[]) => clauses.map(key).join(' + ') || '–';
      const clauses = kinds.includes('ny')
        ? side(newer)
        : kinds.includes('fjernet')
          ? side(older)
          : older.length === 1 && newer.length === 1 && older[0]!.id === newer[0]!.id
            ? side(newer)
            : `${side(older)} → ${side(newer)}`;
      const words =
        kinds.includes('omformulert') || kinds.includes('delt') || kinds.includes('sammenslått')
          ? ` | ${serialiseDiff(diff!.parts).replace(/\n+/g, ' / ')}`
          : '';
      return `${label}: ${clauses}${words}`;
    })
    .join('\n');
}

/** How many rows of each kind, in summary order, leaving out kinds that do not occur. */
export function changeCounts(rows: ReadonlyArray<VersionRow>): Array<{ kind: ChangeKind; rows: VersionRow[] }> {
  return CHANGE_ORDER.map((kind) => ({ kind, rows: rows.filter((row) => row.kinds.includes(kind)) })).filter(
    (entry) => entry.rows.length > 0,
  );
}

/**
 * Old addresses that still lead somewhere: for every clause of an earlier version whose id the newer
 * version no longer uses, the id of the clause that holds its text now (newer id → old ids). An old
 * id the newer version gives to another clause is that clause's address now, so it is not an alias.
 */
export function clauseAliases(rows: ReadonlyArray<VersionRow>): Map<string, string[]> {
  const taken = new Set(rows.flatMap((row) => row.newer.map((clause) => clause.id)));
  const aliases = new Map<string, string[]>();
  for (const { older, newer } of rows) {
    const target = newer[0];
    if (!target) continue;
    for (const clause of older) {
      if (taken.has(clause.id)) continue;
      aliases.set(target.id, [...(aliases.get(target.id) ?? []), clause.id]);
      taken.add(clause.id);
    }
  }
  return aliases;
}

/** The in-page id of a row of the change list: its newer clause's id, or `fjernet-<id>` for a removed clause. */
export const rowId = ({ older, newer }: VersionRow) =>
  newer[0] ? `endring-${newer[0].id}` : `endring-fjernet-${older[0]!.id}`;

/**
 * A side's clause HTML with its links to clauses (`#punkt-4-1`) pointed at the row that holds that
 * clause of the same version, so a link in an earlier version's text leads to the clause it meant
 * then, not to the clause of the current version that now has that id.
 */
export function linkToRows(html: string, rows: ReadonlyArray<VersionRow>, side: 'older' | 'newer'): string {
  const rowOf = new Map(rows.flatMap((row) => row[side].map((clause) => [clause.id, rowId(row)] as const)));
  return html.replace(/href="#([^"]+)"/g, (link, id: string) => {
    const row = rowOf.get(decodeURIComponent(id));
    return row ? `href="#${row}"` : link;
  });
}
