import { compareClauseUrl } from '../lib/model/routes.ts';
import type { OwnRegion } from './region-store.ts';

// The reading page's way to a clause's counterpart in the reader's own region: beside each clause's
// «Andre regioner» (that topic across the regions, which works without JavaScript), a link to the
// comparison of this guideline and the region's, at this clause: what the alignment pairs it with. And
// beside the contents, the links to every other region's comparison follow the clause being read.

/** Adds the own region's link beside each clause's link to the other regions; none on the region's own page or across sub-agreements. */
export function linkCounterparts(root: Document, region: OwnRegion | null): void {
  const article = root.querySelector<HTMLElement>('[data-slug]');
  const { slug = '', agreement = '' } = article?.dataset ?? {};
  if (!region || region.slug === slug || region.agreement !== agreement) return;
  // A clause's tools hold its permalink and, for a clause with a topic, the link to the other regions.
  for (const others of root.querySelectorAll<HTMLAnchorElement>('.clause-tools > a:not(.permalink)')) {
    const link = Object.assign(root.createElement('a'), {
      href: compareClauseUrl(slug, region.slug, others.closest('section')!.id),
      textContent: `I ${region.name}`,
      lang: 'nb',
    });
    // «om punkt 4», as the link beside it says to a screen reader.
    const about = others.querySelector('.visually-hidden');
    if (about) link.append(about.cloneNode(true));
    others.after(link);
  }
}

/** Points each «Sammenlign med» link (CompareWith.astro) at the clause `id` on its comparison page. */
export function pointCompareLinks(root: Document, id: string): void {
  const slug = root.querySelector<HTMLElement>('[data-slug]')?.dataset.slug ?? '';
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-compare-with]'))
    link.href = compareClauseUrl(slug, link.dataset.compareWith!, id);
}
