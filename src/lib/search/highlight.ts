// A search result links to its clause with the words that matched (`?markert=meldingene`), and the
// reading page marks them. The words are taken from the indexed text itself, not from the query: a
// search for "melding" matches "meldingene" and "meldingar" by their stem, and those are the forms
// that stand in the text and can be found there again.

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

/** Where the words occur in a text as whole words, ignoring case: `[start, end)` offsets in text order, not overlapping. */
export function wordRanges(text: string, words: ReadonlyArray<string>): Array<[number, number]> {
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
