import { alignGuidelines, type AlignedPair, type Alignment, type AlignOptions } from './align.ts';
import { diffClauses, sharedShare, type ClauseDiff } from './diff.ts';
import { groupAlignment, type AlignmentGroup } from './groups.ts';
import { cosine, type Comparable, type SimilarityModel } from './similarity.ts';
import { dutyDifferences, type DutyDifference } from '../obligations/duty-diff.ts';
import type { Clause, Obligation } from '../model/types.ts';

/** A pair of clauses shown side by side, row against row: its word diff, or the two texts as they are. */
export interface ComparisonRow {
  a: Clause;
  b: Clause;
  pair: AlignedPair;
  /** Word diff from A's text to B's; null when the wording differs throughout. */
  diff: ClauseDiff | null;
  /** True when both sides say exactly the same. */
  identical: boolean;
  /** True when the two texts share too little wording for a word diff to help (the diff is then null). */
  reworded: boolean;
  /** True when a side holds a table: both are shown as published, without marks (the diff is then null). */
  tables: boolean;
  /** Where the pair's duties differ. */
  duties: DutyDifference[];
}

/** A clause of a group shown in its side's column rather than in a row: with the clauses it is paired with. */
export interface ComparisonEntry {
  clause: Clause;
  /** Ids of the other side's clauses it is paired with (empty: only this side has it). */
  partners: string[];
}

/** An alignment group with its anchor on the page and where its duties differ: what the JSON export publishes of it. */
export interface OutlineGroup extends AlignmentGroup {
  /** The anchor of the group on the page: `gruppe-a-<id>` (or `gruppe-b-<id>` for a clause only B has). */
  anchor: string;
  /** Where the duties of the group's clauses differ, taken together (the difference a reader acts on). */
  duties: DutyDifference[];
}

/**
 * An alignment group as the page shows it, once, in its topic's section. A pair whose texts can be
 * read against each other (the same, or a readable word diff) is a row; the group's other clauses
 * stand in two columns, each side's in document order, so that no clause is shown twice.
 */
export interface ComparisonGroup extends OutlineGroup {
  rows: ComparisonRow[];
  columns: { a: ComparisonEntry[]; b: ComparisonEntry[] };
  /** True when the group is pairs that say exactly the same. */
  identical: boolean;
  /** Mean score of the group's pairs, null for a clause only one side has. */
  score: number | null;
}

/** The groups about one topic (null: clauses without a topic), and those standing elsewhere that touch it. */
export interface ComparisonSection {
  topic: string | null;
  groups: ComparisonGroup[];
  /** The section's clauses that only one side has, each with its group's anchor: shown together, a column a side. */
  alone: { a: Array<ComparisonEntry & { anchor: string }>; b: Array<ComparisonEntry & { anchor: string }> };
  /** Groups standing in another topic's section that also concern this one (linked, not repeated). */
  references: ComparisonGroup[];
  /** Mean score of the section's pairs, null when only one side covers the topic. */
  score: number | null;
  counts: { pairs: number; onlyA: number; onlyB: number };
}

/**
 * A comparison without its rows and texts: the alignment, where duties differ and the groups in page
 * order. It is what /data/sammenlign/<a>/<b>.json publishes (alignment-json.ts), and needs no word diff.
 */
export interface ComparisonOutline {
  alignment: Alignment;
  /** Where each of `alignment.pairs` differs in duties (same order). */
  pairDuties: DutyDifference[][];
  /** Every group, in page order. */
  groups: OutlineGroup[];
}

/** Everything the comparison page shows for two guidelines. */
export interface Comparison {
  alignment: Alignment;
  /** Where each of `alignment.pairs` differs in duties (same order). */
  pairDuties: DutyDifference[][];
  /** Every group, in page order. */
  groups: ComparisonGroup[];
  /** The groups by the topic they stand under, in vocabulary order (clauses without a topic last). */
  sections: ComparisonSection[];
  /** Similarity of the two whole texts, 0..1. */
  overall: number;
  /** Topics that only A or only B covers (by tags). */
  topicsOnlyA: string[];
  topicsOnlyB: string[];
  counts: { pairs: number; tagged: number; automatic: number; onlyA: number; onlyB: number };
}

/** What the comparison needs of a guideline: its clauses and, to compare duties, its obligations. */
export interface ComparedGuideline extends Comparable {
  obligations?: ReadonlyArray<Obligation>;
}

/** Options for compareGuidelines. */
export interface CompareOptions extends AlignOptions {
  /** Below this share of unchanged text, two texts are shown side by side without diff marks. */
  minShared?: number;
  /** The alignment, where it is known already (the mirror of the reverse pair's, mirror.ts): not worked out again. */
  alignment?: Alignment;
  /** A row's word diff, where the caller remembers diffs (and mirrors the reverse pair's); by default readableDiff with `minShared`. */
  rowDiff?: (a: Clause, b: Clause) => ClauseDiff | null;
}

