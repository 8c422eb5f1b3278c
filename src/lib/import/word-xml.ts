// Reading WordprocessingML parts as DOM: the few element helpers the Word readers share. xmldom
// (which mammoth reads with too) parses in Node and in the browser alike.
import { DOMParser } from '@xmldom/xmldom';

/** An XML part parsed, or null when the text is not XML. */
export function parseXml(text: string): Document | null {
  let failed = false;
  const onError = () => {
    failed = true;
  };
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: onError, fatalError: onError },
  }).parseFromString(text, 'text/xml');
  return failed || !doc.documentElement ? null : doc;
}

/** The element children of `node` named `name` (a qualified name such as `w:lvl`), or all of them. */
export function children(node: Node | null | undefined, name?: string): Element[] {
  const out: Element[] = [];
  if (!node) return out;
  for (let child = node.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 1 && (name === undefined || child.nodeName === name)) out.push(child as Element);
  return out;
}

/** The first element child of `node` named `name`, or null. */
export function child(node: Node | null | undefined, name: string): Element | null {
  return children(node, name)[0] ?? null;
}

/** The `w:val` of the element child named `name`, or null when it is absent. */
export function value(node: Node | null | undefined, name: string): string | null {
  const found = child(node, name);
  return found?.hasAttribute('w:val') ? found.getAttribute('w:val') : null;
}

/** Every descendant element named `name`, in document order. */
export function descendants(node: Document | Element, name: string): Element[] {
  const list = node.getElementsByTagName(name);
  // xmldom's node lists are not iterable: read them by index.
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}
