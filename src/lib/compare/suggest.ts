import type { Vector } from './similarity.ts';
import { stems } from '../text/stems.ts';

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
  /** The words of the heading that name the topic, where a heading decided; else none. */
  named: string[];
  /** Whether the topic is the section's the clause stands in (its heading's, or the section's own topic), not its own heading's. */
  bySection: boolean;
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
/**
 * A heading names a topic when the topic's names (content/topics.yaml) carry this share of the heading's
 * words (a word several topics' names use is shared between them) ...
 */
const NAMED = 0.5;
/**
 * ... and then the next topics too that each carry this share of the rest («Uenighet, varighet og revisjon»:
 * a word of their own, not one shared with another topic, as «endringer» in «Ikrafttredelse og endringer») ...
 */
const NAMED_TOO = 0.3;
/** ... where the clause's text agrees: the topic is among its this many nearest ... */
const AGREEING_TOPICS = 5;
/** ... and scores at least this share of the nearest one's score. */
const TEXT_AGREES = 0.5;

/**
 * The topics' profiles from the tagged clauses of a corpus, and the suggestion for a clause's vector and
 * heading. `vocabulary` gives each topic's names as features (its names and description, content/topics.yaml).
 */
export function topicProfiles(
  tagged: ReadonlyArray<{ topics: ReadonlyArray<string>; vector: Vector }>,
  vocabulary: ReadonlyArray<{ topic: string; names: Vector; title?: Vector }> = [],
): {
  suggest(
    vector: Vector,
    headings: {
      own: Vector;
      section: Vector;
      wholeSection?: Vector;
      party?: boolean;
      body?: Vector;
      conjuncts?: ReadonlyArray<Vector>;
      sectionTopics?: ReadonlyArray<string>;
    },
    wordOf: (feature: string) => string | null,
  ): TopicSuggestion[];
  /** The topic whose profile a vector is nearest, however far. */
  nearest(vector: Vector): string | null;
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
  const named = headingNames(vocabulary);
  const names = new Map(vocabulary.map(({ topic, names }) => [topic, names]));
  const titles = vocabulary.map(({ topic, title }) => ({ topic, title: title ?? new Map<string, number>() }));
  const titleOf = new Map(titles.map(({ topic, title }) => [topic, title]));
  /** Whether a heading holds a whole word of the topic's name (Bokmål or Nynorsk). */
  const callsIt = (heading: Vector, topic: string) =>
    [...heading.keys()].some((feature) => titleOf.get(topic)?.get(feature) === 1);
  /** A heading without the words another topic's name holds whole. */
  const othersCalled = (heading: Vector, topic: string) =>
    new Map(
      [...heading].filter(
        ([feature]) => !titles.some((other) => other.topic !== topic && other.title.get(feature) === 1),
      ),
    );
  /** Whether a heading holds a compound whose head is a whole word of the topic's name («lovhjemmel»: «hjemmel»). */
  const kindOf = (heading: Vector, topic: string) =>
    [...heading.keys()].some((feature) => headedBy(feature, titleOf.get(topic) ?? new Map()));
  /** Whether a heading holds a word of the topic's name, whole or as a compound's part. */
  const namedBy = (heading: Vector, topic: string) =>
    [...heading.keys()].some((feature) => strength(titleOf.get(topic) ?? new Map(), feature) > 0);
  const nearestTo = (vector: Vector) => {
    let top: { topic: string; score: number } | null = null;
    for (const { topic, profile, main } of profiles) {
      const score = dot(vector, profile) * main;
      if (top === null || score > top.score) top = { topic, score };
    }
    return top?.topic ?? null;
  };
  return {
    nearest: nearestTo,
    suggest(vector, headings, wordOf) {
      const ranked = profiles
        .map(({ topic, profile, main }) => ({ topic, profile, score: dot(vector, profile) * main }))
        .sort((x, y) => y.score - x.score);
      const [first] = ranked;
      if (!first) return [];
      // What the heading names, where the text does not speak of something else. A text that is no case
      // for any topic (its nearest under MIN_SCORE: «Ansvar og kostnader» over a text of systems,
      // licences and the health network, words every topic's clauses use) does not speak against a topic
      // whose name (not only its description) holds a word of the clause's own heading. Not for a
      // party's part of a section, whose heading is the section's, split between the parties' parts.
      const agrees = ranked
        .slice(0, AGREEING_TOPICS)
        .filter((entry) => entry.score >= first.score * TEXT_AGREES)
        .map((entry) => entry.topic);
      // Nor against a topic that both the clause's own heading and its section's name, by any of the
      // topic's words («Lover og forskrifter» under «Grunnlag»: a legal basis cites laws by names no
      // topic's clauses share, and the text leans to whatever its few common words do).
      // Nor against the one topic whose names and description use every word of a heading of two words
      // or more: the description lists what else a topic is called («lover og forskrifter», «ord og
      // uttrykk», «mål»), and «Rettsleg grunnlag», «Lover og forskrifter» or «Ord og uttrykk» call the
      // topic by it. Nor against the one topic a heading calls by a word of its name, whole or as the
      // head of the heading's compound («Lovhjemmel» is a kind of «hjemmel»), where no other topic's
      // names use any word of the heading («Kompetanse hos tilsette»). (Not by a word that only heads
      // a word of the name: «Grunnlaget» alone is no «lovgrunnlag».) Such a heading names that
      // topic, however few of its words the topic's names carry.
      let sole: string | undefined;
      if (first.score < MIN_SCORE && !headings.party) {
        const own = named(headings.own, []).shares;
        const above = named(headings.section, []).shares;
        // Or less the words another topic's name holds whole, where the rest holds a word of the topic's own
        // name too: «Lov og samarbeidsavtale som grunnlag» calls the parties' agreement by its name, and the
        // legal basis by two words its description lists, «grunnlag» the head of «lovgrunnlag». («Endringer
        // i systemer og rutiner» is no training: «systemer» and «rutiner» are only its description's words.)
        const rest = (topic: string) => othersCalled(headings.own, topic);
        const whole = [...names]
          .filter(
            ([topic, words]) =>
              wholly(headings.own, words) || (wholly(rest(topic), words) && namedBy(rest(topic), topic)),
          )
          .map(([topic]) => topic);
        const [alone] = own.size === 1 ? [...own.keys()] : [];
        if (whole.length === 1) sole = whole[0];
        else if (alone !== undefined && (callsIt(headings.own, alone) || kindOf(headings.own, alone))) sole = alone;
        for (const { topic } of titles)
          if (
            !agrees.includes(topic) &&
            (callsIt(headings.own, topic) || (own.has(topic) && above.has(topic)) || sole === topic)
          )
            agrees.push(topic);
      }
      // Of two topics the heading names alike («Avvik»: misdirected messages, and deviations from the
      // agreement), the one the text under it is nearer, without the heading's own words: the word in
      // question weighs four times in the text's topic vector, and says no more of one than the other.
      const body = headings.body && new Map([...headings.body].filter(([feature]) => !headings.own.has(feature)));
      const bodyRanked = body
        ? profiles
            .map(({ topic, profile, main }) => ({ topic, score: dot(body, profile) * main }))
            .sort((x, y) => y.score - x.score)
        : [];
      const byBody = body ? bodyRanked.map((entry) => entry.topic) : agrees;
      // A topic that text is near, which the heading names as much as one the whole text agrees with,
      // may be named too: the whole text leaned to the other only by the heading's word.
      const bodyAgrees = bodyRanked
        .slice(0, AGREEING_TOPICS)
        .filter((entry) => entry.score > 0 && entry.score >= bodyRanked[0]!.score * TEXT_AGREES)
        .map((entry) => entry.topic);
      const { shares } = named(headings.own, agrees);
      const alike = bodyAgrees.filter(
        (topic) =>
          !agrees.includes(topic) &&
          agrees.some((other) => shares.has(topic) && shares.get(other) === shares.get(topic)),
      );
      const { topics: namedTopics } = named(headings.own, [...agrees, ...alike], byBody);
      const fromHeading = namedTopics.length === 0 && sole !== undefined ? [sole] : namedTopics;
      // The section's heading without the words that head the sub-clause's siblings: «Bakgrunn og
      // lovgrunnlag» over «Bakgrunn» names no legal basis. Its whole heading still names a topic the
      // sub-clause's own text is nearest: «Partene, formål, målgruppe og virkeområde» over «Målgruppe».
      const stripped = named(headings.section, agrees);
      const whole = named(headings.wholeSection ?? headings.section, agrees);
      const [sectionHeading, section] =
        stripped.topics.length === 0 && whole.topics[0] === first.topic
          ? [headings.wholeSection ?? headings.section, whole]
          : [headings.section, stripped];
      const [fromSection] = section.topics;
      let bySection = false;
      // A sub-clause whose own heading names no topic («Kvitteringer», «Innleggelse og utskrivning»,
      // «Meldingar og svar», whose «meldingar» message exchange and misdirected messages share) says no
      // more than its section's heading: where its text is no strong case, it takes the topic the
      // section's heading names, if the text agrees. Not where its own heading's words lean to another
      // topic: «Kontakt- og varslingsliste» under «Meldingsutveksling» is a subject of its own. A lean
      // counts where the topic's name holds the word (whole or as a compound's part) or the text agrees
      // with it: a word only a topic's description uses, which the text does not bear out, is no subject
      // of its own («Standarder og versjoner»: «standarder» is in national solutions' description).
      const ownTop = Math.max(0, ...shares.values());
      const agreedTop = Math.max(
        0,
        ...[...shares]
          .filter(([topic]) => agrees.includes(topic) || namedBy(headings.own, topic))
          .map(([, share]) => share),
      );
      const sectionLeads =
        fromHeading.length === 0 && fromSection !== undefined && (shares.get(fromSection) ?? 0) >= agreedTop;
      const fromSectionOnly = sectionLeads ? ranked.filter((entry) => entry.topic === fromSection) : [];
      let leans = false;
      const fromText = (): typeof ranked => {
        const strong = first.score >= STRONG;
        // (Where the section's heading also names the text's nearest topic, another than its first, the
        // text decides between them below; where the text's nearest is the section's own, the two agree.)
        const otherNamed = first.topic !== fromSection && (section.shares.get(first.topic) ?? 0) >= NAMED_TOO;
        if (!strong && fromSectionOnly.length > 0 && !otherNamed) {
          bySection = true;
          return fromSectionOnly;
        }
        // A heading that holds a word of the name of the text's nearest topic, and leans to it as much as to
        // any other («Parter»: in that topic's name, and in four others' descriptions), agrees with the
        // text, however weak.
        leans = ownTop > 0 && (shares.get(first.topic) ?? 0) >= ownTop && callsIt(headings.own, first.topic);
        // A sub-clause whose own heading has no word of any topic's names («Uventa driftsstans») is part
        // of its section's subject: where its text is nearest the section's topic (its tags, or the topic
        // suggested for it), however weakly, that is its topic.
        if (ownTop === 0 && headings.sectionTopics?.[0] === first.topic) {
          bySection = true;
          return [first];
        }
        if (first.score < MIN_SCORE && !leans) return [];
        const second = ranked.find((entry) => entry !== first && !together.has(`${first.topic}\u0000${entry.topic}`));
        // Where the text hesitates between two topics, a heading that names the first decides: the
        // clause's own, or the heading of the section it stands in («Meldingsutveksling» above «Standarder»).
        const hesitates = second && second.score > first.score * MAX_RUNNER_UP;
        const headed =
          leans || Math.max(shares.get(first.topic) ?? 0, section.shares.get(first.topic) ?? 0) >= NAMED_TOO;
        if (!strong && hesitates && !headed) return [];
        return ranked.filter(
          (entry, index) => index === 0 || (strong && index === 1 && entry.score >= first.score * SECOND_TOPIC),
        );
      };
      // A sub-clause is part of its section's subject: where the section's heading names a topic, the
      // sub-clause keeps it unless its own heading names one the text is nearer to («Krav til
      // meldingene» under «Elektronisk meldingsutveksling»: «krav» is in information security's
      // description, but the section and the text both say message exchange). Its own heading's word
      // is one piece of evidence; the section's heading and the text are two.
      const inherits =
        fromSection !== undefined &&
        fromHeading.length > 0 &&
        !fromHeading.includes(fromSection) &&
        fromHeading.every(
          (topic) =>
            section.shares.get(fromSection)! > shares.get(topic)! &&
            agrees.indexOf(fromSection) < agrees.indexOf(topic),
        );
      bySection = inherits;
      const chosen = inherits
        ? ranked.filter((entry) => entry.topic === fromSection)
        : fromHeading.length > 0
          ? ranked.filter((entry) => fromHeading.includes(entry.topic))
          : fromText();
      // A heading of two subjects joined by «og» («Partar og lovgrunnlag», «Hjemmel og forhold til
      // samarbeidsavtalen»): a part none of whose words the chosen topics' names use, and whose words of
      // any topic's name (Bokmål or Nynorsk, not only a description) are one topic's, names that topic too,
      // where the text does not speak against it: it says the clause covers both.
      const alsoNamed: string[] = [];
      if (chosen.length > 0 && !bySection)
        for (const part of headings.conjuncts ?? []) {
          const coversIt = (feature: string) =>
            [...chosen.map((entry) => entry.topic), ...alsoNamed].some(
              (topic) => strength(names.get(topic) ?? new Map(), feature) > 0,
            );
          // (A word of another topic's name, whole, is not covered by a word the chosen topics share with
          // the part: «samarbeidsavtale som grunnlag» beside «Lov» names the parties' agreement.)
          const naming = [...part.keys()].filter((feature) => titles.some(({ title }) => title.get(feature) === 1));
          const covered = naming.length > 0 ? naming.every(coversIt) : [...part.keys()].some(coversIt);
          if (covered) continue;
          // (By its words, not a compound's parts: «samarbeidsavtale» is no «samarbeid».)
          const words = new Map([...part].filter(([, weight]) => weight >= 1));
          const whole = titles.filter(({ topic }) => callsIt(words, topic)).map(({ topic }) => topic);
          // A part of one word that is the last part of a word of one topic's name calls that topic by
          // what it is a kind of («Sikkerhet og tilgang»: «informasjonssikkerhet»; «Tryggleik»:
          // «informasjonstryggleik»), where the corpus's tagged clauses that use the word are nearest that
          // topic too: «Oppfølging» ends «hjemmeoppfølging», but the clauses that say it follow up an agreement.
          const heads = titles.filter(({ title }) => [...part.keys()].some((feature) => strength(title, feature) > 0));
          // A part that is a kind of a word of the name, its compound's head («Lovheimel»: «heimel»), calls it
          // as the whole heading does alone (above).
          const called =
            whole.length === 0 && words.size === 1 && heads.length === 1
              ? heads.map(({ topic }) => topic).filter((topic) => kindOf(words, topic) || nearestTo(part) === topic)
              : whole;
          // Where the text does not speak against it: where it is a case for a topic, the part's topic is
          // among its nearest; where it is no case, the heading decides only where its other part too names
          // its topic by a word of the topic's name, not its description («Ikrafttredelse og endringer» over
          // a few words on when a routine applies names no planned changes).
          const nearest = ranked.slice(0, AGREEING_TOPICS).map((entry) => entry.topic);
          const agreed =
            first.score >= MIN_SCORE
              ? nearest.includes(called[0]!)
              : chosen.every((entry) => callsIt(headings.own, entry.topic) || entry.topic === sole);
          if (called.length === 1 && agreed) alsoNamed.push(called[0]!);
        }
      const headingTopics = [...fromHeading, ...alsoNamed];
      const all = [...chosen, ...ranked.filter((entry) => alsoNamed.includes(entry.topic))];
      return all.map(({ topic, profile, score }) => ({
        topic,
        score: Math.round(score * 1000) / 1000,
        words: decidingWords(vector, profile, wordOf),
        named: bySection
          ? namingWords(sectionHeading, names.get(topic) ?? new Map(), wordOf)
          : headingTopics.includes(topic) || (leans && topic === first.topic)
            ? namingWords(headings.own, names.get(topic)!, wordOf)
            : [],
        bySection,
      }));
    },
  };
}