/** A word diff worth reading, or null when the texts share less than `minShared` of their wording. */
export function readableDiff(before: string, after: string, minShared = 0.25): ClauseDiff | null {
  // Diffing texts that turn out to share little is most of the cost of a comparison. The characters
  // of the words both texts contain bound what any diff can find unchanged, so skip those that cannot qualify.
  if (sharedWordsShare(before, after) < minShared) return null;
  const diff = diffClauses(before, after);
  return sharedShare(diff) < minShared ? null : diff;
}

/** An upper bound of sharedShare: the characters of the words and signs the two texts have in common (as multisets). */
function sharedWordsShare(before: string, after: string): number {
  const words = (text: string) => text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
  const counts = new Map<string, number>();
  for (const word of words(before)) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of words(after)) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      counts.set(word, left - 1);
      common += word.length;
    }
  }
  const total = before.replace(/\s+/g, '').length + after.replace(/\s+/g, '').length;
  return total === 0 ? 1 : (2 * common) / total;
}

/**
 * Aligns two guidelines (unless `options.alignment` is given), groups the pairs and puts the groups
 * in page order (topic sections in vocabulary order, clauses without a topic last), with where their
 * duties differ: the comparison without its rows, for the JSON export.
 */
export function outlineComparison(
  a: ComparedGuideline,
  b: ComparedGuideline,
  model: SimilarityModel,
  options: CompareOptions = {},
): ComparisonOutline {
  const { alignment, pairDuties, groups } = outlineInAlignmentOrder(a, b, model, options);
  return {
    alignment,
    pairDuties,
    groups: sectionTopics(groups, options.topicOrder).flatMap((topic) =>
      groups.filter((group) => group.topic === topic),
    ),
  };
}

/** The outline with its groups in the order groupAlignment gives them (document order), not yet in sections. */
function outlineInAlignmentOrder(
  a: ComparedGuideline,
  b: ComparedGuideline,
  model: SimilarityModel,
  options: CompareOptions,
): ComparisonOutline {
  const { topicOrder = [] } = options;
  const alignment = options.alignment ?? alignGuidelines(a, b, model, options);
  const obligationsOf = (guideline: ComparedGuideline, ids: ReadonlyArray<string>) =>
    (guideline.obligations ?? []).filter((obligation) => ids.includes(obligation.clause));
  const duties = (as: ReadonlyArray<string>, bs: ReadonlyArray<string>) =>
    dutyDifferences(obligationsOf(a, as), obligationsOf(b, bs));
  return {
    alignment,
    pairDuties: alignment.pairs.map((pair) => duties([pair.a], [pair.b])),
    groups: groupAlignment(alignment, a.clauses, b.clauses, topicOrder).map((group): OutlineGroup => ({
      ...group,
      anchor: group.a.length > 0 ? `gruppe-a-${group.a[0]}` : `gruppe-b-${group.b[0]}`,
      duties: group.pairs.length > 0 ? duties(group.a, group.b) : [],
    })),
  };
}

