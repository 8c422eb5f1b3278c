import { describe, expect, test } from 'vitest';
import { alignGuidelines } from '../../../src/lib/compare/align.ts';
import { similarityModel, type Comparable } from '../../../src/lib/compare/similarity.ts';
import type { Clause } from '../../../src/lib/model/types.ts';
import { loadSite, loadTopics } from '../helpers/index.ts';

// Clauses written for this test, in the way a region might word them (Nynorsk and Bokmål), none taken
// from the five: the topic the five's tagged clauses suggest for each, and the words that decided.
const site = loadSite();
const topicOrder = loadTopics().map((topic) => topic.id);
const clause = (id: string, heading: string | null, text: string, topics: string[] = []): Clause => ({
  id,
  number: null,
  numberLabel: null,
  heading,
  headingHtml: heading,
  level: 1,
  parent: null,
  party: null,
  topics,
  notes: [],
  body: [],
  html: '',
  markedHtml: '',
  text,
  footnotes: [],
  line: 1,
});
const five = site.map((g) => ({ slug: g.meta.slug, clauses: g.clauses }));
const suggestFor = (heading: string | null, text: string) => {
  const own: Comparable = { slug: 'ny', clauses: [clause('x', heading, text)] };
  return similarityModel([...five, own]).suggest('ny', 'x');
};

describe('topics suggested for an untagged clause', () => {
  test.each([
    {
      heading: 'Lovgrunnlaget for samarbeidet',
      text: 'Partane samhandlar etter helse- og omsorgstenestelova, spesialisthelsetenestelova, pasientjournallova og helsepersonellova.',
      topic: 'parter-og-lovgrunnlag',
    },
    {
      heading: 'Avvik og usemje',
      text: 'Usemje om tolking av denne avtalen vert handsama etter reglane i samarbeidsavtalen.',
      topic: 'uenighet',
    },
    {
      heading: 'Varighet og oppsigelse',
      text: 'Avtalen gjelder til den blir sagt opp, og revideres ved behov. Oppsigelse følger samarbeidsavtalen.',
      topic: 'varighet',
    },
  ])('«$heading» → $topic', ({ heading, text, topic }) => {
    const [first] = suggestFor(heading, text);
    expect(first?.topic).toBe(topic);
    // The deciding words are the clause's own, as the editor reads them in the report.
    expect(first!.words.length).toBeGreaterThan(0);
    for (const word of first!.words) expect(`${heading} ${text}`.toLowerCase()).toContain(word);
  });

  test('a clause about nothing the five tag gets no topic', () => {
    expect(suggestFor('Diverse', 'Kaffi og kaker vert serverte på møta.')).toEqual([]);
  });

  test('a clause without a heading (an introduction) gets no topic', () => {
    expect(
      suggestFor(null, 'Partane samhandlar etter helse- og omsorgstenestelova og spesialisthelsetenestelova.'),
    ).toEqual([]);
  });
});

describe('the alignment uses suggested topics', () => {
  const unn = five.find((g) => g.slug === 'unn')!;
  const legal = clause(
    'grunnlag',
    'Lovgrunnlaget for samarbeidet',
    'Partane samhandlar etter helse- og omsorgstenestelova, spesialisthelsetenestelova, pasientjournallova og helsepersonellova.',
  );

  test('an untagged clause pairs with the tagged clauses of its suggested topic, as an automatic pair', () => {
    const ny: Comparable = { slug: 'ny', clauses: [legal] };
    const alignment = alignGuidelines(ny, unn, similarityModel([...five, ny]), { topicOrder });
    expect(alignment.pairs).toContainEqual(
      expect.objectContaining({ a: 'grunnlag', b: 'punkt-3', source: 'automatic', topic: 'parter-og-lovgrunnlag' }),
    );
  });

  test('a tag wins over the suggestion', () => {
    const ny: Comparable = { slug: 'ny', clauses: [{ ...legal, topics: ['video'] }] };
    const alignment = alignGuidelines(ny, unn, similarityModel([...five, ny]), { topicOrder });
    expect(alignment.pairs.map((pair) => `${pair.b} ${pair.source} ${pair.topic}`)).toEqual(['punkt-4-2 tagged video']);
  });
});
