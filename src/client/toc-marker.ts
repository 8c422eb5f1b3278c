/** Marks the contents link of the clause being read (`aria-current="location"`), as the reader scrolls; `onChange` gets each new clause's id. */
export function markClauseInView(root: Document, onChange?: (id: string) => void): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]'))
    links.set(decodeURIComponent(link.hash.slice(1)), link);
  const clauses = [...root.querySelectorAll<HTMLElement>('.clauses > .clause')].filter((clause) =>
    links.has(clause.id),
  );
  if (clauses.length === 0) return;
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  // The clause being read is the last one that starts above a reading line a third down the window
  // (the first clause until then). Clauses are in document order, so a binary search finds it.
  const update = () => {
    queued = false;
    const line = innerHeight / 3;
    let low = 0;
    let high = clauses.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (clauses[middle]!.getBoundingClientRect().top <= line) low = middle;
      else high = middle - 1;
    }
    const link = links.get(clauses[low]!.id);
    if (!link || link === current) return;
    current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
    onChange?.(clauses[low]!.id);
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  update();
}
