// Where "/" is a character the reader types, not a shortcut (a checkbox or a button is not such a place).
const TYPING =
  'textarea, select, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])';

/** `/` focuses the search field (the search page's own, else the header's) unless the reader is typing somewhere. */
export function enableSearchShortcut(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (
      event.key !== '/' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      event.isComposing ||
      event.defaultPrevented
    )
      return;
    const target = event.target as HTMLElement | null;
    if (target?.isContentEditable || target?.closest(TYPING)) return;
    const field =
      root.querySelector<HTMLInputElement>('[data-search-shortcut="page"]') ??
      root.querySelector<HTMLInputElement>('[data-search-shortcut="header"]');
    if (!field) return;
    event.preventDefault();
    // On a narrow screen the header's field is inside the folded menu: open it first.
    const menu = field.closest('details');
    if (menu) menu.open = true;
    field.focus();
    field.select();
  });
}
