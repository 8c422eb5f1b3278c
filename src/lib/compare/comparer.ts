import { alignGuidelines, type Alignment } from './align.ts';
import {
  compareGuidelines,
  outlineComparison,
  readableDiff,
  type ComparedGuideline,
  type CompareOptions,
  type Comparison,
  type ComparisonOutline,
} from './comparison.ts';
import type { ClauseDiff } from './diff.ts';
import { mirrorAlignment, mirrorDiff } from './mirror.ts';
import type { SimilarityModel } from './similarity.ts';
import type { Clause } from '../model/types.ts';

/** What a comparer has worked out for one unordered pair of guidelines, in the order of their slugs. */
interface PairWork {
  alignment: Alignment;
  /** Each pair of clauses' word diff, from the first guideline's clause to the second's. */
  diffs: Map<string, ClauseDiff | null>;
}

/**
 * compareGuidelines (`compare`) and outlineComparison (`outline`) for many pairs, each unordered pair
 * aligned once and each pair of clauses diffed once: the reverse pair gets their mirror (mirror.ts).
 * Keeps what it has worked out for as long as it is kept itself.
 */
export function pairComparer(model: SimilarityModel, options: CompareOptions = {}) {
  const { minShared = 0.25 } = options;
  const work = new Map<string, PairWork>();
  /** The pair's work, and its alignment read from `a` to `b`. */
  const workFor = (a: ComparedGuideline, b: ComparedGuideline) => {
    const forward = a.slug < b.slug;
    const [first, second] = forward ? [a, b] : [b, a];
    const key = `${first.slug}\u0000${second.slug}`;
    let pair = work.get(key);
    if (!pair) {
      pair = { alignment: alignGuidelines(first, second, model, options), diffs: new Map() };
      work.set(key, pair);
    }
    return { pair, forward, alignment: forward ? pair.alignment : mirrorAlignment(pair.alignment, first, second) };
  };
  return {
    compare(a: ComparedGuideline, b: ComparedGuideline): Comparison {
      const { pair, forward, alignment } = workFor(a, b);
      const rowDiff = (x: Clause, y: Clause) => {
        const [from, to] = forward ? [x, y] : [y, x];
        const clauses = `${from.id}\u0000${to.id}`;
        let diff = pair.diffs.get(clauses);
        if (diff === undefined) {
          diff = readableDiff(from.text, to.text, minShared);
          pair.diffs.set(clauses, diff);
        }
        return forward || diff === null ? diff : mirrorDiff(diff);
      };
      return compareGuidelines(a, b, model, { ...options, alignment, rowDiff });
    },
    /** The comparison without its rows (no word diff): what the JSON export publishes. */
    outline(a: ComparedGuideline, b: ComparedGuideline): ComparisonOutline {
      return outlineComparison(a, b, model, { ...options, alignment: workFor(a, b).alignment });
    },
  };
}
