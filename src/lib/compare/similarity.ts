import { stems, tokenize } from '../text/stems.ts';
import { compoundSplitter } from '../search/compounds.ts';
import type { Clause } from '../model/types.ts';
import type { Topic } from '../model/schema.ts';
import { topicProfiles, type TopicSuggestion } from './suggest.ts';
import { lines } from './line-clauses.ts';
import { dutiesNamed, dutiesOnly } from './party-duties.ts';

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
  /**
   * The topics the corpus's tagged clauses suggest for a clause, strongest first (for an introduction,
   * by its text alone, and none where it is a line of a few words).
   */
  suggest(slug: string, id: string): TopicSuggestion[];
  /**
   * The topic whose profile a clause's text is nearest, however far (null for a corpus with no tagged
   * clause), by the other texts' tags: its own text's tags say how that text was tagged, not what the
   * clause's words are about, and the answer is the same before an import tags a draft and after.
   */
  nearestTopic(slug: string, id: string): string | null;
  /**
   * Whether two clauses share a whole word (as a stem, not only a compound's part) that fewer clauses of
   * the corpus use than it has texts: a word not every text has even once («epikrise», «adressering»).
   */
  shareRare(a: { slug: string; id: string }, b: { slug: string; id: string }): boolean;
}

// Features are single stems. Stem bigrams were tried and left out: on the five guidelines they
// spread the weight so thin that true pairs (0.1–0.3) no longer stood out from unrelated clauses.
//
// A compound also counts as its parts, at half a word's weight: «meldingsutveksling» shares
// «utveksling» with «utveksling av meldingar», «driftsstans» shares «stans» with «stans i drifta».
// The parts come from the search's splitter over the corpus's own words (src/lib/search/compounds.ts),
// so a new text's compounds split as the five's do, Nynorsk ones too.
const PART_WEIGHT = 0.5;
// A heading names what its clause is about in a few words: they count twice.
const HEADING_WEIGHT = 1;
// For a clause's topic, its heading weighs more still, and the headings above it half as much.
const TOPIC_HEADING_WEIGHT = 4;

const stemOf = (word: string) => stems(word)[0] ?? null;
/** What joins the parts of a heading that names two subjects: «og» (both languages), a comma, a slash, an ampersand. */
const CONJUNCTION = /\s+og\s+|\s*[,/&]\s*/u;

/** The weighted features of a text: each word's stem and, for a compound, its parts' stems. */
function featuresOf(text: string, split: (word: string) => string[], weight: number, into: Map<string, number>) {
  for (const word of tokenize(text)) {
    const stem = stemOf(word);
    if (stem === null) continue;
    into.set(stem, (into.get(stem) ?? 0) + weight);
    const parts = split(word);
    if (parts.length < 2) continue;
    for (const part of parts) {
      const partStem = stemOf(part);
      if (partStem !== null && partStem !== stem) into.set(partStem, (into.get(partStem) ?? 0) + weight * PART_WEIGHT);
    }
  }
}

const bodyText = (clause: Clause) => [clause.text, ...clause.footnotes.map((f) => f.text)].join('\n');

/** Options for similarityModel. */
export interface ModelOptions {
  /**
   * The topic vocabulary (content/topics.yaml): its names, Bokmål and Nynorsk, and descriptions say
   * what a heading that uses their words is about, for the topic suggested for an untagged clause.
   */
  topics?: ReadonlyArray<Pick<Topic, 'id' | 'nb'> & Partial<Pick<Topic, 'nn' | 'description'>>>;
}

