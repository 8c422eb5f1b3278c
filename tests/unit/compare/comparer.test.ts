import { describe, expect, test } from 'vitest';
import { comparisonJson } from '../../../src/lib/compare/alignment-json.ts';
import { pairComparer } from '../../../src/lib/compare/comparer.ts';
import { compareGuidelines } from '../../../src/lib/compare/comparison.ts';
import { similarityModel, type Comparable } from '../../../src/lib/compare/similarity.ts';
import { loadSite, loadTopics } from '../helpers/index.ts';

// Issue 30: the comparison pages and their JSON are rendered far apart, and each made the whole
// comparison. The JSON is now made from the outline (no rows, no word diff): it must be what the
// page's comparison publishes, for either order of a pair, whichever of the two is asked first.
const site = loadSite().filter((guideline) => guideline.current);
const topicOrder = loadTopics().map((topic) => topic.id);
const comparable = (slug: string): Comparable & Pick<(typeof site)[number], 'obligations'> => {
  const guideline = site.find((g) => g.meta.slug === slug)!;
  return { slug, clauses: guideline.clauses, obligations: guideline.obligations };
};
const model = similarityModel(site.map((g) => comparable(g.meta.slug)));
const slugs = site.map((guideline) => guideline.meta.slug).sort();
const ordered = slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => ({ a, b })));

describe('pairComparer', () => {
  const outlineFirst = pairComparer(model, { topicOrder });
  const compareFirst = pairComparer(model, { topicOrder });

  test.each(ordered)('the outline of $a with $b publishes what its comparison publishes', ({ a, b }) => {
    const alone = compareGuidelines(comparable(a), comparable(b), model, { topicOrder });
    const outline = comparisonJson(outlineFirst.outline(comparable(a), comparable(b)));
    expect(outline).toEqual(comparisonJson(alone));
    expect(comparisonJson(outlineFirst.compare(comparable(a), comparable(b)))).toEqual(outline);
    // The other comparer has made the comparison before the outline.
    expect(comparisonJson(compareFirst.compare(comparable(a), comparable(b)))).toEqual(outline);
    expect(comparisonJson(compareFirst.outline(comparable(a), comparable(b)))).toEqual(outline);
  });

  test("the outline's groups stand in the comparison's page order", () => {
    for (const { a, b } of ordered) {
      const comparison = compareFirst.compare(comparable(a), comparable(b));
      expect(outlineFirst.outline(comparable(a), comparable(b)).groups.map((group) => group.anchor)).toEqual(
        comparison.sections.flatMap((section) => section.groups.map((group) => group.anchor)),
      );
    }
  });
});