/**
 * The topics a heading names, by the words of the topics' names: each word of the heading counts for
 * the topics whose names use it, shared between them where several do (and half where a name has it
 * only as part of a compound). The topic whose names carry most of the heading's words is named where
 * they carry NAMED of them; the next ones too where each carries NAMED_TOO of what is left. Only
 * `eligible` topics are named (the text's nearest first); `shares` is each topic's share of the whole heading.
 */
function headingNames(vocabulary: ReadonlyArray<{ topic: string; names: Vector }>) {
  const claims = new Map<string, number>();
  const claimed = (feature: string) => {
    let sum = claims.get(feature);
    if (sum === undefined)
      claims.set(feature, (sum = vocabulary.reduce((total, { names }) => total + strength(names, feature), 0)));
    return sum;
  };
  return (
    heading: Vector,
    eligible: ReadonlyArray<string>,
    nearer: ReadonlyArray<string> = eligible,
  ): { topics: string[]; shares: Map<string, number> } => {
    const total = [...heading.values()].reduce((sum, weight) => sum + weight, 0);
    const share = (names: Vector, left: ReadonlySet<string>) => {
      let sum = 0;
      for (const [feature, weight] of heading)
        if (left.has(feature)) sum += (weight * strength(names, feature)) / Math.max(1, claimed(feature));
      return total === 0 ? 0 : sum / total;
    };
    const all = new Set(heading.keys());
    const covers = vocabulary
      .map(({ topic, names }) => ({ topic, names, share: share(names, all) }))
      .filter((cover) => cover.share > 0);
    const shares = new Map(covers.map(({ topic, share }) => [topic, share]));
    // The topic that names most of the heading, then the next that names enough of the rest; of two that
    // name as much, the one the text is nearer (`nearer` is in that order).
    const rank = (topic: string) => nearer.indexOf(topic);
    const candidates = covers
      .filter(({ topic }) => eligible.includes(topic))
      .sort((x, y) => y.share - x.share || rank(x.topic) - rank(y.topic));
    const chosen: string[] = [];
    const left = new Set(all);
    for (const { topic, names } of candidates) {
      if (share(names, left) < (chosen.length === 0 ? NAMED : NAMED_TOO)) continue;
      chosen.push(topic);
      for (const feature of names.keys()) left.delete(feature);
    }
    return { topics: chosen, shares };
  };
}

