import type { Comparison, ComparisonOutline } from '../lib/compare/comparison.ts';
import { pairComparer } from '../lib/compare/comparer.ts';
import { cosine, similarityModel, type SimilarityModel } from '../lib/compare/similarity.ts';
import { getGuidelines, type SiteGuideline } from './guidelines.ts';
import { memo, memoLatest } from './memo.ts';
import { getTopics } from './topic-entries.ts';

/** The similarity model over every guideline of the site, built once per production build. */
export function getModel(): Promise<SimilarityModel> {
  return memo('similarity', async () =>
    similarityModel((await getGuidelines()).map(comparable), { topics: await getTopics() }),
  );
}

/** What the comparison functions need of a guideline. */
export const comparable = (guideline: SiteGuideline) => ({ slug: guideline.meta.slug, clauses: guideline.clauses });

const compared = (guideline: SiteGuideline) => ({ ...comparable(guideline), obligations: guideline.obligations });

/**
 * The comparison of two guidelines, with tags ordered as in the vocabulary. The aligning and diffing
 * is done once per unordered pair (the comparer keeps it); the comparison made from it is kept only
 * until the next pair's: every pair's comparison kept for the whole build held about 180 MB at
 * national size.
 */
export function getComparison(a: SiteGuideline, b: SiteGuideline): Promise<Comparison> {
  return memoLatest('comparison', `${a.meta.slug}\u0000${b.meta.slug}`, async () =>
    (await getComparer()).compare(compared(a), compared(b)),
  );
}

/**
 * The comparison without its rows, for the JSON export: the pair's alignment (the same the page's
 * comparison is made from), where duties differ and the groups in page order. No word diff is made
 * for it: the pages and their JSON are rendered far apart, and the whole comparison made for both
 * was every pair's rows worked out twice.
 */
export async function getComparisonOutline(a: SiteGuideline, b: SiteGuideline): Promise<ComparisonOutline> {
  return (await getComparer()).outline(compared(a), compared(b));
}

/** The comparer the site's comparisons share: each unordered pair aligned and diffed once, the reverse its mirror. */
function getComparer(): Promise<ReturnType<typeof pairComparer>> {
  return memo('comparer', async () => {
    const topicOrder = (await getTopics()).map((topic) => topic.id);
    return pairComparer(await getModel(), { topicOrder });
  });
}

/** Every ordered pair of different guidelines of the same sub-agreement (the pairs the site compares). */
export async function getPairs(): Promise<Array<{ a: SiteGuideline; b: SiteGuideline }>> {
  const guidelines = await getGuidelines();
  return guidelines.flatMap((a) =>
    guidelines.filter((b) => b !== a && b.meta.agreement === a.meta.agreement).map((b) => ({ a, b })),
  );
}

/** Similarity of every pair of whole guidelines of the same sub-agreement, for the matrix: `matrix.get(a)?.get(b)`. */
export async function getSimilarityMatrix(): Promise<Map<string, Map<string, number>>> {
  const [guidelines, similarity] = await Promise.all([getGuidelines(), getModel()]);
  const peers = (a: SiteGuideline) => guidelines.filter((b) => b.meta.agreement === a.meta.agreement);
  return new Map(
    guidelines.map((a) => [
      a.meta.slug,
      new Map(
        peers(a).map((b) => [b.meta.slug, cosine(similarity.document(a.meta.slug), similarity.document(b.meta.slug))]),
      ),
    ]),
  );
}
