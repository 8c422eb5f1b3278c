// A search result links to its clause with the words that matched (`?markert=meldingene`), and the
// reading page marks them. The words are taken from the indexed text itself, not from the query: a
// search for "melding" matches "meldingene" and "meldingar" by their stem, and those are the forms
// that stand in the text and can be found there again.

import { ENDINGS, PART_MARK } from './compounds.ts';

/** The query parameter a result link carries its matched words in: `/retningslinjer/unn/?markert=nedetid#punkt-4-1`. */
export const HIGHLIGHT_PARAM = 'markert';

/** At most this many words travel in a link; a clause that matches more marks the first ones. */
const MAX_WORDS = 12;

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
// Pagefind's own word split (pagefind.js `word_separators`): its word locations count these words.
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** The words of an indexed text at Pagefind's word locations, without surrounding punctuation, each once (first spelling kept). */
export function matchedWords(content: string, locations: ReadonlyArray<number>): string[] {
  const words = content.split(WORD_SEPARATORS);
  const seen = new Map<string, string>();
  for (const location of [...locations].sort((a, b) => a - b)) {
    const word = words[location]?.replace(EDGE_PUNCTUATION, '');
    if (word && !seen.has(word.toLocaleLowerCase('nb'))) seen.set(word.toLocaleLowerCase('nb'), word);
  }
  return [...seen.values()];
}

/**
 * Whether a word of the text is what a search term matched: a form of the term («meldingar» for
 * «melding») or a longer word it begins («meldingsflyt» for «melding»), but never a shorter word
 * that merely begins the term («fast» is not what «fastlege» matched).
 */
export function formMatches(word: string, term: string): boolean {
  const [a, b] = [letters(word), letters(term)];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  if (common === b.length) return common > 0;
  return common >= 3 && ENDINGS.has(a.slice(common)) && ENDINGS.has(b.slice(common));
}

/**
 * What to mark in a word of the indexed text (its compound parts marked, src/lib/search/compounds.ts)
 * for the search terms: the whole word when it is a form of a term, else the parts that match,
 * in brackets («applikasjons[kvittering]»), else the whole word when it begins with a term; null
 * when the word is not what any term matched.
 */
export function markedForm(word: string, terms: ReadonlyArray<string>): string | null {
  // The word's parts: those PART_MARK separates, and those punctuation does («IKT-løsninger», «meldinger/informasjon»).
  const pieces = word.split(/(\^\^|\^|[^\p{L}\p{N}^]+)/u);
  const shown = (piece: string, i: number) =>
    i % 2 === 0 ? piece : piece === PART_MARK ? '' : piece === PART_MARK + PART_MARK ? PART_MARK : piece;
  const whole = pieces.map(shown).join('');
  const matches = (form: string, extend: boolean) =>
    terms.some((term) => formMatches(form, term) && (extend || letters(form).length <= letters(term).length + 3));
  const parts = pieces.filter((piece, i) => i % 2 === 0 && piece);
  if (matches(whole, false) || parts.length < 2) return matches(whole, true) ? whole : null;
  const hit = pieces.map((piece, i) => i % 2 === 0 && piece !== '' && matches(piece, true));
  if (hit.some(Boolean)) return pieces.map((piece, i) => (hit[i] ? `[${piece}]` : shown(piece, i))).join('');
  return matches(whole, true) ? whole : null;
}

/** A word folded as the index folds it, letters and digits only. */
function letters(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function fold(text: string): string {
  return text.toLocaleLowerCase('nb').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Where the words occur in a text as whole words, ignoring case: `[start, end)` offsets in text order,
 * not overlapping. A word with parts in brackets («applikasjons[kvittering]») is found whole, and
 * only its bracketed parts are given.
 */
export function wordRanges(text: string, words: ReadonlyArray<string>): Array<[number, number]> {
  const partsOf = new Map<string, Array<[number, number]>>();
  for (const word of words) {
    if (!word.includes('[')) continue;
    const ranges: Array<[number, number]> = [];
    let plain = '';
    for (const [, inside, outside] of word.matchAll(/\[([^\]]*)\]|([^[]+)/g)) {
      if (inside !== undefined) ranges.push([plain.length, plain.length + inside.length]);
      plain += inside ?? outside ?? '';
    }
    partsOf.set(plain.toLocaleLowerCase('nb'), ranges);
  }
  const wholes = words.map((word) => word.replace(/[[\]]/g, ''));
  return wholeRanges(text, wholes).flatMap(([start, end]): Array<[number, number]> => {
    const parts = partsOf.get(text.slice(start, end).toLocaleLowerCase('nb'));
    // The same word matched whole elsewhere in the results is marked whole.
    if (
      !parts ||
      wholes.some(
        (w, i) =>
          !words[i]!.includes('[') && w.toLocaleLowerCase('nb') === text.slice(start, end).toLocaleLowerCase('nb'),
      )
    )
      return [[start, end]];
    return parts.map(([from, to]) => [start + from, start + to]);
  });
}

function wholeRanges(text: string, words: ReadonlyArray<string>): Array<[number, number]> {
  const alternatives = [...new Set(words.map((word) => word.trim()).filter(Boolean))]
    // Longer words first, so that "IKT-løsninger" wins over "IKT" where both were matched.
    .sort((a, b) => b.length - a.length)
    .map((word) => word.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (alternatives.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

/** A result's address with its matched words as `?markert=…` before the clause's `#id`. */
export function highlightUrl(url: string, words: ReadonlyArray<string>): string {
  const hash = url.indexOf('#');
  const [path, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const [base = '', query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.delete(HIGHLIGHT_PARAM);
  for (const word of words.slice(0, MAX_WORDS)) params.append(HIGHLIGHT_PARAM, word);
  const search = params.toString();
  return `${base}${search ? `?${search}` : ''}${fragment}`;
}