/** A heading's word that ends a compound is the compound's last part, its head (the splitter's parts are at least this long). */
const HEAD = 5;

/**
 * How strongly a topic's names use a heading's feature: as given (a word 1, a part of a compound half),
 * or half where it ends a word of the names: «grunnlag» is the head of «lovgrunnlag», a kind of
 * «grunnlag», though «lov» is too short a first part for the splitter (src/lib/search/compounds.ts).
 */
function strength(names: Vector, feature: string): number {
  const given = names.get(feature);
  if (given !== undefined) return given;
  if (feature.length < HEAD) return 0;
  for (const [word, weight] of names)
    if (weight === 1 && word.length > feature.length && word.endsWith(feature)) return 0.5;
  return headedBy(feature, names) ? 0.5 : 0;
}

/**
 * Whether a heading's feature ends in a word of the names (at least HEAD long): «lovhjemmel» is a kind of
 * «hjemmel», its first part too short for the splitter to have split it.
 */
function headedBy(feature: string, names: Vector): boolean {
  for (const [word, weight] of names)
    if (weight === 1 && word.length >= HEAD && feature.length > word.length && feature.endsWith(word)) return true;
  return false;
}

/**
 * Whether a topic's names use every word of a heading of two words or more, each as a word of its own (not
 * only as a compound's part): a phrase, not one word that a description happens to use («Ressursar»).
 */
function wholly(heading: Vector, names: Vector): boolean {
  const words = [...heading].filter(([, weight]) => weight >= 1);
  // A description that speaks of the text itself («Hva retningslinjen skal oppnå») speaks of it by any of
  // its names: «Hva delavtalen skal oppnå», «Hva avtalen omfatter».
  const itself = TEXT_ITSELF.some((word) => names.get(word) === 1);
  return (
    words.length >= 2 &&
    words.every(([feature]) => names.get(feature) === 1 || (itself && TEXT_ITSELF.includes(feature)))
  );
}

/** The words a text calls itself by, as stems (both languages): «retningslinjen», «delavtalen», «avtalen». */
const TEXT_ITSELF = ['retningslinje', 'delavtale', 'avtale'].flatMap((word) => stems(word));

/** The heading's words that the topic's names use, as the clause writes them. */
function namingWords(heading: Vector, names: Vector, wordOf: (feature: string) => string | null): string[] {
  const words = [...heading.keys()].filter((feature) => strength(names, feature) > 0).map(wordOf);
  return [...new Set(words.filter((word): word is string => word !== null))];
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
