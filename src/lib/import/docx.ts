import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { ImportError } from '../model/errors.ts';
import { plainLine, type Debris } from './source-line.ts';
import { coverNotice, coverTitle } from './front-pages.ts';
import { plainInline } from '../render/clause-html.ts';
import type { Extracted } from './draft.ts';
import { findMeta } from './meta.ts';
import { APPENDIX, FOOTNOTE_MARKS, footnoteMark } from './source-patterns.ts';
import { LETTERED } from './line-patterns.ts';
import { findBlanks, MUNICIPALITY_BLANK, withoutBlanks } from './placeholders.ts';
import { clauseSegments, follows, NUMBERED_LINE } from '../model/numbering.ts';
import { NUMBER_CLOSE, NUMBER_LEVEL, NUMBER_OPEN, readWordPackage } from './word-package.ts';

// Word's Title style has no HTML counterpart in mammoth's defaults; as an h1 it is found as the title.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'tr',
  'table',
  'ul',
  'ol',
  'div',
  'blockquote',
]);
/**
 * The number Word shows before an item of a numbered list kept as an ordered list (`1.`, `2.`; from
 * the list's `start`): Word renders it, so it is text of the source as a reader sees it, and the word
 * check must find it there as it finds it in the draft.
 */
function itemNumber(parent: ElementContent | HastRoot, child: ElementContent): string {
  if (parent.type !== 'element' || parent.tagName !== 'ol' || child.type !== 'element' || child.tagName !== 'li')
    return '';
  const start = Number(parent.properties?.start ?? 1);
  const items = parent.children.filter((node) => node.type === 'element' && node.tagName === 'li');
  return `${start + items.indexOf(child)}. `;
}

