import { highlightUrl, markedForm, matchedWords } from '../lib/search/highlight.ts';
import { isSplitForm, unmarkParts } from '../lib/search/compounds.ts';
import { queryTerms, unmatchedTerms } from '../lib/search/query.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../lib/search/filters.ts';
import { readSearchState, searchParams, type SearchState } from '../lib/search/state.ts';

// The parts of Pagefind's browser API (pagefind.js, written by the build beside the index) used here.
type Counts = Partial<Record<string, Record<string, number>>>;
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Partial<Record<string, string[]>>;
}
interface Result {
  score: number;
  data(): Promise<ResultData>;
}
interface SearchResponse {
  results: Result[];
  unfilteredResultCount: number;
  filters: Counts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<SearchResponse>;
}

const PAGEFIND = '/pagefind/pagefind.js';
/** Results are shown (and their fragments fetched) this many at a time; "Vis flere treff" shows the next. */
const PAGE_SIZE = 20;
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

/**
 * What a search found: all `results`, the `data` of those shown so far (best first), the filter
 * counts, the results per guideline, and `unknown`, the query's words that are in no clause at all.
 */
interface Found {
  total: number;
  unfiltered: number;
  results: Result[];
  data: ResultData[];
  counts: Counts;
  perGuideline: Record<string, number>;
  unknown: string[];
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

/** Puts a search into the form: the query in its field, the filters' boxes checked. */
function fillForm({ input, boxes }: View, state: SearchState): void {
  input.value = state.q;
  for (const box of boxes) box.checked = state.filters[box.name as SearchFilter]?.includes(box.value) ?? false;
}

/** The search the form holds, read as its GET submission would send it. */
function readForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}

/** The elements of the search form that a search reads and writes. */
interface View {
  input: HTMLInputElement;
  status: HTMLElement;
  empty: HTMLElement;
  groups: HTMLElement;
  panel: HTMLElement;
  more: HTMLButtonElement;
  clear: HTMLButtonElement;
  boxes: HTMLInputElement[];
  /** A filter value's label, as the form names it. */
  label: (key: string, value: string) => string;
}

function searchView(form: HTMLFormElement): View {
  const $ = <E extends Element>(selector: string) => form.querySelector<E>(selector)!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  return {
    input: $<HTMLInputElement>('input[name="q"]'),
    status: $<HTMLElement>('.search-status'),
    empty: $<HTMLElement>('.search-empty'),
    // The results are marked busy while a search runs; the status (a live region) is outside them.
    groups: $<HTMLElement>('.result-groups'),
    panel: $<HTMLElement>('.search-filters'),
    more: $<HTMLButtonElement>('.more-results button'),
    clear: $<HTMLButtonElement>('.clear-filters'),
    boxes,
    label: (key, value) => boxes.find((box) => box.name === key && box.value === value)?.dataset.label ?? value,
  };
}

/** Loads Pagefind's browser API and its filters; rejects when it cannot. */
async function loadPagefind(): Promise<Pagefind> {
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

/** Runs a search with a query: its results, the first page of their data, and each filter's counts. */
async function find(pagefind: Pagefind, state: SearchState): Promise<Found> {
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

/** Shows a search: the results, the filters with their counts, the status and, when nothing matched, what to try. */
function render(view: View, state: SearchState, found: Found | null, clearFilters: () => void): void {
  const { status, empty, groups, panel, more, clear, boxes, label } = view;
  const filtered = SEARCH_FILTERS.some((key) => state.filters[key].length > 0);
  document.title = state.q ? `«${state.q}» – Søk – IKT-retningslinjer` : 'Søk – IKT-retningslinjer';
  groups.replaceChildren(...(found ? renderGroups(found.data, found.perGuideline, label, queryTerms(state.q)) : []));
  more.parentElement!.hidden = !found || found.data.length >= found.total;
  showFilters(boxes, panel, found?.counts ?? null);
  clear.hidden = !filtered;
  empty.hidden = !found || found.total > 0;
  if (!found) {
    status.textContent = '';
    groups.setAttribute('aria-busy', 'false');
    return;
  }
  const guidelines = Object.values(found.perGuideline).filter((count) => count > 0).length;
  status.textContent =
    found.total === 0
      ? `Ingen treff for «${state.q}»${filtered && found.unknown.length === 0 ? ' med filtrene du har valgt' : ''}.`
      : `${found.total} treff i ${guidelines} ${guidelines === 1 ? 'retningslinje' : 'retningslinjer'} for «${state.q}»${filtered ? ' med filtrene du har valgt' : ''}.` +
        (found.total > found.data.length ? ` Viser de ${found.data.length} mest relevante.` : '');
  more.textContent = `Vis flere treff (${Math.min(PAGE_SIZE, found.total - found.data.length)} til)`;
  if (found.total === 0) empty.replaceChildren(...noResultsHint(filtered, found, clearFilters));
  groups.setAttribute('aria-busy', 'false');
}

function pagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FILTERS.filter((key) => filters[key].length > 0).map((key) => [key, { any: filters[key] }]),
  );
}

