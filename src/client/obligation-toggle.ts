// The words of the reading page's obligation toggle and of the notice beside it, per state: the
// button says what it will do, the notice says what the text shows now.
const WORDS = {
  shown: { button: 'Skjul plikter', notice: 'understreket i teksten, hver med part og type foran ([Kommunen: plikt])' },
  hidden: { button: 'Vis plikter', notice: 'skjult i teksten nå (marker dem igjen med «Vis plikter»)' },
};

/** Shows the reading page's button that hides or shows the obligation marks (they are shown without JavaScript). */
export function enhanceObligationToggle(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-obligation-toggle]');
  const article = button?.closest('article');
  if (!button || !article) return;
  const notice = root.querySelector<HTMLElement>('[data-obligation-state]');
  const show = (shown: boolean) => {
    const words = shown ? WORDS.shown : WORDS.hidden;
    button.textContent = words.button;
    if (notice) notice.textContent = words.notice;
    article.classList.toggle('hide-obligations', !shown);
  };
  button.hidden = false;
  show(true);
  button.addEventListener('click', () => show(article.classList.contains('hide-obligations')));
}
