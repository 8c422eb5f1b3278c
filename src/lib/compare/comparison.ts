import { alignGuidelines, type AlignedPair, type Alignment, type AlignOptions } from './align.ts';
import { diffClauses, sharedShare, type ClauseDiff } from './diff.ts';
import { cosine, type Comparable, type SimilarityModel } from './similarity.ts';
import type { Clause } from '../model/types.ts';

/** One row of a comparison: a pair of clauses with their diff, or a clause only one side has. */
export interface ComparisonRow {
  a: Clause | null;
  b: Clause | null;
  /** The pair behind the row; null for a clause only one side has. */
  pair: AlignedPair | null;
  /** Word diff from A's text to B's; null when one side is missing. */
  diff: ClauseDiff | null;
  /** True when both sides say exactly the same. */
  identical: boolean;
  /** True when the two texts share too little wording for a word diff to help (the diff is then null). */
  reworded: boolean;
}

/** The rows about one topic (null: clauses without a topic). */
export interface ComparisonGroup {
  topic: string | null;
  rows: ComparisonRow[];
  /** Mean score of the group's pairs, null when only one side covers the topic. */
  score: number | null;
}

/** Everything the comparison page shows for two guidelines. */
export interface Comparison {
  alignment: Alignment;
  /** Similarity of the two whole texts, 0..1. */
  overall: number;
  groups: ComparisonGroup[];
  /** Topics that only A or only B covers (by tags). */
  topicsOnlyA: string[];
  topicsOnlyB: string[];
}

/** Options for compareGuidelines. */
export interface CompareOptions extends AlignOptions {
  /** Below this share of unchanged text, two texts are shown side by side without diff marks. */
  minShared?: number;
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

/** Aligns two guidelines, diffs every pair and groups the rows by topic in vocabulary order. */
export function compareGuidelines(
  a: Comparable,
  b: Comparable,
  model: SimilarityModel,
  options: CompareOptions = {},
): Comparison {
  const { topicOrder = [], minShared = 0.25 } = options;
  const alignment = alignGuidelines(a, b, model, options);
  const byId = (clauses: ReadonlyArray<Clause>) => new Map(clauses.map((clause) => [clause.id, clause]));
  const clausesA = byId(a.clauses);
  const clausesB = byId(b.clauses);
  const rows: Array<ComparisonRow & { topic: string | null }> = [
    ...alignment.pairs.map((pair) => {
      const [x, y] = [clausesA.get(pair.a)!, clausesB.get(pair.b)!];
      const diff = readableDiff(x.text, y.text, minShared);
      return {
        a: x,
        b: y,
        pair,
        diff,
        identical: normalise(x.text) === normalise(y.text),
        reworded: diff === null,
        topic: pair.topic,
      };
    }),
    ...alignment.onlyA.map((id) => ({
      a: clausesA.get(id)!,
      b: null,
      pair: null,
      diff: null,
      identical: false,
      reworded: false,
      topic: clausesA.get(id)!.topics[0] ?? null,
    })),
    ...alignment.onlyB.map((id) => ({
      a: null,
      b: clausesB.get(id)!,
      pair: null,
      diff: null,
      identical: false,
      reworded: false,
      topic: clausesB.get(id)!.topics[0] ?? null,
    })),
  ];
  const rank = (topic: string | null) =>
    topic === null ? Infinity : topicOrder.indexOf(topic) === -1 ? topicOrder.length : topicOrder.indexOf(topic);
  const topics = [...new Set(rows.map((row) => row.topic))].sort((x, y) => rank(x) - rank(y));
  const groups = topics.map((topic) => {
    const groupRows = rows.filter((row) => row.topic === topic).map(({ topic: _, ...row }) => row);
    const scores = groupRows.flatMap((row) => (row.pair ? [row.pair.score] : []));
    return {
      topic,
      rows: groupRows,
      score: scores.length > 0 ? round(scores.reduce((sum, s) => sum + s, 0) / scores.length) : null,
    };
  });
  const tagged = (clauses: ReadonlyArray<Clause>) => new Set(clauses.flatMap((clause) => clause.topics));
  const [topicsA, topicsB] = [tagged(a.clauses), tagged(b.clauses)];
  return {
    alignment,
    overall: round(cosine(model.document(a.slug), model.document(b.slug))),
    groups,
    topicsOnlyA: [...topicsA].filter((topic) => !topicsB.has(topic)).sort((x, y) => rank(x) - rank(y)),
    topicsOnlyB: [...topicsB].filter((topic) => !topicsA.has(topic)).sort((x, y) => rank(x) - rank(y)),
  };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const round = (value: number) => Math.round(value * 1000) / 1000;
