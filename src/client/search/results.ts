import { highlightUrl, markedForm, matchedWords } from '../../lib/search/highlight.ts';
import { queryTerms } from '../../lib/search/query.ts';
import { SEARCH_FILTERS } from '../../lib/search/filters.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { guidelineUrl } from '../../lib/model/routes.ts';
import { element } from './element.ts';
import { markWhatMatched } from './excerpt.ts';
import { PAGE_SIZE, type Found } from './find.ts';
import type { View } from './form.ts';
import type { Counts, ResultData } from './pagefind-api.ts';

/** Shows a search: the results, the filters with their counts, the status and, when nothing matched, what to try. */
export function render(view: View, state: SearchState, found: Found | null, clearFilters: () => void): void {
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
      element('a', { href: guidelineUrl(slug), textContent: label('retningslinje', slug) }),
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
