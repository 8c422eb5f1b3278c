/** Marks the contents link of the clause being read (`aria-current="location"`), as the reader scrolls. */
export function markClauseInView(root: Document): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) links.set(link.hash.slice(1), link);
  const clauses = [...root.querySelectorAll<HTMLElement>('.clauses > .clause')].filter((clause) => links.has(clause.id));
  if (clauses.length === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<HTMLElement>();
  let current: HTMLAnchorElement | undefined;
  // The clause in view is the first one (in document order) that crosses the upper part of the window.
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) (entry.isIntersecting ? visible.add(entry.target as HTMLElement) : visible.delete(entry.target as HTMLElement));
    const first = clauses.find((clause) => visible.has(clause));
    const link = first && links.get(first.id);
    if (!link || link === current) return;
    current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
  }, { rootMargin: '0px 0px -60% 0px' });
  for (const clause of clauses) observer.observe(clause);
}
