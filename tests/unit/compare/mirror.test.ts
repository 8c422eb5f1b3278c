import { describe, expect, test } from 'vitest';
import { alignGuidelines } from '../../../src/lib/compare/align.ts';
import { compareGuidelines, readableDiff } from '../../../src/lib/compare/comparison.ts';
import { serialiseDiff, type DiffPart } from '../../../src/lib/compare/diff.ts';
import { mirrorAlignment, mirrorDiff } from '../../../src/lib/compare/mirror.ts';
import { similarityModel, type Comparable } from '../../../src/lib/compare/similarity.ts';
import { loadSite, loadTopics } from '../helpers/index.ts';

// Issue 30: the build aligned and diffed every pair of guidelines in both directions. It now works
// each unordered pair out once and gives the reverse its mirror; the mirror must be what the
// reverse would have been.
const site = loadSite().filter((guideline) => guideline.current);
const topicOrder = loadTopics().map((topic) => topic.id);
const comparable = (slug: string): Comparable => ({ slug, clauses: site.find((g) => g.meta.slug === slug)!.clauses });
const model = similarityModel(site.map((g) => comparable(g.meta.slug)));
const slugs = site.map((guideline) => guideline.meta.slug).sort();
const unordered = slugs.flatMap((a, index) => slugs.slice(index + 1).map((b) => ({ a, b })));

describe('mirrorAlignment', () => {
  test.each(unordered)('the mirror of $a with $b is the alignment of $b with $a', ({ a, b }) => {
    const forward = alignGuidelines(comparable(a), comparable(b), model, { topicOrder });
    const reverse = alignGuidelines(comparable(b), comparable(a), model, { topicOrder });
    expect(mirrorAlignment(forward, comparable(a), comparable(b))).toEqual(reverse);
  });
});

describe('mirrorDiff', () => {
  const side = (parts: ReadonlyArray<DiffPart>, kept: DiffPart['type']) =>
    parts
      .filter((part) => part.type === 'equal' || part.type === kept)
      .map((part) => part.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

  test.each([
    { before: 'Partene skal sørge for tilgang.', after: 'Partene kan sørge for god tilgang.' },
    { before: 'Kommunen varsler helseforetaket.', after: 'Kommunen varsler helseforetaket.' },
    { before: 'a b c d e f', after: 'a x c d e f g' },
  ])('turns $before → $after round, a change still deletion first', ({ before, after }) => {
    const mirrored = mirrorDiff(readableDiff(before, after)!);
    expect(side(mirrored.parts, 'delete')).toBe(spaced(after));
    expect(side(mirrored.parts, 'insert')).toBe(spaced(before));
    expect(serialiseDiff(mirrored.parts)).not.toMatch(/<\/ins><del>/);
  });

  test("every row of the ten comparisons, mirrored, reads as the other side's text", () => {
    let rows = 0;
    for (const { a, b } of unordered) {
      for (const row of compareGuidelines(comparable(a), comparable(b), model, { topicOrder }).groups.flatMap(
        (group) => group.rows,
      )) {
        if (!row.diff) continue;
        rows++;
        const mirrored = mirrorDiff(row.diff);
        expect(side(mirrored.parts, 'delete')).toBe(side(row.diff.parts, 'insert'));
        expect(side(mirrored.parts, 'insert')).toBe(side(row.diff.parts, 'delete'));
        expect(side(mirrored.parts, 'delete')).toBe(spaced(row.b.text));
      }
    }
    // The five are written apart: three rows of their comparisons read as word diffs.
    expect(rows).toBeGreaterThanOrEqual(3);
  });
});