/** Shows each filter value with its count; values without results are hidden unless chosen. */
function showFilters(boxes: HTMLInputElement[], panel: HTMLElement, counts: Counts | null): void {
  for (const box of boxes) {
    const count = counts?.[box.name]?.[box.value] ?? 0;
    box.closest('li')!.hidden = count === 0 && !box.checked;
    const badge = box.closest('label')!.querySelector<HTMLElement>('[data-count]')!;
    badge.textContent = String(count);
    badge.append(
      Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ' treff' }),
    );
  }
  const fieldsets = [...panel.querySelectorAll<HTMLFieldSetElement>('fieldset')];
  for (const fieldset of fieldsets) fieldset.hidden = [...fieldset.querySelectorAll('li')].every((item) => item.hidden);
  panel.hidden = counts === null || fieldsets.every((fieldset) => fieldset.hidden);
}

/** The results, one section per guideline: guidelines in order of their best result, clauses in document order. */
function renderGroups(
  data: ResultData[],
  perGuideline: Record<string, number>,
  label: (key: string, value: string) => string,
  terms: string[],
): HTMLElement[] {
  const bySlug = new Map<string, ResultData[]>();
  for (const result of data) {
    const slug = result.meta.slug ?? '';
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), result]);
  }
  return [...bySlug].map(([slug, results]) => {
    const first = results[0]!;
    const section = element('section', { className: 'result-group' });
    section.setAttribute('aria-labelledby', `treff-${slug}`);
    const heading = element('h2', { id: `treff-${slug}` });
    heading.append(
      element('a', { href: `/retningslinjer/${slug}/`, textContent: label('retningslinje', slug) }),
      ' ',
      element('span', {
        className: 'group-count',
        textContent: groupCount(results.length, perGuideline[slug] ?? results.length),
      }),
    );
    const status = first.filters.status?.[0];
    if (status && status !== 'gjeldende')
      heading.append(
        ' ',
        element('span', { className: `status-tag status-${status}`, textContent: label('status', status) }),
      );
    const list = element('ol', { className: 'results' });
    for (const result of [...results].sort((a, b) => Number(a.meta.order) - Number(b.meta.order))) {
      const item = element('li', { className: 'result' });
      const link = element('a', {
        className: 'result-link',
        href: highlightUrl(result.url, [
          ...new Set(matchedWords(result.content, result.locations).flatMap((word) => markedForm(word, terms) ?? [])),
        ]),
        textContent: result.meta.clause ?? result.url,
      });
      link.dataset.url = result.url;
      const excerpt = element('p', { className: 'excerpt' });
      // Pagefind escapes the indexed text and adds only <mark> around the matched words.
      excerpt.innerHTML = result.excerpt;
      markWhatMatched(excerpt, terms);
      if (result.meta.language) {
        link.lang = result.meta.language;
        excerpt.lang = result.meta.language;
      }
      item.append(link, excerpt);
      const tags = [
        ...(result.filters.part ?? []).map((party) => `Punktet gjelder: ${label('part', party)}`),
        ...(result.filters.plikt ?? []).map((party) => `Har plikter for: ${label('plikt', party)}`),
        ...(result.filters.tema ?? []).map((topic) => `Tema: ${label('tema', topic)}`),
      ];
      if (tags.length > 0) item.append(element('p', { className: 'result-tags', textContent: tags.join(' · ') }));
      list.append(item);
    }
    section.append(heading, list);
    return section;
  });
}