/** The text of a node, a line break after each block, so that words of two paragraphs (or cells) stay apart. */
const textOf = (node: ElementContent | HastRoot): string =>
  node.type === 'text'
    ? node.value
    : 'children' in node
      ? node.children
          .map(
            (child) =>
              // A list inside a list item starts on a line of its own (its first word is no part of the item's last).
              (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol') ? '\n' : '') +
              itemNumber(node, child as ElementContent) +
              textOf(child as ElementContent),
          )
          .join('') + (node.type === 'element' && BLOCKS.has(node.tagName) ? '\n' : '')
      : '';

/**
 * A Word file (.docx) → what the draft is written from. mammoth turns the document into HTML
 * (headings from Word's heading styles, lists, tables, footnotes), rehype-remark turns that into
 * Markdown's syntax tree; what is left here is the guideline's own shape: the title, clause levels
 * from the numbers, footnotes as GFM footnotes.
 */
export async function extractFromDocx(data: Uint8Array, file: string): Promise<Extracted & { warnings: string[] }> {
  const word = await readWordPackage(data, file);
  let html: string;
  let warnings: string[];
  // Loaded when first needed, as pdf-lines.ts loads pdfjs-dist.
  const { default: mammoth } = await import('mammoth');
  try {
    const { bytes } = word;
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both hand it to JSZip, which takes an ArrayBuffer.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, { styleMap: [...STYLE_MAP, ...word.styleMap] });
    html = result.value;
    warnings = result.messages.map((message) => `${message.type}: ${message.message}`);
  } catch (error) {
    throw new ImportError(
      file,
      `not a readable Word document (.docx): ${(error as Error).message.split('\n')[0]}`,
      'save it again from Word as .docx',
    );
  }
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html) as HastRoot;
  liftSkippedLevels(hast);
  const wordLevels = placeNumbers(hast);

  // Footnotes: mammoth writes each call as <sup><a href="#footnote-1">[1]</a></sup> and the notes as
  // an <ol> of <li id="footnote-1"> at the end, each with a link back (↑). Calls become marks, notes definitions.
  const notes = new Map<string, ElementContent[]>();
  visit(hast, 'element', (node, index, parent) => {
    const id = String(node.properties.id ?? '');
    if (node.tagName === 'li' && /^(?:foot|end)note-\d+$/.test(id) && parent && index !== undefined) {
      visit(node, 'element', (link, i, up) => {
        if (
          link.tagName === 'a' &&
          String(link.properties.href ?? '').startsWith('#') &&
          textOf(link) === '↑' &&
          up &&
          i !== undefined
        ) {
          up.children.splice(i, 1);
          return [SKIP, i];
        }
        return undefined;
      });
      notes.set(id, node.children);
    }
  });
  visit(hast, 'element', (node, index, parent) => {
    if (
      node.tagName === 'ol' &&
      node.children.some((child) => child.type === 'element' && notes.has(String(child.properties.id ?? ''))) &&
      parent &&
      index !== undefined
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const link =
      node.tagName === 'sup'
        ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a')
        : undefined;
    const target = String(link?.properties.href ?? '').slice(1);
    if (link && notes.has(target) && parent && index !== undefined) {
      parent.children.splice(index, 1, { type: 'text', value: footnoteMark(target) });
      return [SKIP, index];
    }
    return undefined;
  });
  const sourceText = [textOf(hast), ...[...notes.values()].map((children) => children.map(textOf).join(' '))]
    .join('\n')
    .replace(FOOTNOTE_MARKS, '');
  if (sourceText.trim() === '') throw new ImportError(file, 'the Word document has no text');

  const toMdast = unified().use(rehypeRemark);
  const tree = (await toMdast.run(hast)) as Root;
  const definitions: FootnoteDefinition[] = [...notes.values()].map((children, n) => {
    const root = toMdastSync({
      type: 'root',
      children: [{ type: 'element', tagName: 'div', properties: {}, children }],
    });
    return {
      type: 'footnoteDefinition',
      identifier: String(n + 1),
      label: String(n + 1),
      children: root.children as FootnoteDefinition['children'],
    };
  });
  const numbers = new Map([...notes.keys()].map((id, n) => [id, String(n + 1)]));
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !FOOTNOTE_MARKS.test(node.value)) return undefined;
    FOOTNOTE_MARKS.lastIndex = 0;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(FOOTNOTE_MARKS)) {
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      const label = numbers.get(match[1]!)!;
      parts.push({ type: 'footnoteReference', identifier: label, label });
      last = match.index + match[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });

  // The title: a first heading without a number; what stands above it is its subtitle.
  const blocks: RootContent[] = [...tree.children];
  const titleAt = blocks.findIndex((block) => block.type === 'heading');
  const titleBlock = blocks[titleAt];
  const titleLines: string[] = [];
  const numbered = (heading: Heading) => {
    const text = plainInline(heading.children).trim();
    return NUMBERED_LINE.test(text) || wordLevels.has(text);
  };
  if (titleBlock?.type === 'heading' && !numbered(titleBlock)) {
    titleLines.push(
      ...blocks
        .slice(0, titleAt)
        .map((block) => ('children' in block ? plainInline(block.children as PhrasingContent[]) : '')),
      plainInline(titleBlock.children),
    );
    blocks.splice(0, titleAt + 1);
  }
  const sourceLine = plainLine;
  // No title of its own: a cover page gives the title (its organisation line the subtitle, as findMeta
  // reads them); its other lines are left out of the body and listed, so no word goes unreported.
  let sourceLines = sourceText.split('\n');
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  const cover = word.cover;
  const onCover = cover.every(
    (line, i) =>
      blocks[i]?.type === 'paragraph' &&
      normal(plainInline((blocks[i] as Paragraph).children)) === line &&
      normal(sourceLines[i] ?? '') === line,
  );
  const picked = titleLines.length === 0 && cover.length > 0 && onCover ? coverTitle(cover.map(sourceLine)) : [];
  const coverDebris: Debris[] = [];
  const notices = [...word.notices];
  if (picked.length > 0) {
    titleLines.push(...picked.map((i) => cover[i]!));
    cover.forEach((text, i) => {
      if (!picked.includes(i)) coverDebris.push({ kind: 'cover', text, page: 1, line: i + 1 });
    });
    blocks.splice(0, cover.length);
    sourceLines = [...titleLines, ...sourceLines.slice(cover.length)];
    notices.unshift(coverNotice(titleLines));
  }
  // A document written without heading styles: numbered paragraphs whose numbers follow each other
  // as clauses do (`1 Formål`, `1.1 Meldinger`), and short paragraphs all in bold, are its headings.
  // Paragraphs numbered by Word's numbering are lists to mammoth: a list whose every item is such a
  // line (its number placed by placeNumbers) is taken apart into paragraphs first.
  if (!blocks.some((block) => block.type === 'heading')) {
    for (let index = blocks.length - 1; index >= 0; index--) {
      const block = blocks[index]!;
      if (block.type === 'list' && !block.ordered && clauseLines(block)) blocks.splice(index, 1, ...flatten(block));
    }
    let previous: number[] | null = null;
    blocks.forEach((block, index) => {
      if (block.type !== 'paragraph') return;
      const text = plainInline(block.children).trim();
      const short = text.split(/\s+/).length <= 14 && !/[.,;:!?]$/.test(text);
      const found = NUMBERED_LINE.exec(text)?.[1];
      const number = found ? clauseSegments(found).map(Number) : undefined;
      const bold = block.children.length === 1 && block.children[0]!.type === 'strong';
      if (short && number && /^\S+\s+\p{Lu}/u.test(text) && follows(previous, number)) {
        previous = number;
        blocks[index] = {
          type: 'heading',
          depth: 2,
          // A heading is set bold already: the bold of its words (a Word number before them is not) goes.
          children: block.children.flatMap((child) => (child.type === 'strong' ? child.children : [child])),
        };
      } else if (short && bold && previous) {
        blocks[index] = {
          type: 'heading',
          depth: 2,
          children: (block.children[0] as { children: PhrasingContent[] }).children,
        };
      }
    });
  }
  // Clause levels: a numbered heading's level is its number's depth, or, numbered by Word in another
  // form (`Punkt 3`, `Kapittel II`), its list level; an unnumbered one sits below the last numbered clause.
  let level = 0;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const text = plainInline(block.children).trim();
    const number = NUMBERED_LINE.exec(text)?.[1];
    const wordLevel = wordLevels.get(text);
    const depth = number
      ? clauseSegments(number).length
      : wordLevel !== undefined
        ? Math.min(wordLevel + 1, 5)
        : APPENDIX.test(text)
          ? 1
          : Math.min(level + 1, 5);
    if (number || wordLevel !== undefined) level = depth;
    (block as Heading).depth = (depth + 1) as Heading['depth'];
  }
  typedLetteredLists(blocks);
  blocks.push(...definitions);

  const lines = titleLines.map(sourceLine);
  // The municipality's blank in the body becomes `:plassholder[kommune]`; the title keeps the source's text.
  visit({ type: 'root', children: blocks } as Root, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !new RegExp(MUNICIPALITY_BLANK.source, 'u').test(node.value))
      return undefined;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(MUNICIPALITY_BLANK)) {
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      parts.push(
        { type: 'textDirective', name: 'plassholder', attributes: {}, children: [{ type: 'text', value: 'kommune' }] },
        { type: 'text', value: ' ' },
      );
      last = match.index + match[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
  const bodyText = sourceLines.slice(titleLines.length).join('\n');
  const meta = findMeta(lines, sourceLines.join('\n'), picked.length > 0 ? cover.join('\n') : '');
  // A paragraph is a line of the document's text, as the report counts them.
  const paragraphs = sourceLines.map((text, i) => ({ ...sourceLine(text, i), page: 1 }));
  const blanks = findBlanks(paragraphs.slice(titleLines.length));
  const text = [...sourceLines.slice(0, titleLines.length), withoutBlanks(bodyText)].join('\n');
  return {
    blocks,
    meta,
    sourceText: text,
    debris: [...coverDebris, ...word.furniture],
    repeated: [],
    blanks,
    signature: null,
    rebuilt: 0,
    notices,
    warnings,
  };
}

const NUMBER_MARK = new RegExp(`${NUMBER_OPEN}(\\d)${NUMBER_LEVEL}([^${NUMBER_CLOSE}]*)${NUMBER_CLOSE}`, 'gu');
const firstText = (node: Element): { type: 'text'; value: string } | undefined => {
  for (const child of node.children) {
    if (child.type === 'text') return child;
    if (child.type === 'element' && child.tagName !== 'ol' && child.tagName !== 'ul') {
      const found = firstText(child);
      if (found) return found;
    }
  }
  return undefined;
};
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The numbers Word shows, written into the text by readWordPackage, put where a reader sees them: a
 * list numbered `1.`, `2.`, … stays an ordered list (from its first number); any other numbered list
 * (`a)`, `i.`, `2.1`, `1)`) becomes a list whose items keep their numbers as text, since they are cited
 * («punkt 3 b)»); a heading's number starts its text, which makes it the clause number. Returns the
 * Word list level of each numbered heading, by its text.
 */
