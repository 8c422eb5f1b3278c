/**
 * Gives each clause's permalink (`a.permalink[data-cite]`) the buttons «Kopier lenke» and «Kopier
 * henvisning» after the clause's other tools, and makes them copy. They are made here, not in the page:
 * without JavaScript they could not copy, and the page is lighter without them.
 */
export function enhanceCopyButtons(root: Document): void {
  const status = root.querySelector<HTMLElement>('.copy-status');
  for (const permalink of root.querySelectorAll<HTMLAnchorElement>('a.permalink[data-cite]')) {
    // A link is copied with the site's origin so that it works when pasted elsewhere.
    const link = `${location.origin}${location.pathname}${permalink.hash}`;
    const about = permalink.querySelector('.visually-hidden');
    for (const [name, text] of [
      ['Kopier lenke', link],
      ['Kopier henvisning', permalink.dataset.cite!],
    ] as const) {
      const button = Object.assign(root.createElement('button'), {
        type: 'button',
        className: 'copy-button ds-button',
        textContent: name,
      });
      Object.assign(button.dataset, { variant: 'tertiary', size: 'sm' });
      if (about) button.append(about.cloneNode(true));
      permalink.parentElement!.append(button);
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(text);
          if (status) status.textContent = `Kopiert: ${text}`;
          button.classList.add('copied');
          setTimeout(() => button.classList.remove('copied'), 2000);
        } catch {
          if (status) status.textContent = `Kunne ikke kopiere. Marker og kopier selv: ${text}`;
        }
      });
    }
  }
}
