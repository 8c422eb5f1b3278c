import { cosine, type Comparable, type SimilarityModel } from './similarity.ts';
import type { Clause } from '../model/types.ts';
import { lines } from './line-clauses.ts';
import { dutiesNamed, partyPart } from './party-duties.ts';
import { stems } from '../text/stems.ts';
import type { PairSource } from '../model/vocabulary.ts';

/** Two clauses that deal with the same thing. */
export interface AlignedPair {
  /** Clause id in guideline A. */
  a: string;
  /** Clause id in guideline B. */
  b: string;
  /** Text similarity of the two clauses, 0..1 (TF-IDF cosine over stems and stem bigrams). */
  score: number;
  /** `tagged`: both carry the topic; `automatic`: paired by text similarity because one has no tags. */
  source: PairSource;
  /** The topic the pair is about, when known. */
  topic: string | null;
}

/** The alignment of two guidelines, as published in /data/sammenlign/<a>/<b>.json. */
export interface Alignment {
  a: string;
  b: string;
  pairs: AlignedPair[];
  /** Clauses of A with no counterpart in B. */
  onlyA: string[];
  /** Clauses of B with no counterpart in A. */
  onlyB: string[];
}

/** Options for alignGuidelines. */
export interface AlignOptions {
  /** An automatic pair scoring this much is taken. */
  threshold?: number;
  /** Below `threshold`, two clauses that are each other's best match are still paired from this score. */
  mutualThreshold?: number;
  /** An automatic clause also pairs with every clause scoring at least this share of its best (a split). */
  splitRatio?: number;
  /** Two clauses that share a suggested topic (not both tags) are paired from this score. */
  suggestedFloor?: number;
  /** The topic ids in vocabulary order, to order tagged pairs; topics not listed come last. */
  topicOrder?: ReadonlyArray<string>;
}

// Container headings ("4 Ansvar og oppgaver" with only sub-clauses) have no text of their own to compare.
const hasText = (clause: Clause) => clause.text.trim() !== '' || clause.footnotes.length > 0;

/**
 * Pairs the clauses of two guidelines. Topics decide first: within each topic, every clause is paired
 * with its most similar counterpart on the other side (a clause of two topics, with one of each); an
 * untagged clause takes the topics its heading names or the corpus's tagged clauses suggest (a tag
 * always wins). A clause with neither is paired with a clause of the same heading, and by text
 * similarity with its best match (and with near-equals, where one region splits what the other keeps
 * together), except a line of a few words (a subtitle, a section's lead-in). Clauses left over are only
 * in A or only in B.
 */
