import { rememberRegion, rememberedRegion } from './region-store.ts';

// The reader's own region: remembered when they ask on a region's own page, and offered first on the
// pages that list every region. Without JavaScript the region links are all there, and nothing is
// remembered.

/** Shows the remember button on a region's page, and the remembered region's link where every region is listed. */
export function offerOwnRegion(root: Document): void {
  const status = root.querySelector<HTMLElement>('[data-remember-status]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-remember-region]')) {
    const { rememberRegion: slug = '', regionName: name = '', regionAgreement: agreement = '' } = button.dataset;
    const isRemembered = () => rememberedRegion()?.slug === slug;
    button.hidden = false;
    button.setAttribute('aria-pressed', String(isRemembered()));
    button.addEventListener('click', () => {
      const forget = isRemembered();
      if (!rememberRegion(forget ? null : { slug, name, agreement })) {
        if (status) status.textContent = 'Nettleseren tar ikke vare på valget.';
        return;
      }
      button.setAttribute('aria-pressed', String(!forget));
      if (status) status.textContent = forget ? `${name} er glemt.` : `${name} er husket i denne nettleseren.`;
    });
  }
  const slot = root.querySelector<HTMLElement>('[data-own-region]');
  const slug = rememberedRegion()?.slug;
  if (!slot || !slug) return;
  const link = [...root.querySelectorAll<HTMLAnchorElement>('a[data-region]')].find((a) => a.dataset.region === slug);
  if (!link || link.getAttribute('aria-current') === 'page') return;
  const own = link.cloneNode(true) as HTMLAnchorElement;
  own.removeAttribute('data-region');
  // A region's link may lead to one topic of its page (a column's heading); this one leads to the top.
  own.setAttribute('href', (own.getAttribute('href') ?? '').replace(/#.*$/, ''));
  slot.append(' ', own);
  slot.hidden = false;
}