function placeNumbers(hast: HastRoot): Map<string, number> {
  visit(hast, 'element', (node) => {
    if (node.tagName !== 'ol') return;
    const items = node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
    const labels = items.map((item) => {
      NUMBER_MARK.lastIndex = 0;
      return new RegExp(`^${NUMBER_MARK.source}`, 'u').exec(firstText(item)?.value ?? '');
    });
    if (!labels.some(Boolean)) return;
    const first = Number(/^(\d+)\. ?$/.exec(labels[0]?.[2] ?? '')?.[1]);
    if (labels.every((label, i) => label && label[2]!.replace(/ $/, '') === `${first + i}.`)) {
      for (const item of items) {
        const text = firstText(item)!;
        text.value = text.value.replace(NUMBER_MARK, '');
      }
      if (first !== 1) node.properties.start = first;
    } else node.tagName = 'ul';
  });
  const levels = new Map<string, number>();
  visit(hast, 'element', (node) => {
    if (!HEADINGS.has(node.tagName)) return;
    const text = firstText(node);
    const level = text && new RegExp(`^${NUMBER_MARK.source}`, 'u').exec(text.value)?.[1];
    if (level !== undefined) levels.set(textOf(node).replace(NUMBER_MARK, '$2').trim(), Number(level));
  });
  visit(hast, 'text', (node) => {
    node.value = node.value.replace(NUMBER_MARK, '$2');
  });
  return levels;
}

