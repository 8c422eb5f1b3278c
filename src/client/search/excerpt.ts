import { isSplitForm, unmarkParts } from '../../lib/search/compounds.ts';
import { markedForm } from '../../lib/search/highlight.ts';
import { element } from './element.ts';

/**
 * Pagefind marks the whole word at a matched location; this marks what matched. A compound found
 * by a part was matched at its split form, which follows it in the indexed text
 * (src/lib/search/compounds.ts): the part is marked inside the word before it
 * («applikasjons<mark>kvittering</mark>») and the split form is taken out. A word that is only a
 * shorter word the search word begins with is not marked at all.
 */
export function markWhatMatched(excerpt: HTMLElement, terms: string[]): void {
  for (const mark of [...excerpt.querySelectorAll('mark')]) {
    const text = mark.textContent ?? '';
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}^]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
    const form = markedForm(word, terms);
    if (isSplitForm(word)) {
      const previous = mark.previousSibling;
      if (form?.includes('[') && previous instanceof Text) markInside(previous, form);
      mark.remove();
      continue;
    }
    mark.replaceWith(...[before, ...markedPieces(form ?? word, form !== null), after]);
  }
  const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    text.data = unmarkParts(text.data);
  }
  excerpt.normalize();
  // Where a split form was taken out, the spaces on either side of it meet.
  for (const node of excerpt.childNodes) if (node instanceof Text) node.data = node.data.replace(/\s{2,}/g, ' ');
}

/** A marked form («applikasjons[kvittering]», or a whole word) as text with <mark> around what matched. */
function markedPieces(form: string, matched: boolean): Array<string | HTMLElement> {
  if (!matched) return [form];
  if (!form.includes('[')) return [element('mark', { textContent: form })];
  return [...form.matchAll(/\[([^\]]*)\]|([^[]+)/g)].map(([, inside, outside]) =>
    inside !== undefined ? element('mark', { textContent: inside }) : (outside ?? ''),
  );
}

/** Marks the bracketed parts of `form` in the last place its word stands in `text`. */
function markInside(text: Text, form: string): void {
  const word = form.replace(/[[\]]/g, '');
  const at = text.data.toLocaleLowerCase('nb').lastIndexOf(word.toLocaleLowerCase('nb'));
  if (at === -1) return;
  const original = text.data.slice(at, at + word.length);
  let offset = 0;
  const pieces = form.match(/\[[^\]]*\]|[^[]+/g) ?? [];
  const cased = pieces.map((piece) => {
    const length = piece.replace(/[[\]]/g, '').length;
    const slice = original.slice(offset, (offset += length));
    return piece.startsWith('[') ? `[${slice}]` : slice;
  });
  text.after(...markedPieces(cased.join(''), true), text.data.slice(at + word.length));
  text.data = text.data.slice(0, at);
}
