// Pagefind's browser API (pagefind.js, written by the build beside the index): the parts the search
// page uses, and loading it with the options the site searches with.

/** A filter's values and how many results each has: `{ retningslinje: { telemark: 4 } }`. */
export type Counts = Partial<Record<string, Record<string, number>>>;

/** One result's fragment: its address, indexed text, excerpt, matched word positions, meta and filters. */
export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Partial<Record<string, string[]>>;
}

/** One result; its fragment is fetched when asked for. */
export interface Result {
  score: number;
  data(): Promise<ResultData>;
}

/** What a search answers. */
export interface SearchResponse {
  results: Result[];
  unfilteredResultCount: number;
  filters: Counts;
}

/** The browser API itself. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<SearchResponse>;
}

const PAGEFIND = '/pagefind/pagefind.js';

/** Loads Pagefind's browser API and its filters; rejects when it cannot. */
export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND)) as Pagefind;
  // Decided in README ("Search"): å is folded to a, as Pagefind does by default, so that Bokmål
  // "oppgaver" finds Nynorsk "oppgåver"; a match with the exact letters ranks first.
  // A word close in length to the search word ranks well above a long compound it begins
  // («meldingen» above «meldingsutveksling» for «meldingene»): termSimilarity 4, four times the default.
  await pagefind.options({
    exactDiacritics: false,
    excerptLength: 28,
    excerptEllipsis: '…',
    ranking: { termSimilarity: 4 },
  });
  await pagefind.init();
  // Loads every filter's values once, so that each search reports counts for all of them.
  await pagefind.filters();
  return pagefind;
}
