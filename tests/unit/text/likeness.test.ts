import { expect, test } from 'vitest';
import { wordLikeness } from '../../../src/lib/text/likeness.ts';

test.each([
  { a: 'Kommunen skal varsle helseforetaket.', b: 'Kommunen skal varsle helseforetaket.', expected: 1 },
  { a: 'Kommunen skal varsle helseforetaket.', b: 'Partene avtaler testing.', expected: 0 },
  { a: '', b: 'Partene avtaler testing.', expected: 0 },
  // Stems: «varsler» and «varsle» count as one word; the stopword «skal» is left out.
  { a: 'Kommunen varsler sykehuset.', b: 'Kommunen skal varsle sykehuset.', expected: 1 },
  { a: 'meldinger meldinger rutiner', b: 'meldinger rutiner rutiner', expected: 0.8 },
])('wordLikeness($a, $b) is $expected', ({ a, b, expected }) => {
  expect(wordLikeness(a, b)).toBeCloseTo(expected, 10);
  expect(wordLikeness(b, a)).toBeCloseTo(expected, 10);
});

// The stem counts of the texts met last are kept (likeness.ts): a text met again after thousands of
// others, its counts long dropped, is weighed as it was the first time.
test('a text weighs the same after its kept counts have made way for others', () => {
  const a = 'Helseforetaket skal sende meldinger om innleggelse og utskrivning til kommunen.';
  const b = 'Kommunen skal sende meldinger om tjenester til helseforetaket.';
  const first = wordLikeness(a, b);
  for (let index = 0; index < 5000; index++) wordLikeness(`tekst nummer ${index} om meldinger`, b);
  expect(wordLikeness(a, b)).toBe(first);
  expect(wordLikeness(a, `${b} `)).toBe(first);
});
