import { stems } from '../text/stems.ts';
import type { Party } from '../model/types.ts';
import { partyByTopic, type RegisterGuideline, type ViewEntry } from './register.ts';

/** How another region's duties on a topic stand beside the chosen region's. */
export type Likeness = 'samme' | 'ulikt' | 'ingenting';

/** Another region on one topic: how alike its duties are (0..1), and what the page calls that. */
export interface OtherRegion {
  slug: string;
  likeness: Likeness;
  score: number;
  /** How many duties it gives the party on the topic (its own and the shared ones). */
  count: number;
}

/** One topic of a region's view: the region's own entries, and every other region, the most alike first. */
export interface RegionTopic {
  topic: string | null;
  entries: ViewEntry[];
  others: OtherRegion[];
}

// Two regions "say the same" on a topic when the words of their duties there are this alike
// (cosine of their stem counts). Variants of one text that differ in a synonym here and there
// (skal/bør aside) score above it; texts written apart, even on the same duty, score well below.
const ALIKE = 0.8;

/** The cosine of two texts' stem counts, 0..1 (1: the same words as often). */
function wordLikeness(a: string, b: string): number {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (const stem of stems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    return counts;
  };
  const [x, y] = [count(a), count(b)];
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [stem, n] of x) {
    dot += n * (y.get(stem) ?? 0);
    nx += n * n;
  }
  for (const n of y.values()) ny += n * n;
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}

/** What a region says on a topic, for the likeness: each duty's lead-in and words. */
const dutyWords = (entries: ReadonlyArray<ViewEntry>) =>
  entries.map(({ obligation }) => [obligation.leadIn ?? '', obligation.text].join(' ')).join('\n');

/**
 * For /plikter/<party>/<slug>/: the party's view of one region's guideline topic by topic (the same
 * topics, in the same order, as the party's register page), each with every other region on that
 * topic: `samme` when their duties' words are nearly the same, `ulikt` when they differ (or only one
 * says anything), `ingenting` when the other gives the party nothing there; the most alike first.
 */
export function regionView(
  guidelines: ReadonlyArray<RegisterGuideline>,
  topicIds: ReadonlyArray<string>,
  party: Party,
  slug: string,
): RegionTopic[] {
  return partyByTopic(guidelines, topicIds, party).map(({ topic, columns }) => {
    const own = columns.find((column) => column.slug === slug)!.entries;
    const words = dutyWords(own);
    const others = columns
      .filter((column) => column.slug !== slug)
      .map(({ slug: other, entries }): OtherRegion => {
        if (entries.length === 0) return { slug: other, likeness: 'ingenting', score: 0, count: 0 };
        const score = own.length === 0 ? 0 : wordLikeness(words, dutyWords(entries));
        return { slug: other, likeness: score >= ALIKE ? 'samme' : 'ulikt', score, count: entries.length };
      })
      .sort((a, b) => b.score - a.score || b.count - a.count);
    return { topic, entries: own, others };
  });
}
