// When no indexed word starts with a search word's stem, Pagefind falls back to the longest indexed
// word the search word starts with (pagefind_web/src/search.rs, `find_word_extensions`). That
// helps with Norwegian compounds ("meldingsansvarligadresser" still finds "meldingsansvarlig"),
// but a word that is not in the texts at all falls back to whatever short word it happens to begin
// with: "xylofon" finds the "x" of a checklist table, "internett" every clause with "i". So a
// search word counts as found only if what it matched shares a good part of its beginning with it;
// otherwise the search page says that nothing matched, and names the word.

/** The words of a query as Pagefind searches them: lower case, punctuation dropped, å folded to a (see README, "Search"). */
export function queryTerms(query: string): string[] {
  return fold(query.replace(/[\p{P}\p{S}]+/gu, ''))
    .split(/\s+/)
    .filter(Boolean);
}

/** The words of a query that none of the matched words stands for; empty when each word was found. */
export function unmatchedTerms(query: string, matched: ReadonlyArray<string>): string[] {
  const forms = new Set(
    matched.flatMap((word) => {
      const folded = fold(word);
      // "IKT-løsninger" stands for "løsninger", for "ikt" and for "iktløsninger" (Pagefind drops the hyphen of a query).
      return [folded.replace(/[^\p{L}\p{N}]+/gu, ''), ...folded.split(/[^\p{L}\p{N}]+/u)].filter(Boolean);
    }),
  );
  return queryTerms(query).filter((term) => {
    const needed = Math.min(term.length, Math.max(3, Math.ceil(term.length / 2)));
    return ![...forms].some((form) => commonPrefix(term, form) >= needed);
  });
}

function fold(text: string): string {
  return text.toLocaleLowerCase('nb').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
