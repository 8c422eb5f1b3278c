import type { SearchFilter } from '../../lib/search/filters.ts';
import { readSearchState, type SearchState } from '../../lib/search/state.ts';

/** The elements of the search form that a search reads and writes. */
export interface View {
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

/** Finds the search form's elements. */
export function searchView(form: HTMLFormElement): View {
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

/** Puts a search into the form: the query in its field, the filters' boxes checked. */
export function fillForm({ input, boxes }: View, state: SearchState): void {
  input.value = state.q;
  for (const box of boxes) box.checked = state.filters[box.name as SearchFilter]?.includes(box.value) ?? false;
}

/** The search the form holds, read as its GET submission would send it. */
export function readForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}
