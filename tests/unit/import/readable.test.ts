import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { unreadable } from '../../../src/lib/import/readable.ts';
import { fixtures, root } from '../helpers/index.ts';

// Issue 33: a PDF whose font has no ToUnicode map gave `3DUWHQH␃VNDO…` (every letter 29 code points
// down, the space a control character shown as ␃), and the report said every word was in the draft.
// Texts of our own, written for this test.
const bokmal =
  'Partene skal melde avvik til hverandre innen to virkedager. Kommunen skal sørge for at meldinger blir sendt i samsvar med avtalen, og helseforetaket skal svare på alle henvendelser som gjelder pasienter i kommunen.';
const nynorsk =
  'Partane skal melde avvik til kvarandre innan to arbeidsdagar. Kommunen skal syte for at meldingar vert sende i samsvar med avtalen, og helseføretaket skal svare på alle førespurnader som gjeld pasientar i kommunen.';
/** A text as a font without ToUnicode gives it: each character `shift` code points down, a space as the control picture of its code. */
const glyphCodes = (text: string, shift: number) =>
  [...text]
    .map((c) => {
      const code = c.codePointAt(0)! - shift;
      return code < 0x20 ? String.fromCodePoint(0x2400 + code) : String.fromCodePoint(code);
    })
    .join('');

test.each([
  { what: 'Bokmål', text: bokmal, expected: null },
  { what: 'Nynorsk', text: nynorsk, expected: null },
  { what: 'Bokmål with Symbol-font bullets', text: `${bokmal}\n\u{F0B7} første\n\u{F0B7} andre`, expected: null },
  { what: 'a text too short to judge', text: 'Xqzt vbnm', expected: null },
  {
    what: 'letters 29 code points down, spaces as ␃',
    text: glyphCodes(bokmal, 29),
    expected:
      /^the text does not read as Norwegian: its letters stand 29 code points from where they belong \(«3DUWHQH␃VNDO.*» reads «Partene skal.*» shifted back\), .*ToUnicode.*: make the PDF again/,
  },
  {
    what: 'letters 3 code points up, spaces kept',
    text: glyphCodes(nynorsk, -3).replaceAll('\u2423', ' ').replace(/#/g, ' '),
    expected: /its letters stand -3 code points from where they belong/,
  },
  {
    what: 'private-use characters among the letters',
    text: bokmal.replace(/[aeo]/g, '\uE001'),
    expected: /^the text has \d+ private-use or control characters \(U\+E001\) beside \d+ letters/,
  },
  {
    what: 'control characters among the letters',
    text: bokmal.replace(/ /g, '\u0003'),
    expected: /^the text has \d+ private-use or control characters \(U\+0003\)/,
  },
  {
    what: 'no Norwegian words',
    text: 'The parties shall report deviations to each other within two working days, and the hospital shall answer every request about patients of the municipality without delay.',
    expected: /^the text does not read as Norwegian: \d+ of its \d+ words are common Norwegian words/,
  },
])('$what: $expected', ({ text, expected }) => {
  const answer = unreadable(text);
  if (expected === null) expect(answer).toBeNull();
  else expect(answer).toMatch(expected);
});

test('the five sources and every import fixture read as Norwegian', () => {
  const seeds = `${root}content/sources`;
  const texts = [
    ...readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(`${seeds}/${name}`, 'utf8')),
    ...readdirSync(`${fixtures}/import`)
      .filter((name) => !name.startsWith('glyph'))
      .flatMap((name) =>
        readdirSync(`${fixtures}/import/${name}`)
          .filter((f) => f === 'input.txt')
          .map((f) => `${fixtures}/import/${name}/${f}`),
      )
      .map((file) => readFileSync(file, 'utf8')),
  ];
  expect(texts.length).toBeGreaterThan(10);
  for (const text of texts) expect(unreadable(text), text.slice(0, 80)).toBeNull();
});
