import type { Nodes as MdastNodes, RootContent, FootnoteReference, PhrasingContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot, Text } from 'hast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { markFormCells } from './form-cells.ts';
import { PLACEHOLDER_DOTS, PLACEHOLDERS } from './placeholder.ts';

export { PLACEHOLDER_DOTS, PLACEHOLDERS };

/** Options for rendering: how footnote labels map to their numbers. */
export interface RenderOptions {
  footnoteNumbers: ReadonlyMap<string, number>;
  /** Counts references per footnote across the renders of one document, so every call gets its own id. */
  referenceCounts?: Map<string, number>;
}

function span(className: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className], ...properties }, children };
}

// Only the directives the editing guide allows reach the renderer: parseGuideline rejects others.
const directiveHandlers: Record<string, (state: State, node: TextDirective) => Element> = {
  merknad: (state, node) =>
    span('merknad', [
      span('merknad-etikett', [{ type: 'text', value: 'Redaksjonell merknad: ' }]),
      { type: 'text', value: '(' },
      ...state.all(node),
      { type: 'text', value: ')' },
    ]),
  plassholder: (_state, node) => placeholder(plainInline(node.children)),
  // The editor's obligation mark (src/lib/obligations/extract.ts) only informs the register: its words render unchanged.
  plikt: (state, node) => span('plikt-kilde', state.all(node)),
};

function placeholder(field: string): Element {
  return span(
    'plassholder',
    [
      span('visually-hidden', [{ type: 'text', value: `(${PLACEHOLDERS[field] ?? field})` }]),
      span('plassholder-prikker', [{ type: 'text', value: PLACEHOLDER_DOTS }], { ariaHidden: 'true' }),
    ],
    { dataPlassholder: field },
  );
}

/** The markup of one placeholder, for blanks outside the body (St. Olav's title and party): the same as `:plassholder[…]`. */
export function renderPlaceholder(field: string): string {
  return toHtml(placeholder(field));
}

function handlers({ footnoteNumbers, referenceCounts: seen = new Map() }: RenderOptions): Record<string, Handler> {
  return {
    textDirective: (state, node: TextDirective) => directiveHandlers[node.name]!(state, node),
    footnoteReference: (_state, node: FootnoteReference) => {
      const number = footnoteNumbers.get(node.identifier) ?? 0;
      const count = (seen.get(node.identifier) ?? 0) + 1;
      seen.set(node.identifier, count);
      const id = count === 1 ? `fnref-${number}` : `fnref-${number}-${count}`;
      return {
        type: 'element',
        tagName: 'sup',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#fn-${number}`, id, className: ['fnref'], ariaLabel: `Fotnote ${number}` },
            children: [{ type: 'text', value: String(number) }],
          },
        ],
      };
    },
  };
}

/** Renders mdast nodes as HTML. */
export function renderHtml(nodes: ReadonlyArray<RootContent>, options: RenderOptions): string {
  return finish(toHast({ type: 'root', children: [...nodes] }, { handlers: handlers(options) }));
}

/** The class of a span around words marked for the reading page only (an obligation's words). */
export const MARK_CLASS = 'plikt';
/** The class of the label the reading page shows before marked words. */
export const MARK_LABEL_CLASS = 'plikt-etikett';

/**
 * Renders mdast nodes that hold marks (spans of MARK_CLASS, labels of MARK_LABEL_CLASS) once, as HTML
 * with the marks and as the same HTML without them: one walk, so footnote calls are counted once.
 */
export function renderMarkedHtml(
  nodes: ReadonlyArray<RootContent>,
  options: RenderOptions,
): { html: string; marked: string } {
  const hast = toHast({ type: 'root', children: [...nodes] }, { handlers: handlers(options) });
  const plain = withoutMarks(hast);
  return { html: finish(plain), marked: finish(hast) };
}

/** The finishing touches every rendered body gets (form cells, bare addresses, scrolling tables), serialised. */
function finish(hast: HastNodes): string {
  if (hast.type === 'root') markFormCells(hast);
  markBareUrls(hast);
  if (hast.type === 'root') wrapTables(hast);
  return toHtml(hast);
}

const hasClass = (node: HastNodes, name: string) =>
  node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name);

/**
 * A copy of the tree with the marks taken out: a mark's words stay, its label goes. The words of a
 * mark were cut out of one text node, so the pieces are joined again and their line ends trimmed as
 * mdast-util-to-hast trims a text node (trim-lines), which gives the HTML of the unmarked body.
 */
