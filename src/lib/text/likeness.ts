import { stems } from './stems.ts';

/**
 * Two texts "say the same" when the words they use are this alike ({@link wordLikeness}). Variants of
 * one text that differ in a synonym here and there (skal/bør, Bokmål/Nynorsk) score above it; texts
 * written apart, even on the same duty, score well below (tests/unit/obligations/region-view.test.ts).
 */
export const ALIKE = 0.8;

/** How alike two texts' words are: the cosine of their stem counts, 0..1 (1: the same words as often; 0 if either has none). */
export function wordLikeness(a: string, b: string): number {
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