export function alignGuidelines(
  a: Comparable,
  b: Comparable,
  model: SimilarityModel,
  options: AlignOptions = {},
): Alignment {
  const {
    threshold = 0.25,
    mutualThreshold = 0.15,
    splitRatio = 0.75,
    suggestedFloor = 0.05,
    topicOrder = [],
  } = options;
  const left = a.clauses.filter(hasText);
  const right = b.clauses.filter(hasText);
  // Each pair of clauses is scored once: the passes below ask for the same pairs many times (every
  // clause's best match on the other side, both ways, then each candidate again), and at national size
  // the cosines were half the alignment's time. The scores are kept in a table by the clauses' places.
  const placeA = new Map(a.clauses.map((clause, index) => [clause, index]));
  const placeB = new Map(b.clauses.map((clause, index) => [clause, index]));
  const scores = new Float64Array(a.clauses.length * b.clauses.length).fill(NaN);
  const score = (x: Clause, y: Clause) => {
    const [i, j] = [placeA.get(x), placeB.get(y)];
    if (i === undefined || j === undefined) return cosine(model.clause(a.slug, x.id), model.clause(b.slug, y.id));
    let value = scores[i * b.clauses.length + j]!;
    if (Number.isNaN(value))
      scores[i * b.clauses.length + j] = value = cosine(model.clause(a.slug, x.id), model.clause(b.slug, y.id));
    return value;
  };
  // Some wording in common: a likeness of `suggestedFloor`, or a word few clauses use.
  const wording = (x: Clause, y: Clause) =>
    score(x, y) >= suggestedFloor || model.shareRare({ slug: a.slug, id: x.id }, { slug: b.slug, id: y.id });
  // The sub-clauses that are one party's part of the agreement on no subject of its own (party-duties.ts):
  // one party's, not the parties' shared part, whose subject is how the duties are shared.
  const listed = new Set(
    [a, b].flatMap(({ clauses }) =>
      clauses.filter((clause) => {
        const section = clauses.find((c) => c.id === clause.parent);
        const party = section === undefined ? null : partyPart(clause, section);
        return party !== null && party !== 'felles';
      }),
    ),
  );
  const pairs = new Map<string, AlignedPair>();
  const add = (x: Clause, y: Clause, source: AlignedPair['source'], topic: string | null) => {
    const key = `${x.id}\u0000${y.id}`;
    if (!pairs.has(key)) pairs.set(key, { a: x.id, b: y.id, score: round(score(x, y)), source, topic });
  };
  const best = <T>(items: T[], rate: (item: T) => number) =>
    items.reduce((top, item) => (rate(item) > rate(top) ? item : top));

  // A clause's topics: its tags, or where it has none, the topics the corpus's tagged clauses suggest
  // for it (suggest.ts). A pair is `tagged` only where both clauses carry the topic as a tag.
  const suggested = (slug: string, clause: Clause) =>
    clause.topics.length > 0 ? clause.topics : model.suggest(slug, clause.id).map((s) => s.topic);
  const topicsOf = new Map<Clause, ReadonlyArray<string>>([
    ...left.map((clause) => [clause, suggested(a.slug, clause)] as const),
    ...right.map((clause) => [clause, suggested(b.slug, clause)] as const),
  ]);
  const topics = [...new Set([...topicsOf.values()].flat())].sort((x, y) => rank(topicOrder, x) - rank(topicOrder, y));
  for (const topic of topics) {
    const xs = left.filter((clause) => topicsOf.get(clause)!.includes(topic));
    const ys = right.filter((clause) => topicsOf.get(clause)!.includes(topic));
    if (xs.length === 0 || ys.length === 0) continue;
    const pair = (x: Clause, y: Clause) => {
      // One party's part and another party's part are no pair: the municipality's duties on a subject are
      // not the hospital's, nor the duties the two share (the party's own part is its counterpart).
      const [one, two] = [partyNamed(x), partyNamed(y)];
      if (one !== null && two !== null && one !== two) return;
      // A heading that names one party's duties and nothing else («Felles oppgaver», «Kommunens plikter»)
      // and a clause of no party's, through a topic, only where they share some wording: a party's list of
      // duties touches many subjects, and the nearest of clauses it shares no word with is any of them (a
      // list of the parties' shared tasks is no text on costs or resources).
      if ((headed(x) || headed(y)) && (one === null || two === null) && !wording(x, y)) return;
      if (x.topics.includes(topic) && y.topics.includes(topic)) add(x, y, 'tagged', topic);
      // Through a suggested topic, the two must also share some wording.
      else if (score(x, y) >= suggestedFloor) add(x, y, 'automatic', topic);
    };
    const bestY = new Map(xs.map((x) => [x, best(ys, (y) => score(x, y))]));
    const bestX = new Map(ys.map((y) => [y, best(xs, (x) => score(x, y))]));
    // A sub-clause whose section (of the same topic) has the same nearest counterpart is covered by the
    // section's pair where that counterpart has the topic as an aspect only (not its first topic: a plan's
    // table with a row on message exchange), unless the sub-clause is clearly the nearer of the two to it
    // (the section scoring under `splitRatio` of it): a clause that touches on a topic answers the section
    // on it, not each of the section's parts. Returns the section that answers for it, if any.
    const coveredBy = <T extends Clause>(clause: T, own: T[], nearest: Map<T, Clause>, other: Clause) => {
      const section = own.find((candidate) => candidate.id === clause.parent);
      if (section === undefined || nearest.get(clause) !== other || nearest.get(section) !== other) return undefined;
      if (!aspect(other, topic)) return undefined;
      const rate = (c: Clause) => (own === xs ? score(c, other) : score(other, c));
      return rate(section) > rate(clause) * splitRatio ? section : undefined;
    };
    // A sub-clause that has the topic from its section's heading alone (its own names none) says no more
    // of it than the section: where its nearest counterpart is the section's too and shares no wording
    // with it (under `suggestedFloor`), the section's pair answers for it (the nearest of clauses that
    // share no word is any of them); where that counterpart has the topic only as an aspect (a plan's
    // table of actions with a row on messages), whatever words they share: neither is about the topic on
    // its own account. Asked from both sides of a pair, and only then, so that a corpus whose clauses are
    // all tagged rarely makes the topics' profiles.
    const inherited = <T extends Clause>(clause: T, own: T[], nearest: Map<T, Clause>, other: Clause) => {
      const section = own.find((candidate) => candidate.id === clause.parent);
      if (section === undefined || nearest.get(clause) !== other || nearest.get(section) !== other) return false;
      if (!aspect(other, topic) && (own === xs ? wording(clause, other) : wording(other, clause))) return false;
      const slug = own === xs ? a.slug : b.slug;
      return model.suggest(slug, clause.id).some((s) => s.topic === topic && s.bySection);
    };
    // A party's part of a section («Kommunen», «Felles ansvar») is one side of a subject the section's
    // other parties' parts of the same topic hold the rest of: a clause paired with one is paired with
    // them all (the hospital's and the municipality's duties on message exchange, side by side).
    const parts = <T extends Clause>(clause: T, own: T[]) =>
      clause.party === null ? [clause] : own.filter((other) => other.party !== null && other.parent === clause.parent);
    const pairParts = (x: Clause, y: Clause) => {
      // A party's part of the agreement on no subject of its own (St. Olav's «4.2 St. Olavs Hospital» under
      // «Oppgaver og ansvar», a list of the hospital's duties on many subjects) is no clause's nearest by a
      // few words: with a clause of no party's, only where the two share some wording.
      if (
        (listed.has(x) || listed.has(y)) &&
        (partyNamed(x) === null) !== (partyNamed(y) === null) &&
        !parts(x, xs).some((one) => parts(y, ys).some((two) => wording(one, two)))
      )
        return;
      pair(x, y);
      // Only from a pair that shares some wording, or to a part that does itself (a word few clauses use:
      // the hospital's list naming the discharge letter): the nearest of clauses that share none is any of them.
      const shared = wording(x, y);
      for (const a of parts(x, xs)) for (const b of parts(y, ys)) if (shared || wording(a, b)) pair(a, b);
    };
    // A clause that has the topic only as an aspect (Innlandet 3.2's «Felles ansvar», on misdirected
    // messages, whose first duty follows up receipts: `avvik,meldingsutveksling`) shares a few words with
    // many of the topic's clauses, where its text has another side's clause the topic is first for
    // (`main`) beside it. Such a pair is made from the side the topic is first for, never from the
    // aspect's own nearest; and only where the aspect is among that clause's nearest in the whole other
    // text (`splitRatio` of its best), that is where its text points there, not only its topic. Where the
    // likeness is weak (under `threshold`), the clause also pairs with its nearest of the clauses the topic
    // is first for: the aspect adds a counterpart, it does not take the place of the one about the topic.
    const main = (clauses: Clause[]) => clauses.filter((clause) => !aspect(clause, topic));
    const mains = new Map([
      [xs, main(xs)],
      [ys, main(ys)],
    ]);
    const throughAspect = (clause: Clause, other: Clause, others: Clause[]) =>
      aspect(other, topic) && !aspect(clause, topic) && mains.get(others)!.length > 0;
    const nearestOverall = new Map<Clause, number>();
    const pointsTo = (clause: Clause, everything: Clause[], rate: (other: Clause) => number, other: Clause) => {
      let top = nearestOverall.get(clause);
      if (top === undefined) nearestOverall.set(clause, (top = Math.max(0, ...everything.map(rate))));
      return rate(other) >= top * splitRatio;
    };
    // Each clause with its nearest, or the section that answers for it there.
    for (const x of xs) {
      const y = bestY.get(x)!;
      const rate = (other: Clause) => score(x, other);
      const viaAspect = throughAspect(x, y, ys);
      const direct = viaAspect ? pointsTo(x, right, rate, y) : !throughAspect(y, x, xs);
      if (
        direct &&
        !coveredBy(x, xs, bestY, y) &&
        !coveredBy(y, ys, bestX, x) &&
        !inherited(x, xs, bestY, y) &&
        !inherited(y, ys, bestX, x)
      )
        pairParts(x, y);
      if (viaAspect && rate(y) < threshold) pairParts(x, best(mains.get(ys)!, rate));
    }
    for (const y of ys) {
      const x = bestX.get(y)!;
      const rate = (other: Clause) => score(other, y);
      const viaAspect = throughAspect(y, x, xs);
      const direct = viaAspect ? pointsTo(y, left, rate, x) : !throughAspect(x, y, ys);
      if (
        direct &&
        !coveredBy(y, ys, bestX, x) &&
        !coveredBy(x, xs, bestY, y) &&
        !inherited(y, ys, bestX, x) &&
        !inherited(x, xs, bestY, y)
      )
        pairParts(x, y);
      if (viaAspect && rate(x) < threshold) pairParts(best(mains.get(xs)!, rate), y);
    }
  }

  // A party's part of the agreement on no subject of its own («Kommunane sine plikter»; St. Olav's «4.3
  // Kommunen» under «Oppgaver og ansvar»: party-duties.ts) has the other text's part for the same party
  // as its counterpart, however few words the two lists share: the headings say what each is.
  const partiesOf = (clauses: ReadonlyArray<Clause>, own: Clause[]) =>
    own.map((clause) => ({
      clause,
      party: partyPart(
        clause,
        clauses.find((c) => c.id === clause.parent),
      ),
    }));
  const partiesB = partiesOf(b.clauses, right).filter(({ party }) => party !== null);
  for (const { clause: x, party } of partiesOf(a.clauses, left))
    if (party !== null)
      for (const { clause: y } of partiesB.filter((other) => other.party === party))
        add(x, y, 'automatic', y.topics[0] ?? x.topics[0] ?? null);

  // Automatic pairs, for clauses without tags: a clear match, a split into several clear matches,
  // or a weaker match that both clauses agree on (each is the other's best).
  const bestOf = new Map<Clause, Clause>();
  for (const x of left)
    if (right.length > 0)
      bestOf.set(
        x,
        best(right, (y) => score(x, y)),
      );
  for (const y of right)
    if (left.length > 0)
      bestOf.set(
        y,
        best(left, (x) => score(x, y)),
      );
  const line = lines([...a.clauses, ...b.clauses]);
  const isLine = (clause: Clause) => line.has(clause);
  // A clause with a heading that no topic fits (its heading and text were weighed against every topic
  // and found no case) pairs by a weak likeness with a clause of a topic only where its text is nearest
  // that topic of all: a few words shared with a clause of a topic the text leans away from («Definisjoner»
  // of receipts and contact points, and Innlandet's follow-up of receipts under misdirected messages) are
  // no evidence. A clear likeness still pairs them; an introduction (no heading) is paired as it was.
  const leansAway = (slug: string, clause: Clause, other: Clause) =>
    clause.heading !== null &&
    topicsOf.get(other)!.length > 0 &&
    !topicsOf.get(other)!.includes(model.nearestTopic(slug, clause.id) ?? '');
  const automatic = (
    slug: string,
    clause: Clause,
    others: Clause[],
    rate: (other: Clause) => number,
    pair: (other: Clause) => void,
  ) => {
    const top = bestOf.get(clause);
    if (topicsOf.get(clause)!.length > 0 || !top) return;
    // The same heading, word for word as stems («Oppfølging av avtalen»), names the same subject.
    const named = headingStems(clause);
    for (const other of others) if (named !== '' && headingStems(other) === named) pair(other);
    // A few words are no evidence of a subject by their likeness alone (isLine), on either side.
    if (isLine(clause) || isLine(top)) return;
    const topScore = rate(top);
    if (topScore >= threshold) {
      for (const other of others)
        if (rate(other) >= Math.max(threshold, topScore * splitRatio) && !isLine(other)) pair(other);
    } else if (topScore >= mutualThreshold && bestOf.get(top) === clause && !leansAway(slug, clause, top)) {
      pair(top);
    }
  };
  for (const x of left)
    automatic(
      a.slug,
      x,
      right,
      (y) => score(x, y),
      (y) => add(x, y, 'automatic', y.topics[0] ?? null),
    );
  for (const y of right)
    automatic(
      b.slug,
      y,
      left,
      (x) => score(x, y),
      (x) => add(x, y, 'automatic', x.topics[0] ?? null),
    );

  const order = (clauses: ReadonlyArray<Clause>) => new Map(clauses.map((clause, index) => [clause.id, index]));
  const orderA = order(a.clauses);
  const orderB = order(b.clauses);
  const sorted = [...pairs.values()].sort(
    (p, q) => orderA.get(p.a)! - orderA.get(q.a)! || orderB.get(p.b)! - orderB.get(q.b)!,
  );
  const pairedA = new Set(sorted.map((pair) => pair.a));
  const pairedB = new Set(sorted.map((pair) => pair.b));
  return {
    a: a.slug,
    b: b.slug,
    pairs: sorted,
    onlyA: left.filter((clause) => !pairedA.has(clause.id)).map((clause) => clause.id),
    onlyB: right.filter((clause) => !pairedB.has(clause.id)).map((clause) => clause.id),
  };
}

/** The party whose part a clause is: an editor's `part=`, or a heading that names its duties and nothing else. */
const partyNamed = (clause: Clause) => clause.party ?? (clause.heading === null ? null : dutiesNamed(clause.heading));

/**
 * Whether a sub-clause's heading, not an editor's `part=`, names one party's duties and nothing else: a
 * party's part of its section («Felles oppgaver» under «Roller og ansvar»), not a section of the parties'
 * duties («Partenes ansvar»), which speaks for its parts together.
 */
const headed = (clause: Clause) => clause.party === null && clause.parent !== null && partyNamed(clause) !== null;

/** Whether a clause is tagged with a topic, but not as its first, main one. */
const aspect = (clause: Clause, topic: string) => clause.topics.length > 0 && clause.topics[0] !== topic;

/** A heading's content stems, sorted and joined: '' for none. */
const headingStems = (clause: Clause) => [...new Set(stems(clause.heading ?? ''))].sort().join(' ');

const rank = (order: ReadonlyArray<string>, topic: string) => {
  const index = order.indexOf(topic);
  return index === -1 ? order.length : index;
};

const round = (value: number) => Math.round(value * 1000) / 1000;
