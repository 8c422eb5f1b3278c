import { stems } from './stems.ts';

/**
 * Two texts "say the same" when the words they use are this alike ({@link wordLikeness}). Variants of
 * one text that differ in a synonym here and there (skal/bør, Bokmål/Nynorsk) score above it; texts
 * written apart, even on the same duty, score well below (tests/unit/obligations/region-view.test.ts).
 */
export const ALIKE = 0.8;

// Every page that ranks regions weighs one text against many, and the same texts again on the next
// page (a topic's text of each region on every baseline's topic page; a region's duties on a topic on
// each duty page of its sub-agreement): the stem counts of the texts met last are kept, not counted
// again for each pair. The cap holds a topic's texts of every region and a party's duties of a
// sub-agreement's regions on every topic, the runs of pages the build renders one after the other.
const COUNTS_KEPT = 4096;
const counted = new Map<string, Map<string, number>>();

/** Each stem of a text with how often it occurs (kept for the texts met last). */
function stemCounts(text: string): Map<string, number> {
  let counts = counted.get(text);
  if (counts) return counts;
  counts = new Map<string, number>();
  for (const stem of stems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  if (counted.size >= COUNTS_KEPT) counted.delete(counted.keys().next().value!);
  counted.set(text, counts);
  return counts;
}

/** How alike two texts' words are: the cosine of their stem counts, 0..1 (1: the same words as often; 0 if either has none). */
export function wordLikeness(a: string, b: string): number {
  const [x, y] = [stemCounts(a), stemCounts(b)];
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
