import { expect, test } from 'vitest';
import { pageDescription } from '../../../src/lib/publish/description.ts';

const lead = 'Retningslinje: Samarbeid om IKT (Telemark).';
const long =
  'Partene skal sende meldinger i henhold til nasjonale standarder og sørge for at adresseregisteret er oppdatert og at alle kjenner rutinene.';

test.each([
  ['no text: the lead alone', lead, [], lead],
  ['short text: all of it', lead, ['Partene skal samarbeide.'], `${lead} Partene skal samarbeide.`],
  ['texts joined, whitespace as one space', lead, ['A\n\nb', 'c'], `${lead} A b c`],
  [
    'long text: cut at a word, with an ellipsis',
    lead,
    [long],
    `${lead} Partene skal sende meldinger i henhold til nasjonale standarder og sørge for at adresseregisteret er oppdatert og…`,
  ],
  ['a lead that fills the room: the lead alone', 'x'.repeat(150), [long], 'x'.repeat(150)],
])('%s', (_name, given, texts, expected) => {
  const description = pageDescription(
    given,
    texts.map((text) => ({ text })),
  );
  expect(description).toBe(expected);
  expect(description.length).toBeLessThanOrEqual(Math.max(160, given.length));
});
