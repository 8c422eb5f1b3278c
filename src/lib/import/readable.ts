import { STOPWORDS } from './line-patterns.ts';

// Whether what a reader extracted reads as Norwegian at all. A PDF whose font has no map from its
// glyphs to letters (no ToUnicode) gives its glyph codes: «Partene skal» comes out as
// `3DUWHQH␃VNDO`, every letter 29 code points down, the space a control character. Every word of such
// a text "is in the draft", and none of it is the agreement (issue 33). Decided: a text of at least
// MIN_WORDS words reads as Norwegian when at least MIN_SHARE of them are Norwegian's commonest words
// (og, i, skal, av, til: about a third of an agreement's words); below that it is unreadable.

/** Below this many words a text is too short to judge. */
const MIN_WORDS = 20;
/** The share of the commonest words a Norwegian text has at least (the five: 0.30 to 0.38). */
const MIN_SHARE = 0.08;
/** A shifted text read back must be this Norwegian: a chance shift of another text reaches far less. */
const SHIFTED_SHARE = 0.2;
/** Private-use and control characters above this share of the letters make the text unreadable. */
const MAX_ODD_SHARE = 0.02;
/** Glyphs Word's Symbol font puts in the private use area for bullets (line-patterns.ts's BULLET): not odd. */
const BULLET_GLYPHS = /[\u{F0A7}\u{F0B7}\u{F0D8}\u{F076}\u{F0FC}]/gu;
// The C0 controls other than tab and line ends, and the pictures pdfjs shows some of them as (␃ for U+0003).
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u2400-\u2421]/gu;
const PRIVATE_USE = /\p{Co}/gu;

/**
 * The share of a shifted text's words, split at white space only and in lower case only, that are
 * Norwegian's commonest: the right shift turns the font's space back into a space, and a shift 32 away
 * gives the same words in capitals.
 */
function wordShare(text: string): number {
  const words = text.split(/\s+/).map((word) => word.replace(/^[«"(]+|[.,;:!?»")]+$/g, ''));
  return words.filter((word) => STOPWORDS.has(word)).length / Math.max(words.length, 1);
}

/** How much of a text is Norwegian's commonest words: the share, and how many words were counted. */
function norwegianShare(text: string): { share: number; words: number } {
  const words = text.toLocaleLowerCase('nb').match(/\p{L}+/gu) ?? [];
  const known = words.filter((word) => STOPWORDS.has(word)).length;
  return { share: words.length === 0 ? 0 : known / words.length, words: words.length };
}

/** The text with every character moved `shift` code points (a control picture read as its control first). */
function shifted(text: string, shift: number): string {
  return text.replace(/\S/gu, (c) => {
    let code = c.codePointAt(0)!;
    if (code >= 0x2400 && code <= 0x2421) code -= 0x2400;
    const moved = code + shift;
    return moved > 0 && moved < 0x10ffff ? String.fromCodePoint(moved) : c;
  });
}

/** The shift that makes the text read as Norwegian (its letters moved by a font without ToUnicode), or null. */
function glyphShift(text: string): number | null {
  const sample = text.slice(0, 5000);
  let best: { shift: number; share: number } | null = null;
  for (let shift = -128; shift <= 128; shift++) {
    const share = shift === 0 ? 0 : wordShare(shifted(sample, shift));
    if (share >= SHIFTED_SHARE && share > (best?.share ?? 0)) best = { shift, share };
  }
  return best?.shift ?? null;
}

/**
 * Why a text does not read as Norwegian, with what to do, or null when it does (or is too short to
 * tell): glyph-shifted letters, private-use or control characters, no Norwegian words.
 */
export function unreadable(text: string): string | null {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const odd = [
    ...text.replace(BULLET_GLYPHS, '').matchAll(new RegExp(`${CONTROL.source}|${PRIVATE_USE.source}`, 'gu')),
  ];
  const { share, words } = norwegianShare(text);
  const readsAsNorwegian = words < MIN_WORDS || share >= MIN_SHARE;
  if (readsAsNorwegian && odd.length <= MAX_ODD_SHARE * Math.max(letters, 1)) return null;
  const again =
    'make the PDF again from the original document (in Word: Save as PDF), or import the Word or text version';
  const shift = readsAsNorwegian ? null : glyphShift(text);
  if (shift !== null) {
    const example = (text.match(/\S{4,}(?:\s+\S{2,}){0,2}/u)?.[0] ?? '').slice(0, 30);
    return `the text does not read as Norwegian: its letters stand ${shift} code points from where they belong («${example}» reads «${shifted(example, shift)}» shifted back), as a PDF gives them when its font has no map from glyphs to letters (ToUnicode): ${again}`;
  }
  if (odd.length > MAX_ODD_SHARE * Math.max(letters, 1)) {
    const names = [...new Set(odd.map((m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
    return `the text has ${odd.length} private-use or control characters (${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}) beside ${letters} letters, as a PDF gives them when its font has no map from glyphs to letters: ${again}`;
  }
  return `the text does not read as Norwegian: ${Math.round(share * words)} of its ${words} words are common Norwegian words (a Norwegian text has about a third): check that the file is the agreement and its text is not scrambled; ${again}`;
}
