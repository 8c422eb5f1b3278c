import { alignGuidelines, type Alignment } from '../lib/compare/align.ts';
import { compareGuidelines, type Comparison } from '../lib/compare/comparison.ts';
import { cosine, similarityModel, type SimilarityModel } from '../lib/compare/similarity.ts';
import { getGuidelines, type SiteGuideline } from './guidelines.ts';
import { getTopics } from './topic-entries.ts';

let model: Promise<SimilarityModel> | undefined;

/** The similarity model over every guideline of the site, built once per production build. */
export function getModel(): Promise<SimilarityModel> {
  const build = () => getGuidelines().then((guidelines) => similarityModel(guidelines.map(comparable)));
  if (!import.meta.env.PROD) return build();
  model ??= build();
  return model;
}

/** What the comparison functions need of a guideline. */
export const comparable = (guideline: SiteGuideline) => ({ slug: guideline.meta.slug, clauses: guideline.clauses });

/** The comparison of two guidelines, with tags ordered as in the vocabulary. */
export async function getComparison(a: SiteGuideline, b: SiteGuideline): Promise<Comparison> {
  const topicOrder = (await getTopics()).map((topic) => topic.id);
  return compareGuidelines(comparable(a), comparable(b), await getModel(), { topicOrder });
}

/** The alignment of two guidelines (what /data/sammenlign/<a>/<b>.json publishes), without the diffs. */
export async function getAlignment(a: SiteGuideline, b: SiteGuideline): Promise<Alignment> {
  const topicOrder = (await getTopics()).map((topic) => topic.id);
  return alignGuidelines(comparable(a), comparable(b), await getModel(), { topicOrder });
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
