import type { Comparison } from './comparison.ts';

/**
 * /data/sammenlign/<a>/<b>.json: the alignment as before (`pairs` with where their duties differ, `onlyA`,
 * `onlyB`) and the groups the page shows, each naming its pairs by their index in `pairs`.
 */
export function comparisonExport({ alignment, pairDuties, groups }: Comparison) {
  return {
    ...alignment,
    pairs: alignment.pairs.map((pair, index) => ({ ...pair, duties: pairDuties[index]! })),
    groups: groups.map(({ a, b, pairs, topic, alsoTopics, duties, anchor }) => ({
      a,
      b,
      pairs,
      topic,
      alsoTopics,
      duties,
      anchor,
    })),
  };
}

/** The shape of /data/sammenlign/<a>/<b>.json. */
export type ComparisonExport = ReturnType<typeof comparisonExport>;
