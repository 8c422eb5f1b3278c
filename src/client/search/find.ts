import { markedForm, matchedWords } from '../../lib/search/highlight.ts';
import { queryTerms, unmatchedTerms } from '../../lib/search/query.ts';
import { SEARCH_FILTERS } from '../../lib/search/filters.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { Counts, Pagefind, Result, ResultData } from './pagefind-api.ts';

/** Results are shown (and their fragments fetched) this many at a time; "Vis flere treff" shows the next. */
export const PAGE_SIZE = 20;

/**
 * What a search found: all `results`, the `data` of those shown so far (best first), the filter
 * counts, the results per guideline, and `unknown`, the query's words that are in no clause at all.
 */
export interface Found {
  total: number;
  unfiltered: number;
  results: Result[];
  data: ResultData[];
  counts: Counts;
  perGuideline: Record<string, number>;
  unknown: string[];
}

/** Runs a search with a query: its results, the first page of their data, and each filter's counts. */
export async function find(pagefind: Pagefind, state: SearchState): Promise<Found> {
  const main = await pagefind.search(state.q, { filters: pagefindFilters(state.filters) });
  // The results shown first tell whether a word was only "found" by Pagefind's fallback to a
  // short word it begins with (src/lib/search/query.ts).
  const data = await Promise.all(main.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  const unknown = data.length > 0 ? unfoundTerms(state.q, data) : [];
  if (unknown.length > 0)
    return { total: 0, unfiltered: 0, results: [], data: [], counts: {}, perGuideline: {}, unknown };
  // A filter's counts leave out its own selection, so that choosing Telemark does not hide
  // how many results Innlandet would add: values of one filter are alternatives.
  const counts: Counts = { ...main.filters };
  for (const key of SEARCH_FILTERS.filter((key) => state.filters[key].length > 0)) {
    const without = await pagefind.search(state.q, { filters: pagefindFilters({ ...state.filters, [key]: [] }) });
    counts[key] = without.filters[key];
  }
  return {
    total: main.results.length,
    unfiltered: main.unfilteredResultCount,
    results: main.results,
    data,
    counts,
    perGuideline: main.filters.retningslinje ?? {},
    unknown,
  };
}

/**
 * The words of a query that none of the results holds: neither a form of the word nor a word it
 * begins, only (if anything) a shorter word it begins with («intern» for «internett»).
 */
function unfoundTerms(query: string, data: ResultData[]): string[] {
  const words = data.flatMap((result) => [
    ...matchedWords(result.content, result.locations),
    ...(result.meta.title ?? '').split(/\s+/),
  ]);
  return [
    ...new Set([
      ...unmatchedTerms(query, words),
      ...queryTerms(query).filter((term) => !words.some((word) => markedForm(word, [term]) !== null)),
    ]),
  ];
}

function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FILTERS.filter((key) => filters[key].length > 0).map((key) => [key, { any: filters[key] }]),
  );
}
