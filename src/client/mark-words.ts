import { HIGHLIGHT_PARAM, wordRanges } from '../lib/search/highlight.ts';

// Only the guideline's own text is marked: headings, clause bodies and footnotes, not the table of
// contents, buttons or text meant for screen readers.
const SCOPES = '.clause-head :is(h2, h3, h4, h5, h6), .clause-body, .footnotes li';
const SKIP = '.visually-hidden, [aria-hidden="true"], .footnote-back, mark';

/** Marks the words a search result brought the reader here for (`?markert=…`), wherever they stand in the guideline. */
export function highlightSearchWords(root: Document): void {
  const words = new URLSearchParams(root.location.search).getAll(HIGHLIGHT_PARAM);
  if (words.length === 0) return;
  for (const scope of root.querySelectorAll(SCOPES)) {
    const walker = root.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) {
      // From the end, so that the offsets of earlier matches stay valid while the node is split.
      for (const [start, end] of wordRanges(text.data, words).reverse()) {
        const range = root.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        range.surroundContents(Object.assign(root.createElement('mark'), { className: 'search-hit' }));
      }
    }
  }
}
