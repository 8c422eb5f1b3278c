import { SEARCH_FILTERS, type SearchFilter } from './filters.ts';

/** A search as its address holds it: `/sok/?q=nedetid&retningslinje=telemark&retningslinje=unn`. */
export interface SearchState {
  /** The words searched for, as typed. */
  q: string;
  /** The selected values of each filter; values of one filter are alternatives, filters combine. */
  filters: Record<SearchFilter, string[]>;
}

/** Reads a search from query parameters: the form on /sok/ writes exactly these with GET. Unknown parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((key) => [
      key,
      [
        ...new Set(
          params
            .getAll(key)
            .map((value) => value.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as Record<SearchFilter, string[]>;
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** Writes a search as query parameters, in the order of the form (q first, then the filters). */
export function searchParams({ q, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const key of SEARCH_FILTERS) for (const value of filters[key]) params.append(key, value);
  return params;
}
