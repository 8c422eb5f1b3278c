import { nob } from 'stopword';
import { NUMBERED_LINE } from '../model/numbering.ts';

// Patterns of the lines reader (text, PDF): what a line of a source looks like it is.

/**
 * Glyphs PDF extractions put in front of list items: Word's Symbol-font bullets land in the private
 * use area (U+F0B7, U+F0A7, …), the rest are ordinary bullet and dash characters.
 */
export const BULLET = /^(?:[•●▪■◦○➢►‣∙·\u{F0A7}\u{F0B7}\u{F0D8}\u{F076}\u{F0FC}*]|[-–](?=\s))\s*/u;
/** A numbered list's item: `1.` or `1)`, then text; group 1 is the number. */
export const ORDERED = /^(\d{1,2})[.)]\s+(?=\S)/;
/** A lettered list's item: `a)`, `b)` or `a.`, `b.`; the letter stays, it is cited ("punkt 3 b)"). */
export const LETTERED = /^([a-zæøå])([.)])\s+\S/;
/** A page number on a line of its own: `3`, `side 3 av 12`, `3/12`, `- 3 -`. */
export const PAGE_NUMBER = /^(?:(?:side|page)\s+)?\d{1,3}(?:\s*(?:av|\/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/i;
/** A link on a line of its own. */
export const URL_LINE = /^(?:https?:\/\/|mailto:|www\.)\S+$/;
/** The end of a sentence, closing quotes and brackets after it allowed. */
export const SENTENCE_END = /[.!?]["»”)]*$/;
/** Words a line cannot end on and be a whole heading: the sentence goes on below. */
export const STOPWORDS = new Set([
  ...nob,
  'å',
  'for',
  'til',
  'mellom',
  'med',
  'om',
  'av',
  'i',
  'på',
  'og',
  'eller',
  'som',
  'ved',
  'frå',
  'eit',
  'ein',
]);
/** A line that looks like a numbered heading: a clause number, then a capital (or an opening quote or bracket). */
export const numberedLine = (text: string) => {
  const match = NUMBERED_LINE.exec(text);
  return match && /^[\p{Lu}«"(]/u.test(match[2]!) ? match : null;
};

/** The text split at white space (not words.ts's words: punctuation stays on its word). */
export const tokens = (text: string) => text.trim().split(/\s+/).filter(Boolean);
/** Whether the text starts with a capital, an opening quote or bracket before it allowed. */
export const startsUpper = (text: string) => /^[«"(]?\p{Lu}/u.test(text);
/** The text's last word in lower case, letters and hyphens only. */
export const lastWord = (text: string) => (tokens(text).at(-1) ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
