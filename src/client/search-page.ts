import { SEARCH_FILTERS } from '../lib/search/filters.ts';
import { readSearchState, searchParams, type SearchState } from '../lib/search/state.ts';
import { find, PAGE_SIZE, type Found } from './search/find.ts';
import { fillForm, readForm, searchView } from './search/form.ts';
import { loadPagefind, type Pagefind } from './search/pagefind-api.ts';
import { render } from './search/results.ts';

// The search page's controller: it ties the form (search/form.ts), Pagefind (search/pagefind-api.ts,
// search/find.ts) and the results (search/results.ts, search/excerpt.ts) to the address and the keys.

/** Searching starts this long after the last key press. */
const TYPING_DELAY = 250;

/** Makes the form on /sok/ search as you type, keeping the search (`?q=` and filters) in the address. */
export async function enhanceSearchPage(form: HTMLFormElement): Promise<void> {
  const view = searchView(form);
  const { input, status, groups, more, clear, boxes } = view;

  const fill = (state: SearchState) => fillForm(view, state);
  const formState = () => readForm(form);

  const initial = readSearchState(new URLSearchParams(location.search));
  fill(initial);
  // Filters that arrive with the address are shown, even where they fold away (narrow screens).
  if (SEARCH_FILTERS.some((key) => initial.filters[key].length > 0))
    form.querySelector<HTMLDetailsElement>('.filter-disclosure')!.open = true;
  if (initial.q) {
    status.textContent = 'Søker …';
    groups.setAttribute('aria-busy', 'true');
  }

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch (error) {
    status.textContent = 'Søket kunne ikke lastes. Prøv å laste inn siden på nytt.';
    groups.setAttribute('aria-busy', 'false');
    console.error(error);
    return;
  }

  let latest = 0;
  let current: Found | undefined;
  const run = async (state: SearchState) => {
    const id = ++latest;
    current = undefined;
    groups.setAttribute('aria-busy', 'true');
    if (!state.q) {
      show(state, null);
      return;
    }
    const found = await find(pagefind, state);
    if (id !== latest) return;
    current = found.total > 0 ? found : undefined;
    show(state, found);
  };

  /** Shows the next page of results, and moves focus to the first of them. */
  let loadingMore = false;
  const showMore = async () => {
    const found = current;
    if (!found || loadingMore) return;
    loadingMore = true;
    const id = latest;
    const shown = new Set(found.data.map((data) => data.url));
    const next = await Promise.all(
      found.results.slice(found.data.length, found.data.length + PAGE_SIZE).map((result) => result.data()),
    ).finally(() => {
      loadingMore = false;
    });
    if (id !== latest) return;
    found.data = [...found.data, ...next];
    show(formState(), found);
    const first = [...groups.querySelectorAll<HTMLAnchorElement>('a.result-link')].find(
      (link) => !shown.has(link.dataset.url ?? ''),
    );
    first?.focus();
  };

  const show = (state: SearchState, found: Found | null) => render(view, state, found, () => clearFilters());

  const commit = (mode: 'push' | 'replace') => {
    const state = formState();
    const query = searchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  };
  const clearFilters = () => {
    for (const box of boxes) box.checked = false;
    commit('push');
    input.focus();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit('push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit('replace'), TYPING_DELAY);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') commit('push');
  });
  clear.addEventListener('click', clearFilters);
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    fill(state);
    void run(state);
  });

  // Once Pagefind is ready, the search in the address runs (a shared or bookmarked link).
  form.dataset.ready = 'true';
  await run(formState());
}
