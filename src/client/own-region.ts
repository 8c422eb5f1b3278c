// The reader's own region: remembered in this browser only (localStorage; nothing leaves the
// machine) when they ask on a region's own page, and offered first on the pages that list every
// region. Without JavaScript the region links are all there, and nothing is remembered.

/** The localStorage key of the remembered region's slug. */
const KEY = 'ikt-retningslinjer:region';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Shows the remember button on a region's page, and the remembered region's link where every region is listed. */
export function offerOwnRegion(root: Document): void {
  const store = storage();
  if (!store) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-remember-region]')) {
    const slug = button.dataset.rememberRegion ?? '';
    const status = root.querySelector<HTMLElement>('[data-remember-status]');
    button.hidden = false;
    button.setAttribute('aria-pressed', String(store.getItem(KEY) === slug));
    button.addEventListener('click', () => {
      const remembered = store.getItem(KEY) === slug;
      try {
        if (remembered) store.removeItem(KEY);
        else store.setItem(KEY, slug);
      } catch {
        return;
      }
      button.setAttribute('aria-pressed', String(!remembered));
      if (status) status.textContent = remembered ? 'Glemt.' : 'Husket i denne nettleseren.';
    });
  }
  const slot = root.querySelector<HTMLElement>('[data-own-region]');
  const slug = store.getItem(KEY);
  if (!slot || !slug) return;
  const link = [...root.querySelectorAll<HTMLAnchorElement>('a[data-region]')].find((a) => a.dataset.region === slug);
  if (!link || link.getAttribute('aria-current') === 'page') return;
  const own = link.cloneNode(true) as HTMLAnchorElement;
  own.removeAttribute('data-region');
  slot.append(' ', own);
  slot.hidden = false;
}
