import type { Alignment } from './align.ts';
import type { ClauseDiff } from './diff.ts';
import type { Comparable } from './similarity.ts';

// Aligning and diffing are the costly part of a comparison, and both read the same from either
// side: the alignment pairs by scores that are symmetric (cosine) and takes each side's best match
// in turn, and a word diff read the other way round is the same runs with deletions and insertions
// swapped. So the site works each out once per unordered pair and gives the reverse its mirror.

/** The alignment of B with A, from that of A with B: each pair turned round, in B's document order. */
export function mirrorAlignment(alignment: Alignment, a: Comparable, b: Comparable): Alignment {
  const order = (guideline: Comparable) => new Map(guideline.clauses.map((clause, index) => [clause.id, index]));
  const [orderA, orderB] = [order(a), order(b)];
  const pairs = alignment.pairs
    .map((pair) => ({ ...pair, a: pair.b, b: pair.a }))
    .sort((p, q) => orderB.get(p.a)! - orderB.get(q.a)! || orderA.get(p.b)! - orderA.get(q.b)!);
  return { a: alignment.b, b: alignment.a, pairs, onlyA: alignment.onlyB, onlyB: alignment.onlyA };
}

/** The diff from B's text to A's, from that from A's to B's: what A deleted, B inserts (a change still reads deletion first). */
export function mirrorDiff(diff: ClauseDiff): ClauseDiff {
  const turned = { equal: 'equal', delete: 'insert', insert: 'delete' } as const;
  const parts = diff.parts.map((part) => ({ ...part, type: turned[part.type] }));
  for (let index = 0; index + 1 < parts.length; index++) {
    if (parts[index]!.type === 'insert' && parts[index + 1]!.type === 'delete') {
      [parts[index], parts[index + 1]] = [parts[index + 1]!, parts[index]!];
      index++;
    }
  }
  return { ...diff, parts };
}
