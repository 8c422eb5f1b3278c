/** The filters a search can narrow by; also the query parameters of /sok/ (`?retningslinje=telemark`). */
export const SEARCH_FILTERS = ['retningslinje', 'tema', 'part', 'plikt', 'status'] as const;

/** One of SEARCH_FILTERS. */
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
