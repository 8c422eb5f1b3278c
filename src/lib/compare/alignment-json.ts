import type { ComparisonOutline } from './comparison.ts';
import type { PublishedComparison, PublishedGroup, PublishedPair } from '../model/published.ts';

/**
 * /data/sammenlign/<a>/<b>.json: the alignment as before (`pairs` with where their duties differ, `onlyA`,
 * `onlyB`) and the groups the page shows, each naming its pairs by their index in `pairs`.
 */
export function comparisonJson({ alignment, pairDuties, groups }: ComparisonOutline): PublishedComparison {
  return {
    ...alignment,
    pairs: alignment.pairs.map((pair, index): PublishedPair => ({ ...pair, duties: pairDuties[index]! })),
    groups: groups.map(({ a, b, pairs, topic, alsoTopics, duties, anchor }): PublishedGroup => ({
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
