/** `/` focuses the search field (the search page's own, else the header's) unless the reader is typing somewhere. */
export function enableSearchShortcut(root: Document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.isContentEditable || target?.closest('input, textarea, select')) return;
    const field = root.querySelector<HTMLInputElement>('[data-search-shortcut="page"]') ?? root.querySelector<HTMLInputElement>('[data-search-shortcut="header"]');
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
