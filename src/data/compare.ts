import { compareGuidelines, type Comparison } from '../lib/compare.ts';
import { cosine, similarityModel, type SimilarityModel } from '../lib/similarity.ts';
import { getGuidelines, type SiteGuideline } from './guidelines.ts';
import { getTopics } from './topics.ts';

let model: Promise<SimilarityModel> | undefined;

/** The similarity model over every guideline of the site, built once per build. */
export function getModel(): Promise<SimilarityModel> {
  model ??= getGuidelines().then((guidelines) => similarityModel(guidelines.map(comparable)));
  return model;
}

/** What the comparison functions need of a guideline. */
export const comparable = (guideline: SiteGuideline) => ({ slug: guideline.meta.slug, clauses: guideline.clauses });

/** The comparison of two guidelines, with tags ordered as in the vocabulary. */
export async function getComparison(a: SiteGuideline, b: SiteGuideline): Promise<Comparison> {
  const topicOrder = (await getTopics()).map((topic) => topic.id);
  return compareGuidelines(comparable(a), comparable(b), await getModel(), { topicOrder });
}

/** Every ordered pair of different guidelines. */
export async function getPairs(): Promise<Array<{ a: SiteGuideline; b: SiteGuideline }>> {
  const guidelines = await getGuidelines();
  return guidelines.flatMap((a) => guidelines.filter((b) => b !== a).map((b) => ({ a, b })));
}

/** Similarity of every pair of whole guidelines, for the matrix: `matrix.get(a)?.get(b)`. */
export async function getSimilarityMatrix(): Promise<Map<string, Map<string, number>>> {
  const [guidelines, similarity] = await Promise.all([getGuidelines(), getModel()]);
  return new Map(
    guidelines.map((a) => [a.meta.slug, new Map(guidelines.map((b) => [b.meta.slug, cosine(similarity.document(a.meta.slug), similarity.document(b.meta.slug))]))]),
  );
}
