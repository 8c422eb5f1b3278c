import { stems } from '../text/stems.ts';
import type { Clause } from '../model/types.ts';

/** A sparse, L2-normalised TF-IDF vector. */
export type Vector = Map<string, number>;

/** What the similarity model needs of a guideline. */
export interface Comparable {
  slug: string;
  clauses: ReadonlyArray<Clause>;
}

/** TF-IDF vectors for every clause and every whole guideline of a corpus. */
export interface SimilarityModel {
  /** The vector of a clause, by `<slug>#<clause id>`. */
  clause(slug: string, id: string): Vector;
  /** The vector of a whole guideline. */
  document(slug: string): Vector;
}

// Features are single stems. Stem bigrams were tried and left out: on the five guidelines they
// spread the weight so thin that true pairs (0.1–0.3) no longer stood out from unrelated clauses.
const features = stems;

const clauseText = (clause: Clause) =>
  [clause.heading ?? '', clause.text, ...clause.footnotes.map((f) => f.text)].join('\n');

/** Builds the model over a corpus: inverse document frequencies come from all clauses of all guidelines given. */
export function similarityModel(guidelines: ReadonlyArray<Comparable>): SimilarityModel {
  const counts = new Map<string, Map<string, number>>();
  const documentFrequency = new Map<string, number>();
  for (const { slug, clauses } of guidelines) {
    for (const clause of clauses) {
      const tf = new Map<string, number>();
      for (const feature of features(clauseText(clause))) tf.set(feature, (tf.get(feature) ?? 0) + 1);
      counts.set(`${slug}#${clause.id}`, tf);
      for (const feature of tf.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
  }
  const total = counts.size;
  const weigh = (tf: Map<string, number>): Vector => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [feature, count] of tf) {
      const weight = (1 + Math.log(count)) * Math.log(1 + total / (documentFrequency.get(feature) ?? 1));
      vector.set(feature, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [feature, weight] of vector) vector.set(feature, weight / norm);
    return vector;
  };
  const clauseVectors = new Map([...counts].map(([key, tf]) => [key, weigh(tf)]));
  const documentVectors = new Map(
    guidelines.map(({ slug, clauses }) => {
      const tf = new Map<string, number>();
      for (const clause of clauses)
        for (const [feature, count] of counts.get(`${slug}#${clause.id}`)!)
          tf.set(feature, (tf.get(feature) ?? 0) + count);
      return [slug, weigh(tf)];
    }),
  );
  const empty: Vector = new Map();
  return {
    clause: (slug, id) => clauseVectors.get(`${slug}#${id}`) ?? empty,
    document: (slug) => documentVectors.get(slug) ?? empty,
  };
}

/** Cosine similarity of two normalised vectors, 0..1. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [feature, weight] of small) sum += weight * (large.get(feature) ?? 0);
  return Math.min(1, Math.max(0, sum));
}
