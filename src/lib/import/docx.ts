import mammoth from 'mammoth';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteDefinition, Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { ImportError } from '../model/errors.ts';
import type { SourceLine } from './source-line.ts';
import { plainInline } from '../render/clause-html.ts';
import type { Extracted } from './draft.ts';
import { findMeta } from './meta.ts';
import { APPENDIX, FOOTNOTE_MARKS, footnoteMark } from './source-patterns.ts';
import { findBlanks, MUNICIPALITY_BLANK, withoutBlanks } from './placeholders.ts';
import { clauseSegments, follows, NUMBERED_LINE } from '../model/numbering.ts';

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
/** The text of a node, a line break after each block, so that words of two paragraphs (or cells) stay apart. */
const textOf = (node: ElementContent | HastRoot): string =>
  node.type === 'text'
    ? node.value
    : 'children' in node
      ? node.children.map((child) => textOf(child as ElementContent)).join('') +
        (node.type === 'element' && BLOCKS.has(node.tagName) ? '\n' : '')
      : '';

/**
 * A Word file (.docx) → what the draft is written from. mammoth turns the document into HTML
 * (headings from Word's heading styles, lists, tables, footnotes), rehype-remark turns that into
 * Markdown's syntax tree; what is left here is the guideline's own shape: the title, clause levels
 * from the numbers, footnotes as GFM footnotes.
 */
export async function extractFromDocx(data: Uint8Array, file: string): Promise<Extracted & { warnings: string[] }> {
  let html: string;
  let warnings: string[];
  try {
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`; JSZip takes the bytes as they are.
    const input = { buffer: data, arrayBuffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP });
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
  if (titleBlock?.type === 'heading' && !NUMBERED_LINE.test(plainInline(titleBlock.children).trim())) {
    titleLines.push(
      ...blocks
        .slice(0, titleAt)
        .map((block) => ('children' in block ? plainInline(block.children as PhrasingContent[]) : '')),
      plainInline(titleBlock.children),
    );
    blocks.splice(0, titleAt + 1);
  }
  // A document written without heading styles: numbered paragraphs whose numbers follow each other
  // as clauses do (`1 Formål`, `1.1 Meldinger`), and short paragraphs all in bold, are its headings.
  if (!blocks.some((block) => block.type === 'heading')) {
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
          children: bold ? (block.children[0] as { children: PhrasingContent[] }).children : block.children,
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
  // Clause levels: a numbered heading's level is its number's depth; an unnumbered one sits below the last numbered clause.
  let level = 0;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const text = plainInline(block.children).trim();
    const number = NUMBERED_LINE.exec(text)?.[1];
    const depth = number ? clauseSegments(number).length : APPENDIX.test(text) ? 1 : Math.min(level + 1, 5);
    if (number) level = depth;
    (block as Heading).depth = (depth + 1) as Heading['depth'];
  }
  blocks.push(...definitions);

  const sourceLine = (text: string, i: number): SourceLine => ({
    text: text.trim(),
    page: 1,
    line: i + 1,
    gap: 'none',
    indent: 0,
    size: 1,
    bold: false,
    columns: 1,
    cells: null,
  });
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
  const bodyText = sourceText.split('\n').slice(titleLines.length).join('\n');
  const meta = findMeta(lines, sourceText);
  // A paragraph is a line of the document's text, as the report counts them.
  const paragraphs = sourceText.split('\n').map((text, i) => ({ ...sourceLine(text, i), page: 1 }));
  const blanks = findBlanks(paragraphs.slice(titleLines.length));
  const text = [...sourceText.split('\n').slice(0, titleLines.length), withoutBlanks(bodyText)].join('\n');
  return { blocks, meta, sourceText: text, debris: [], repeated: [], blanks, signature: null, rebuilt: 0, warnings };
}

function toMdastSync(hast: HastRoot): Root {
  return unified().use(rehypeRemark).runSync(hast) as Root;
}
