/** Shows the reading page's button that hides or shows the obligation marks (they are shown without JavaScript). */
export function enhanceObligationToggle(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-obligation-toggle]');
  const article = button?.closest('article');
  if (!button || !article) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const shown = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(shown));
    article.classList.toggle('hide-obligations', !shown);
  });
}
