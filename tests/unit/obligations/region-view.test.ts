import { expect, test } from 'vitest';
import { regionView } from '../../../src/lib/obligations/region-view.ts';
import { partyByTopic } from '../../../src/lib/obligations/register.ts';
import { loadSite, topicIds } from '../helpers/index.ts';

const site = loadSite().filter((guideline) => guideline.current);
const register = site.map((g) => ({ slug: g.meta.slug, clauses: g.clauses, obligations: g.obligations }));
const topics = [...topicIds()];
const telemark = register.find((g) => g.slug === 'telemark')!;
// Two regions made for the test: one with Telemark's very words, one that gives no party anything.
const corpus = [
  ...register,
  { ...telemark, slug: 'tvilling' },
  { slug: 'taus', clauses: telemark.clauses, obligations: [] },
];

test.each(['kommune', 'helseforetak', 'felles'] as const)(
  'in the %s view every other region stands on each topic once, the most alike first',
  (party) => {
    const view = regionView(partyByTopic(corpus, topics, party), 'telemark');
    expect(view.length).toBeGreaterThan(0);
    for (const { topic, entries, others } of view) {
      expect(others.map((other) => other.slug).sort(), String(topic)).toEqual(
        corpus
          .map((g) => g.slug)
          .filter((slug) => slug !== 'telemark')
          .sort(),
      );
      const scores = others.map((other) => other.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(others.find((other) => other.slug === 'tvilling')!.likeness).toBe(
        entries.length > 0 ? 'samme' : 'ingenting',
      );
      expect(others.find((other) => other.slug === 'taus')!.likeness).toBe('ingenting');
      for (const other of others) expect(other.likeness === 'ingenting', other.slug).toBe(other.count === 0);
      // Where Telemark says nothing, whoever says something says it differently.
      if (entries.length === 0) expect(others.every((other) => other.likeness !== 'samme')).toBe(true);
    }
  },
);

// Telemark's and UNN's texts share whole sentences (UNN's informasjonssikkerhet duties are Telemark's
// word for word); St. Olav and Innlandet wrote theirs apart.
test.each([
  { party: 'kommune', topic: 'informasjonssikkerhet', other: 'unn', likeness: 'samme' },
  { party: 'kommune', topic: 'meldingsutveksling', other: 'unn', likeness: 'samme' },
  { party: 'kommune', topic: 'meldingsutveksling', other: 'st-olav', likeness: 'ulikt' },
  { party: 'kommune', topic: 'meldingsutveksling', other: 'innlandet', likeness: 'ulikt' },
] as const)(
  'on $topic, $other says of the $party what Telemark does: $likeness',
  ({ party, topic, other, likeness }) => {
    const row = regionView(partyByTopic(register, topics, party), 'telemark').find((entry) => entry.topic === topic)!;
    expect(row.others.find((entry) => entry.slug === other)!.likeness).toBe(likeness);
  },
);
