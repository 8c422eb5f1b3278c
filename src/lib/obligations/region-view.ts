import { ALIKE, wordLikeness } from '../text/likeness.ts';
import type { partyByTopic, ViewEntry } from './register.ts';

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

/** What a region says on a topic, for the likeness: each duty's lead-in and words. */
const dutyWords = (entries: ReadonlyArray<ViewEntry>) =>
  entries.map(({ obligation }) => [obligation.leadIn ?? '', obligation.text].join(' ')).join('\n');

/**
 * For /plikter/<party>/<slug>/: the party's view of one region's guideline topic by topic (the same
 * topics, in the same order, as the party's register page), each with every other region on that
 * topic: `samme` when their duties' words are nearly the same, `ulikt` when they differ (or only one
 * says anything), `ingenting` when the other gives the party nothing there; the most alike first.
 * `byTopic` is partyByTopic of the regions compared, the same for each of their pages.
 */
export function regionView(byTopic: ReturnType<typeof partyByTopic>, slug: string): RegionTopic[] {
  return byTopic.map(({ topic, columns }) => {
    const own = columns.find((column) => column.slug === slug)!.entries;
    const others = rankOthers(
      own.length > 0 ? dutyWords(own) : '',
      columns
        .filter((column) => column.slug !== slug)
        .map(({ slug: other, entries }) => ({ slug: other, words: dutyWords(entries), count: entries.length })),
    );
    return { topic, entries: own, others };
  });
}

/**
 * The other regions beside one region on a topic, the most alike first: each with its words there
 * (`count` 0: it says nothing), `samme` when its words are nearly the region's, `ulikt` when they
 * differ (or the region itself says nothing), `ingenting` when it says nothing.
 */
export function rankOthers(
  own: string,
  others: ReadonlyArray<{ slug: string; words: string; count: number }>,
): OtherRegion[] {
  return others
    .map(({ slug, words, count }): OtherRegion => {
      if (count === 0) return { slug, likeness: 'ingenting', score: 0, count };
      const score = own === '' ? 0 : wordLikeness(own, words);
      return { slug, likeness: score >= ALIKE ? 'samme' : 'ulikt', score, count };
    })
    .sort((a, b) => b.score - a.score || b.count - a.count);
}