const LISTS = new Set(['ul', 'ol']);
/** The element children of a node, the white space between them left out. */
const elementsOf = (node: Element): ElementContent[] =>
  node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));

/**
 * A list that starts below its first level (lettered items that are the heading list's third level, `%3)`,
 * under a heading; a list whose first item is at its second level) is one list, as Word shows it: mammoth
 * writes an empty item for each level skipped (`<ul><li><ul><li><ol>…`), which the draft would show as
 * bullets with nothing in them (`- - - a) …`). A list whose one item holds nothing but a list is that list.
 */
function liftSkippedLevels(hast: HastRoot): void {
  visit(hast, 'element', (node, index, parent) => {
    if (!LISTS.has(node.tagName) || !parent || index === undefined) return undefined;
    let list = node;
    for (;;) {
      const [item, ...more] = elementsOf(list);
      if (more.length > 0 || item?.type !== 'element' || item.tagName !== 'li') break;
      const [inner, ...rest] = elementsOf(item);
      if (rest.length > 0 || inner?.type !== 'element' || !LISTS.has(inner.tagName)) break;
      list = inner;
    }
    if (list === node) return undefined;
    parent.children.splice(index, 1, list);
    return index;
  });
}

/** A short line that starts with a clause number and a capital (`2.1 Kommunen`), as a Word-numbered heading paragraph reads. */
const clauseLine = (block: RootContent) => {
  if (block.type !== 'paragraph') return false;
  const text = plainInline(block.children).trim();
  return (
    NUMBERED_LINE.test(text) && /^\S+\s+\p{Lu}/u.test(text) && text.split(/\s+/).length <= 14 && !/[.,;:!?]$/.test(text)
  );
};
/** Whether every item of a list (and of the lists in it) is one clause line. */
const clauseLines = (list: List): boolean =>
  list.children.every(
    (item) =>
      item.children.length > 0 &&
      item.children.every((child, i) => (child.type === 'list' ? clauseLines(child) : i === 0 && clauseLine(child))),
  );
/** A list's items as the paragraphs they are, in order. */
const flatten = (list: List): RootContent[] =>
  list.children.flatMap((item) => item.children.flatMap((child) => (child.type === 'list' ? flatten(child) : [child])));

function toMdastSync(hast: HastRoot): Root {
  return unified().use(rehypeRemark).runSync(hast) as Root;
}

/** The letter and its mark of a paragraph whose text opens with a typed `a)` or `a.`, else null. */
const typedLetter = (block: RootContent | undefined) =>
  block?.type === 'paragraph' ? LETTERED.exec(plainInline(block.children).trimStart()) : null;

/**
 * Lettered items typed into paragraphs of their own (`a) …`, `b) …`, no Word numbering): the lettered list
 * the author meant, its letters kept in the items' text as a list numbered by Word keeps them. Two items
 * at least, the letters in order from `a` and marked alike, as structure.ts reads them in a PDF.
 */
function typedLetteredLists(blocks: RootContent[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const first = typedLetter(blocks[i]);
    if (first?.[1] !== 'a') continue;
    let end = i + 1;
    for (; end < blocks.length; end++) {
      const next = typedLetter(blocks[end]);
      if (next?.[1] !== String.fromCharCode('a'.charCodeAt(0) + end - i) || next[2] !== first[2]) break;
    }
    if (end - i < 2) continue;
    const items = blocks.slice(i, end).map((paragraph) => ({
      type: 'listItem' as const,
      spread: false,
      children: [paragraph as Paragraph],
    }));
    blocks.splice(i, end - i, { type: 'list', ordered: false, spread: false, children: items });
  }
}
