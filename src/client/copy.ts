/** Shows the "copy link" and "copy citation" buttons and makes them copy; without JavaScript they stay hidden. */
export function enhanceCopyButtons(root: Document): void {
  const status = root.querySelector<HTMLElement>('.copy-status');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const value = button.dataset.copy ?? '';
      // A link is copied with the site's origin so that it works when pasted elsewhere.
      const text = value.startsWith('/') ? new URL(value, location.origin).href : value;
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