function withoutMarks<Node extends HastNodes>(node: Node): Node {
  if (!('children' in node)) return { ...node };
  const children: HastNodes[] = [];
  const joined = new Set<Text>();
  for (const child of node.children as HastNodes[]) {
    if (hasClass(child, MARK_LABEL_CLASS)) continue;
    const kept = hasClass(child, MARK_CLASS) ? (withoutMarks(child) as Element).children : [withoutMarks(child)];
    for (const piece of kept) {
      const last = children.at(-1);
      if (piece.type === 'text' && last?.type === 'text') {
        last.value += piece.value;
        joined.add(last);
      } else children.push(piece.type === 'text' ? { ...piece } : piece);
    }
  }
  for (const text of joined) text.value = text.value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, '$1');
  // The finishing touches change properties in place (a form cell's class), so the copy has its own.
  const properties = node.type === 'element' ? { properties: structuredClone(node.properties) } : {};
  return { ...node, ...properties, children } as Node;
}

// A table wider than a phone scrolls inside its own box, never the page: the box is a focusable,
// named region so that keyboard users can scroll it too (WCAG 2.1.1).
function wrapTables(node: HastRoot | Element): void {
  for (const child of node.children) if (child.type === 'element' && child.tagName !== 'table') wrapTables(child);
  node.children = node.children.map((child) =>
    child.type === 'element' && child.tagName === 'table'
      ? {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Tabell' },
          children: [child],
        }
      : child,
  ) as typeof node.children;
}

// Print shows where an external link goes after its text (print.css); a link whose text is its
// address already shows it, so it is marked and printed once.
function markBareUrls(node: HastRoot | HastNodes): void {
  if (
    node.type === 'element' &&
    node.tagName === 'a' &&
    typeof node.properties.href === 'string' &&
    hastText(node).trim() === node.properties.href
  ) {
    node.properties.className = ['bare-url'];
  }
  if ('children' in node) for (const child of node.children) markBareUrls(child);
}

function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(hastText).join('') : '';
}

/** A directive's place in the plain text of the inline content it stands in: `[start, end)`. */
export interface DirectiveRange {
  node: TextDirective;
  start: number;
  end: number;
}

/**
 * The plain text of inline content (placeholders as dots, notes in parentheses, footnote calls left
 * out) and where each directive's words are in it. The one walk from inline content to plain text:
 * the clause's text, the obligation register's sentences and the marks placed on them all come from
 * here, so their offsets cannot disagree.
 */
export function plainInlineRanges(nodes: ReadonlyArray<MdastNodes>): { text: string; directives: DirectiveRange[] } {
  const state = { text: '', directives: [] as DirectiveRange[] };
  const walk = (children: ReadonlyArray<MdastNodes>) => {
    for (const node of children) {
      if (node.type === 'text' || node.type === 'inlineCode') state.text += node.value;
      else if (node.type === 'break') state.text += '\n';
      else if (node.type === 'footnoteReference') continue;
      else if (node.type === 'textDirective' && node.name === 'plassholder') state.text += PLACEHOLDER_DOTS;
      else if (node.type === 'textDirective') {
        const start = state.text.length;
        if (node.name === 'merknad') state.text += '(';
        walk(node.children);
        if (node.name === 'merknad') state.text += ')';
        state.directives.push({ node, start, end: state.text.length });
      } else if ('children' in node) walk(node.children as MdastNodes[]);
    }
  };
  walk(nodes);
  return state;
}

/** The plain text of inline content: placeholders as dots, notes in parentheses, footnote calls left out. */
export function plainInline(nodes: ReadonlyArray<MdastNodes>): string {
  return plainInlineRanges(nodes).text;
}

/** The plain text of block content: blocks separated by a blank line, list items and table rows by a line break. */
export function plainText(nodes: ReadonlyArray<RootContent>): string {
  return nodes
    .map(plainBlock)
    .filter((text) => text !== '')
    .join('\n\n');
}

function plainBlock(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return plainInline(node.children)
        .replace(/[ \t]*\n[ \t]*/g, '\n')
        .trim();
    case 'list':
      return node.children
        .map((item, index) => {
          const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '-';
          return `${marker} ${plainText(item.children).replace(/\n/g, '\n  ')}`;
        })
        .join('\n');
    case 'table':
      return node.children
        .map((row) => row.children.map((cell) => plainInline(cell.children).trim()).join(' | '))
        .filter((row) => row.replace(/[ |]/g, '') !== '')
        .join('\n');
    case 'blockquote':
      return plainText(node.children);
    case 'code':
      return node.value;
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
    case 'html':
      return '';
    default:
      return 'children' in node ? plainInline(node.children as PhrasingContent[]) : '';
  }
}
