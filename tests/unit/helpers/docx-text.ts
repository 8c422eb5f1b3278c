import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

// Reads a Word file back as a reader of it would see it: the text of each paragraph of the body and
// of each footnote, with tracked changes as they are, all accepted or all rejected. Read from the XML
// itself (w:ins, w:del, w:t, w:delText), so that the test does not trust the library that wrote it.

/** How tracked changes are read: as they stand (both sides' words), all accepted, or all rejected. */
export type Reading = 'as-is' | 'accept' | 'reject';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false });

/** The files of a .docx (a zip), by path, as text. */
export function docxFiles(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

const tagOf = (node: XmlNode) => Object.keys(node).find((key) => key !== ':@')!;

function text(nodes: XmlNode[], reading: Reading): string {
  let result = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    const children = node[tag] as XmlNode[] | string;
    if (tag === '#text') result += String(children);
    else if (tag === 'w:del' && reading === 'accept') continue;
    else if (tag === 'w:ins' && reading === 'reject') continue;
    else if (tag === 'w:tab' || tag === 'w:br') result += ' ';
    else if (tag === 'w:t' || tag === 'w:delText') result += text(children as XmlNode[], reading);
    else if (tag === 'w:rPr' || tag === 'w:pPr' || tag === 'w:instrText') continue;
    else if (Array.isArray(children)) result += text(children, reading);
  }
  return result;
}

/** Every paragraph element (w:p) under the nodes, in document order, with its text as read. */
function paragraphs(nodes: XmlNode[], reading: Reading, out: string[] = []): string[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    const children = node[tag];
    if (!Array.isArray(children)) continue;
    if (tag === 'w:p') out.push(text(children as XmlNode[], reading));
    else paragraphs(children as XmlNode[], reading, out);
  }
  return out;
}

/** The body's paragraphs (tables' cells included), as read. */
export function bodyParagraphs(bytes: Uint8Array, reading: Reading = 'as-is'): string[] {
  return paragraphs(parser.parse(docxFiles(bytes).get('word/document.xml')!) as XmlNode[], reading);
}

/** The text of each real footnote (not Word's separators), in the order of their ids. */
export function footnoteTexts(bytes: Uint8Array, reading: Reading = 'as-is'): string[] {
  const xml = docxFiles(bytes).get('word/footnotes.xml');
  if (xml === undefined) return [];
  const notes: string[] = [];
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      const tag = tagOf(node);
      const children = node[tag];
      if (tag === 'w:footnote') {
        if (Number(node[':@']?.['@_w:id']) > 0)
          notes.push(
            paragraphs(children as XmlNode[], reading)
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim(),
          );
      } else if (Array.isArray(children)) walk(children as XmlNode[]);
    }
  };
  walk(parser.parse(xml) as XmlNode[]);
  return notes;
}

/** The tracked changes of the body: how many insertions and deletions, and their authors and dates. */
export function revisions(bytes: Uint8Array): Array<{ kind: 'ins' | 'del'; author: string; date: string }> {
  const xml = docxFiles(bytes).get('word/document.xml')!;
  return [...xml.matchAll(/<w:(ins|del) ([^>]*)>/g)].map(([, kind, attributes]) => ({
    kind: kind as 'ins' | 'del',
    author: /w:author="([^"]*)"/.exec(attributes!)?.[1] ?? '',
    date: /w:date="([^"]*)"/.exec(attributes!)?.[1] ?? '',
  }));
}

/**
 * Text as words, for a word-for-word comparison: whitespace of any kind is one space, and a list's
 * marker (the page's `-`, Word's dash) and a table's cell separator are not words.
 */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '' && !/^[-–|]$/.test(word));
}