/** Aligns two guidelines, groups the pairs, diffs every row and sorts the groups into topic sections in vocabulary order. */
export function compareGuidelines(
  a: ComparedGuideline,
  b: ComparedGuideline,
  model: SimilarityModel,
  options: CompareOptions = {},
): Comparison {
  const { topicOrder = [], minShared = 0.25 } = options;
  const outline = outlineInAlignmentOrder(a, b, model, options);
  const { alignment, pairDuties } = outline;
  const rowDiff = options.rowDiff ?? ((x: Clause, y: Clause) => readableDiff(x.text, y.text, minShared));
  const byId = (clauses: ReadonlyArray<Clause>) => new Map(clauses.map((clause) => [clause.id, clause]));
  const clausesA = byId(a.clauses);
  const clausesB = byId(b.clauses);

  const row = (index: number): ComparisonRow => {
    const pair = alignment.pairs[index]!;
    const [x, y] = [clausesA.get(pair.a)!, clausesB.get(pair.b)!];
    const identical = normalised(x) === normalised(y);
    // A table's plain text is its rows as lines of cells; marked word by word it would no longer read as a
    // table, so two clauses with tables are shown as published, side by side.
    const tables = !identical && (hasTable(x) || hasTable(y));
    const diff = tables ? null : rowDiff(x, y);
    return {
      a: x,
      b: y,
      pair,
      diff,
      identical,
      reworded: diff === null && !tables,
      tables,
      duties: pairDuties[index]!,
    };
  };
  const groups = outline.groups.map((group): ComparisonGroup => {
    // One pair is a row however it reads; in a larger group only the pairs that read against each other are.
    const candidates = matching(group, alignment).map(row);
    const rows =
      group.pairs.length === 1 ? candidates : candidates.filter((candidate) => candidate.identical || candidate.diff);
    const inRows = (side: 'a' | 'b', id: string) => rows.some((shown) => shown[side].id === id);
    const partners = (side: 'a' | 'b', id: string) =>
      group.pairs
        .map((index) => alignment.pairs[index]!)
        .filter((pair) => pair[side] === id)
        .map((pair) => pair[side === 'a' ? 'b' : 'a']);
    const entries = (side: 'a' | 'b', clauses: Map<string, Clause>) =>
      group[side]
        .filter((id) => !inRows(side, id))
        .map((id) => ({ clause: clauses.get(id)!, partners: partners(side, id) }));
    const scores = group.pairs.map((index) => alignment.pairs[index]!.score);
    const columns = { a: entries('a', clausesA), b: entries('b', clausesB) };
    return {
      ...group,
      rows,
      columns,
      identical: rows.length > 0 && columns.a.length + columns.b.length === 0 && rows.every((shown) => shown.identical),
      score: mean(scores),
    };
  });

  const rank = (topic: string | null) => topicRank(topicOrder, topic);
  const sections = sectionTopics(groups, topicOrder).map((topic): ComparisonSection => {
    const own = groups.filter((group) => group.topic === topic);
    const single = own.filter((group) => group.pairs.length === 0);
    const alone = (side: 'a' | 'b') =>
      single.flatMap((group) => group.columns[side].map((entry) => ({ ...entry, anchor: group.anchor })));
    return {
      topic,
      groups: own,
      alone: { a: alone('a'), b: alone('b') },
      references: groups.filter((group) => topic !== null && group.alsoTopics.includes(topic)),
      score: mean(own.flatMap((group) => group.pairs.map((index) => alignment.pairs[index]!.score))),
      counts: {
        pairs: own.reduce((sum, group) => sum + group.pairs.length, 0),
        onlyA: own.filter((group) => group.b.length === 0).length,
        onlyB: own.filter((group) => group.a.length === 0).length,
      },
    };
  });
  const tagged = (clauses: ReadonlyArray<Clause>) => new Set(clauses.flatMap((clause) => clause.topics));
  const [topicsA, topicsB] = [tagged(a.clauses), tagged(b.clauses)];
  const taggedPairs = alignment.pairs.filter((pair) => pair.source === 'tagged').length;
  return {
    alignment,
    pairDuties,
    groups: sections.flatMap((section) => section.groups),
    sections,
    overall: round(cosine(model.document(a.slug), model.document(b.slug))),
    topicsOnlyA: [...topicsA].filter((topic) => !topicsB.has(topic)).sort((x, y) => rank(x) - rank(y)),
    topicsOnlyB: [...topicsB].filter((topic) => !topicsA.has(topic)).sort((x, y) => rank(x) - rank(y)),
    counts: {
      pairs: alignment.pairs.length,
      tagged: taggedPairs,
      automatic: alignment.pairs.length - taggedPairs,
      onlyA: alignment.onlyA.length,
      onlyB: alignment.onlyB.length,
    },
  };
}

/**
 * The pairs of a group that can stand as rows, each clause in one at most: the best pairs first (by
 * score, then document order), each taking two clauses not yet taken; in A's document order.
 */
function matching(group: AlignmentGroup, alignment: Alignment): number[] {
  const takenA = new Set<string>();
  const takenB = new Set<string>();
  const chosen: number[] = [];
  const byScore = [...group.pairs].sort((x, y) => alignment.pairs[y]!.score - alignment.pairs[x]!.score || x - y);
  for (const index of byScore) {
    const pair = alignment.pairs[index]!;
    if (takenA.has(pair.a) || takenB.has(pair.b)) continue;
    takenA.add(pair.a);
    takenB.add(pair.b);
    chosen.push(index);
  }
  // alignment.pairs is in document order already.
  return chosen.sort((x, y) => x - y);
}

const mean = (scores: number[]) =>
  scores.length > 0 ? round(scores.reduce((sum, score) => sum + score, 0) / scores.length) : null;
const hasTable = (clause: Clause) => clause.html.includes('<table');

/** The rank of a topic in vocabulary order: topics not listed after those listed, clauses without a topic last. */
const topicRank = (topicOrder: ReadonlyArray<string>, topic: string | null) =>
  topic === null ? Infinity : topicOrder.indexOf(topic) === -1 ? topicOrder.length : topicOrder.indexOf(topic);

/** The topics of the page's sections, in vocabulary order. A topic only some group also touches has no section of its own: the group names it. */
const sectionTopics = (groups: ReadonlyArray<AlignmentGroup>, topicOrder: ReadonlyArray<string> = []) =>
  [...new Set(groups.map((group) => group.topic))].sort((x, y) => topicRank(topicOrder, x) - topicRank(topicOrder, y));

// A clause's text with its whitespace as single spaces, kept per clause: at national size each clause
// stands in every comparison of its text, and the rows asked for it 190,000 times.
const normalisedText = new WeakMap<Clause, string>();
const normalised = (clause: Clause) => {
  let text = normalisedText.get(clause);
  if (text === undefined) normalisedText.set(clause, (text = clause.text.replace(/\s+/g, ' ').trim()));
  return text;
};
const round = (value: number) => Math.round(value * 1000) / 1000;