/**
 * Pagefind marks the whole word at a matched location; this marks what matched. A compound found
 * by a part was matched at its split form, which follows it in the indexed text
 * (src/lib/search/compounds.ts): the part is marked inside the word before it
 * («applikasjons<mark>kvittering</mark>») and the split form is taken out. A word that is only a
 * shorter word the search word begins with is not marked at all.
 */
function markWhatMatched(excerpt: HTMLElement, terms: string[]): void {
  for (const mark of [...excerpt.querySelectorAll('mark')]) {
    const text = mark.textContent ?? '';
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}^]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
    const form = markedForm(word, terms);
    if (isSplitForm(word)) {
      const previous = mark.previousSibling;
      if (form?.includes('[') && previous instanceof Text) markInside(previous, form);
      mark.remove();
      continue;
    }
    mark.replaceWith(...[before, ...markedPieces(form ?? word, form !== null), after]);
  }
  const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    text.data = unmarkParts(text.data);
  }
  excerpt.normalize();
  // Where a split form was taken out, the spaces on either side of it meet.
  for (const node of excerpt.childNodes) if (node instanceof Text) node.data = node.data.replace(/\s{2,}/g, ' ');
}

/** A marked form («applikasjons[kvittering]», or a whole word) as text with <mark> around what matched. */
function markedPieces(form: string, matched: boolean): Array<string | HTMLElement> {
  if (!matched) return [form];
  if (!form.includes('[')) return [element('mark', { textContent: form })];
  return [...form.matchAll(/\[([^\]]*)\]|([^[]+)/g)].map(([, inside, outside]) =>
    inside !== undefined ? element('mark', { textContent: inside }) : (outside ?? ''),
  );
}

/** Marks the bracketed parts of `form` in the last place its word stands in `text`. */
function markInside(text: Text, form: string): void {
  const word = form.replace(/[[\]]/g, '');
  const at = text.data.toLocaleLowerCase('nb').lastIndexOf(word.toLocaleLowerCase('nb'));
  if (at === -1) return;
  const original = text.data.slice(at, at + word.length);
  let offset = 0;
  const pieces = form.match(/\[[^\]]*\]|[^[]+/g) ?? [];
  const cased = pieces.map((piece) => {
    const length = piece.replace(/[[\]]/g, '').length;
    const slice = original.slice(offset, (offset += length));
    return piece.startsWith('[') ? `[${slice}]` : slice;
  });
  text.after(...markedPieces(cased.join(''), true), text.data.slice(at + word.length));
  text.data = text.data.slice(0, at);
}

/** `4 treff`, or `12 treff, 5 vist` while not all of a guideline's results are shown. */
function groupCount(shown: number, total: number): string {
  return shown < total ? `${total} treff, ${shown} vist` : `${total} treff`;
}

/** What to try when nothing matched: remove filters if that would help, else other words. */
function noResultsHint(filtered: boolean, { unfiltered, unknown }: Found, clearFilters: () => void): Node[] {
  if (filtered && unfiltered > 0) {
    const button = element('button', {
      type: 'button',
      className: 'clear-filters-inline ds-button',
      textContent: 'Fjern alle filtre',
    });
    button.dataset.variant = 'tertiary';
    button.addEventListener('click', clearFilters);
    const action = element('p');
    action.append(button);
    return [
      element('p', { textContent: `Uten filtrene gir søket ${unfiltered} treff: fjern ett av dem, eller alle.` }),
      action,
    ];
  }
  const missing = unknown.map((word) => `«${word}»`).join(' og ');
  return [
    ...(unknown.length > 0
      ? [element('p', { textContent: `${missing} står ikke i noen av retningslinjene, i noen form.` })]
      : []),
    element('p', {
      textContent:
        'Prøv et annet ord, en kortere form av ordet (for eksempel «melding» i stedet for «meldingsutvekslingen») eller færre ord: alle ordene må finnes i samme punkt. Sjekk også stavemåten.',
    }),
    ...(filtered ? [element('p', { textContent: 'Du kan også fjerne filtrene du har valgt.' })] : []),
  ];
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}