/** Builds the model over a corpus: inverse document frequencies come from all clauses of all guidelines given. */
export function similarityModel(guidelines: ReadonlyArray<Comparable>, options: ModelOptions = {}): SimilarityModel {
  const { topics: vocabulary = [] } = options;
  const split = compoundSplitter(
    guidelines.flatMap(({ clauses }) => clauses.map((clause) => `${clause.heading ?? ''}\n${bodyText(clause)}`)),
    stemOf,
  );
  const counts = new Map<string, Map<string, number>>();
  const documentFrequency = new Map<string, number>();
  for (const { slug, clauses } of guidelines) {
    for (const clause of clauses) {
      const tf = new Map<string, number>();
      featuresOf(clause.heading ?? '', split, HEADING_WEIGHT, tf);
      featuresOf(bodyText(clause), split, 1, tf);
      counts.set(`${slug}#${clause.id}`, tf);
      for (const feature of tf.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    }
  }
  const total = counts.size;
  const weigh = (tf: Map<string, number>): Vector => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [feature, count] of tf) {
      // A part alone (weight under 1) counts in proportion; a word seen n times, 1 + log n.
      const weight =
        (count >= 1 ? 1 + Math.log(count) : count) * Math.log(1 + total / (documentFrequency.get(feature) ?? 1));
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
  const clause = (slug: string, id: string) => clauseVectors.get(`${slug}#${id}`) ?? empty;
  const byKey = new Map(guidelines.flatMap(({ slug, clauses }) => clauses.map((c) => [`${slug}#${c.id}`, c] as const)));
  const children = new Map<string, Clause[]>();
  for (const { slug, clauses } of guidelines)
    for (const c of clauses) {
      const key = `${slug}#${c.parent}`;
      const siblings = children.get(key) ?? [];
      siblings.push(c);
      children.set(key, siblings);
    }
  // A section's heading as it bears on one of its sub-clauses: without the words that head one of the
  // others. «Bakgrunn og lovgrunnlag» over «Bakgrunn» and «Lovgrunnlag» gives each sub-clause its own
  // half; the legal basis is the other sub-clause's subject, not the background's.
  const sectionHeading = (slug: string, child: Clause, section: Clause) => {
    const own = new Set(stems(child.heading ?? ''));
    const others = new Set(
      (children.get(`${slug}#${section.id}`) ?? [])
        .filter((sibling) => sibling !== child)
        .flatMap((sibling) => stems(sibling.heading ?? ''))
        .filter((stem) => !own.has(stem)),
    );
    return tokenize(section.heading ?? '')
      .filter((word) => !others.has(stemOf(word) ?? ''))
      .join(' ');
  };
  // What a clause is about, for its topic: its words and the headings above it, which name the subject
  // a sub-clause headed «Felles ansvar» or «Kommunen sitt ansvar» deals with.
  const headingsAbove = (slug: string, clause: Clause) => {
    const headings: string[] = [];
    for (
      let child = clause, up = byKey.get(`${slug}#${clause.parent}`);
      up;
      child = up, up = byKey.get(`${slug}#${up.parent}`)
    )
      headings.push(sectionHeading(slug, child, up));
    return headings.join('\n');
  };
  // The clause whose heading names a clause's subject: itself, or for a party's part of a clause
  // («Felles ansvar», «Kommunen sitt ansvar»), whose heading names the party, the clause it is part of.
  // A heading that names a party's duties and nothing else («Kommunens ansvar») heads such a part too.
  const subjectOf = (slug: string, c: Clause) =>
    c.party !== null || (c.parent !== null && c.heading !== null && dutiesNamed(c.heading) !== null)
      ? byKey.get(`${slug}#${c.parent}`)
      : c;
  const headingFeatures = (text: string) => {
    const features = new Map<string, number>();
    featuresOf(text, split, 1, features);
    return features;
  };
  // The words that name a topic: those of its Bokmål and Nynorsk names and its description, each 1,
  // and a part of a compound there half (a heading «Lover og forskrifter» is named by the description's
  // «hvilke lover den bygger på»; «oppfølging» only half by «hjemmeoppfølging»); with `texts` its
  // names alone, what the topic is called.
  const topicNames = (texts: ReadonlyArray<string>) => {
    const names: Vector = new Map();
    for (const text of texts)
      for (const [feature, weight] of headingFeatures(text))
        names.set(feature, Math.max(names.get(feature) ?? 0, Math.min(1, weight)));
    return names;
  };
  const bodyVector = (c: Clause) => {
    const tf = new Map<string, number>();
    featuresOf(bodyText(c), split, 1, tf);
    return weigh(tf);
  };
  const topicVector = (slug: string, c: Clause) => {
    const tf = new Map(counts.get(`${slug}#${c.id}`));
    featuresOf(c.heading ?? '', split, TOPIC_HEADING_WEIGHT - HEADING_WEIGHT, tf);
    featuresOf(headingsAbove(slug, c), split, TOPIC_HEADING_WEIGHT / 2, tf);
    return weigh(tf);
  };
  const clausesOf = new Map(guidelines.map(({ slug, clauses }) => [slug, clauses]));
  const linesOf = new Map<string, Set<Clause>>();
  const introLines = (slug: string) => {
    let found = linesOf.get(slug);
    if (found === undefined) linesOf.set(slug, (found = lines(clausesOf.get(slug) ?? [])));
    return found;
  };
  // The topics' profiles are made on the first question: most builds ask none (every clause is tagged).
  let profiles: ReturnType<typeof topicProfiles> | undefined;
  const topicProfilesOnce = () => (profiles ??= profilesOf(guidelines));
  // The same without one text's tags, for the topic that text's own clauses are nearest (nearestTopic).
  const profilesWithout = new Map<string, ReturnType<typeof topicProfiles>>();
  const profilesOthers = (slug: string) => {
    let found = profilesWithout.get(slug);
    if (found === undefined) profilesWithout.set(slug, (found = profilesOf(guidelines.filter((g) => g.slug !== slug))));
    return found;
  };
  function profilesOf(corpus: ReadonlyArray<Comparable>) {
    return topicProfiles(
      corpus.flatMap((g) =>
        g.clauses.filter((c) => c.topics.length > 0).map((c) => ({ topics: c.topics, vector: topicVector(g.slug, c) })),
      ),
      vocabulary.map((topic) => ({
        topic: topic.id,
        names: topicNames([topic.nb, topic.nn ?? '', topic.description ?? '']),
        // What the topic is called, without its description.
        title: topicNames([topic.nb, topic.nn ?? '']),
      })),
    );
  }
  const model: SimilarityModel = {
    clause,
    document: (slug) => documentVectors.get(slug) ?? empty,
    shareRare: (x, y) => {
      const one = counts.get(`${x.slug}#${x.id}`);
      const two = counts.get(`${y.slug}#${y.id}`);
      if (!one || !two) return false;
      for (const [feature, count] of one)
        if (count >= 1 && (two.get(feature) ?? 0) >= 1 && (documentFrequency.get(feature) ?? 0) < guidelines.length)
          return true;
      return false;
    },
    nearestTopic: (slug, id) => {
      const own = byKey.get(`${slug}#${id}`);
      return own ? profilesOthers(slug).nearest(topicVector(slug, own)) : null;
    },
    suggest: (slug, id) => {
      const key = `${slug}#${id}`;
      let found = suggestions.get(key);
      if (found === undefined) suggestions.set(key, (found = suggestFor(slug, id)));
      return found;
    },
  };
  // A clause's suggested topics are asked for again with every pair its guideline is aligned in (at
  // national size, once per other region of its sub-agreement): each is worked out once per model.
  const suggestions = new Map<string, TopicSuggestion[]>();
  const suggestFor = (slug: string, id: string): TopicSuggestion[] => {
    const own = byKey.get(`${slug}#${id}`);
    if (!own) return [];
    const profiles = topicProfilesOnce();
    // An introduction has no heading to name its subject, nor one an editor could tag: where it is a
    // text of its own (which samarbeidsavtale the guideline belongs to, and between whom), not a line
    // of a few words (a subtitle, a note of approval: line-clauses.ts), its text alone suggests its topic, on
    // the terms a text with a heading that names none has (a clear case: suggest.ts).
    if (own.heading === null) {
      if (introLines(slug).has(own)) return [];
      const none: Vector = new Map();
      const text = bodyText(own);
      return profiles.suggest(topicVector(slug, own), { own: none, section: none }, (feature) =>
        wordOf(text, feature, split),
      );
    }
    const text = `${own.heading}\n${headingsAbove(slug, own)}\n${bodyText(own)}`;
    // Its heading, and the heading of the section it stands in.
    const subject = subjectOf(slug, own);
    // One party's part of the agreement on no subject of its own («Kommunens ansvar» under «Partenes
    // ansvar» or at the top, «4.2 St. Olavs Hospital» under «Oppgaver og ansvar») is that party's list
    // of duties: «ansvar» names the topic of how duties are shared between the parties (the parties'
    // shared part, «Felles ansvar», is that), but what one party's duties are about is in its text,
    // which alone suggests the topic, on the terms of a text whose heading names none (a clear case).
    const single = own.party ?? (own.heading === null ? null : dutiesNamed(own.heading));
    // Its text without the headings: their party and duty words are no evidence of a subject.
    if (single !== null && single !== 'felles' && (subject === undefined || dutiesOnly(subject.heading))) {
      const none: Vector = new Map();
      return profiles.suggest(bodyVector(own), { own: none, section: none }, (feature) => wordOf(text, feature, split));
    }
    const section = subject && byKey.get(`${slug}#${subject.parent}`);
    const headings = {
      own: headingFeatures(subject?.heading ?? ''),
      section: headingFeatures(
        section && subject
          ? section.party === null
            ? sectionHeading(slug, subject, section)
            : (subjectOf(slug, section)?.heading ?? '')
          : '',
      ),
      wholeSection: headingFeatures((section && subjectOf(slug, section)?.heading) ?? ''),
      // The heading's parts joined by «og», a comma or a slash («Partar og lovgrunnlag»): each may name a subject.
      conjuncts: (subject?.heading ?? '').split(CONJUNCTION).map(headingFeatures),
      party: own.party !== null,
      body: bodyVector(own),
      // The section's topics, for a sub-clause (not a party's part, whose section's subject is its own).
      sectionTopics:
        section && subject === own
          ? section.topics.length > 0
            ? section.topics
            : model.suggest(slug, section.id).map((s) => s.topic)
          : [],
    };
    return profiles.suggest(topicVector(slug, own), headings, (feature) => wordOf(text, feature, split));
  };
  return model;
}

/** The word of a text that gives a feature: the word itself, or a compound it is part of. */
function wordOf(text: string, feature: string, split: (word: string) => string[]): string | null {
  for (const word of tokenize(text))
    if (stemOf(word) === feature || split(word).some((part) => part !== word && stemOf(part) === feature)) return word;
  return null;
}

/** Cosine similarity of two normalised vectors, 0..1. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  // forEach, not for…of: the entries iterator makes a [feature, weight] array per feature, and the
  // alignment calls this for every pair of clauses of every pair of texts (gigabytes of garbage at
  // national size).
  small.forEach((weight, feature) => {
    sum += weight * (large.get(feature) ?? 0);
  });
  return Math.min(1, Math.max(0, sum));
}
