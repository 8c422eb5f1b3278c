import type { Vector } from './similarity.ts';

// A topic for a clause nobody tagged. Every topic has a profile: the sum of the vectors of the clauses
// editors tagged with it, across the corpus, so the words its clauses share weigh most and what one
// region happens to add weighs little. A clause is suggested the topic whose profile is nearest, when
// that is near enough and clearly nearer than the next one: a suggestion pairs clauses, and a wrong
// pair is worse than a missing one.

/** A topic suggested for a clause: how near its profile is, and the clause's words that weighed most. */
export interface TopicSuggestion {
  topic: string;
  /** Cosine similarity of the clause and the topic's profile, 0..1 (less where editors give the topic second). */
  score: number;
  /** The clause's words that weighed most in the score, strongest first (a compound for its part). */
  words: string[];
}

/** A topic is suggested from this similarity to its profile ... */
const MIN_SCORE = 0.2;
/** ... when the next topic (not one tagged together with it) scores at most this share of it (else the clause is no clear case) ... */
const MAX_RUNNER_UP = 0.85;
/** ... or when it scores this much, and then the next topic too if it scores nearly as much (SECOND_TOPIC of it). */
const STRONG = 0.4;
const SECOND_TOPIC = 0.9;
/** How many deciding words a suggestion names. */
const WORDS = 4;

/** The topics' profiles from the tagged clauses of a corpus, and the suggestion for a clause's vector. */
export function topicProfiles(tagged: ReadonlyArray<{ topics: ReadonlyArray<string>; vector: Vector }>): {
  suggest(vector: Vector, wordOf: (feature: string) => string | null): TopicSuggestion[];
} {
  const sums = new Map<string, Vector>();
  // Editors put a clause's main topic first ({tema=parter-og-lovgrunnlag,informasjonssikkerhet}). A topic
  // they give only second is an aspect more than a subject: it ranks at three quarters of its score, so a
  // legal basis that mentions Normen stays a legal basis (`main`: from the share of its clauses that have it first).
  const positions = new Map<string, { first: number; all: number }>();
  for (const { topics, vector } of tagged)
    topics.forEach((topic, index) => {
      const sum = sums.get(topic) ?? new Map<string, number>();
      for (const [feature, weight] of vector) sum.set(feature, (sum.get(feature) ?? 0) + weight);
      sums.set(topic, sum);
      const count = positions.get(topic) ?? { first: 0, all: 0 };
      positions.set(topic, { first: count.first + (index === 0 ? 1 : 0), all: count.all + 1 });
    });
  const profiles = [...sums].map(([topic, sum]) => {
    const { first, all } = positions.get(topic)!;
    return { topic, profile: normalise(sum), main: 0.75 + (0.25 * first) / all };
  });
  // Topics editors tag together on one clause (legal basis and information security) have profiles
  // alike: one close behind the other is no doubt about the clause.
  const together = new Set(
    tagged.flatMap(({ topics }) => topics.flatMap((x) => topics.filter((y) => y !== x).map((y) => `${x}\u0000${y}`))),
  );
  return {
    suggest(vector, wordOf) {
      const ranked = profiles
        .map(({ topic, profile, main }) => ({ topic, profile, score: dot(vector, profile) * main }))
        .sort((x, y) => y.score - x.score);
      const [first] = ranked;
      if (!first || first.score < MIN_SCORE) return [];
      const second = ranked.find((entry) => entry !== first && !together.has(`${first.topic}\u0000${entry.topic}`));
      const strong = first.score >= STRONG;
      if (!strong && second && second.score > first.score * MAX_RUNNER_UP) return [];
      return ranked
        .filter((entry, index) => index === 0 || (strong && index === 1 && entry.score >= first.score * SECOND_TOPIC))
        .map(({ topic, profile, score }) => ({
          topic,
          score: Math.round(score * 1000) / 1000,
          words: decidingWords(vector, profile, wordOf),
        }));
    },
  };
}

/** The features that add most to the dot product, as the clause's words. */
function decidingWords(vector: Vector, profile: Vector, wordOf: (feature: string) => string | null): string[] {
  const words: string[] = [];
  const features = [...vector]
    .map(([feature, weight]) => ({ feature, share: weight * (profile.get(feature) ?? 0) }))
    .filter(({ share }) => share > 0)
    .sort((x, y) => y.share - x.share);
  for (const { feature } of features) {
    const word = wordOf(feature);
    if (word && !words.includes(word)) words.push(word);
    if (words.length === WORDS) break;
  }
  return words;
}

function normalise(vector: Vector): Vector {
  const norm = Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0)) || 1;
  return new Map([...vector].map(([feature, weight]) => [feature, weight / norm]));
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [feature, weight] of a) sum += weight * (b.get(feature) ?? 0);
  return sum;
}
