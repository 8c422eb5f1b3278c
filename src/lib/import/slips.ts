import { nob } from 'stopword';
import { words } from './words.ts';

// What text recognition confuses: each pair is a misreading and what was printed.
const CONFUSIONS: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/I(?=\p{Ll})/gu, 'l'],
  [/(?<=\p{Ll})I/gu, 'l'],
  [/(?<=\d-)l\b/g, '1'],
  [/(?<=\p{L})1(?=\p{L})/gu, 'l'],
  [/(?<=\p{L})0(?=\p{L})/gu, 'o'],
  [/cl/g, 'd'],
  [/vv/g, 'w'],
];

/** A word that looks misread: the word as the source has it, and the known word it is near. */
export interface Slip {
  word: string;
  near: string;
}

/**
 * Words that text recognition probably misread (`Iøsninger`, `kornrnune`): not among the known
 * words (the published guidelines', the text's own words elsewhere, Norwegian function words), but
 * one known word when the usual misreadings (`rn` for `m`, `I` for `l`, …) are undone. Reported,
 * never corrected: the words are the source's.
 */
export function findSlips(text: string, corpusWords: Iterable<string>): Slip[] {
  const all = words(text);
  const counts = new Map<string, number>();
  for (const word of all) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  const known = new Set([...corpusWords].map((word) => word.toLowerCase()));
  for (const word of nob) known.add(word);
  const isKnown = (word: string) => known.has(word.toLowerCase()) || (counts.get(word.toLowerCase()) ?? 0) > 0;
  const out: Slip[] = [];
  const seen = new Set<string>();
  for (const word of all) {
    if (seen.has(word) || known.has(word.toLowerCase())) continue;
    seen.add(word);
    const near = undo(word).find((candidate) => candidate !== word && isKnown(candidate));
    if (near) out.push({ word, near });
  }
  return out;
}

/** The word with each misreading undone, one kind at a time, then all of them at once. */
function undo(word: string): string[] {
  const each = CONFUSIONS.map(([pattern, printed]) => word.replace(pattern, printed));
  const every = CONFUSIONS.reduce((text, [pattern, printed]) => text.replace(pattern, printed), word);
  return [...each, every];
}
