import type { PhrasingContent, RootContent } from 'mdast';
import {
  DeletedTextRun,
  FootnoteReferenceRun,
  InsertedTextRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { PLACEHOLDER_DOTS } from '../render/placeholder.ts';
import type { Footnote } from '../model/types.ts';

/** How a piece of a Word document stands in a revision: as it was, inserted, or deleted. */
export type Mark = 'none' | 'ins' | 'del';

/** Who made a revision's changes and when: Word shows both beside every change. */
export interface RevisionAuthor {
  author: string;
  /** An ISO date (YYYY-MM-DD) from the content, never the build's clock; null where the content gives none. */
  date: string | null;
}

/**
 * What one document's writers share: the revision ids (unique in a document), the footnotes written
 * so far, and who the revision's changes are by (null for a document without tracked changes).
 */
export class WordContext {
  private id = 0;
  /** Footnotes by their Word id, as docx's Document takes them. */
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  private readonly footnoteIds = new Map<Footnote, number>();
  readonly revision: RevisionAuthor | null;
  constructor(revision: RevisionAuthor | null = null) {
    this.revision = revision;
  }

  /** A fresh id for a change or a comment. */
  nextId(): number {
    return ++this.id;
  }

  /** The attributes of one tracked change: its own id, the revision's author and date (left out where there is none). */
  change(): { id: number; author: string; date: string } {
    if (this.revision === null) throw new Error('a tracked change needs a revision author');
    const { author, date } = this.revision;
    // docx leaves an undefined attribute out, and OOXML's w:date is optional.
    return { id: this.nextId(), author, date: (date === null ? undefined : `${date}T00:00:00Z`) as string };
  }

  /** The Word id of a footnote, written into the document's footnotes on first use. */
  footnoteId(footnote: Footnote): number {
    let id = this.footnoteIds.get(footnote);
    if (id === undefined) {
      id = this.footnoteIds.size + 1;
      this.footnoteIds.set(footnote, id);
      this.footnotes[id] = {
        children: footnote.text.split(/\n{2,}/).map((text) => new Paragraph({ children: [new TextRun(text)] })),
      };
    }
    return id;
  }
}

/** One stretch of inline text with its emphasis; or a line break, or a footnote call. */
export interface Piece {
  text: string;
  bold?: boolean;
  italics?: boolean;
  lineBreak?: boolean;
  footnote?: string;
}

/**
 * Inline Markdown → pieces of text, read as the clause's plain text reads it (clause-html.ts's
 * plainInline): a placeholder is its dotted blank, an editorial note stands in parentheses, a soft
 * line break is a space as in the page.
 */
export function pieces(nodes: ReadonlyArray<PhrasingContent>, style: Omit<Piece, 'text'> = {}): Piece[] {
  return nodes.flatMap((node): Piece[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return [{ ...style, text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') }];
      case 'break':
        return [{ text: '', lineBreak: true }];
      case 'emphasis':
        return pieces(node.children, { ...style, italics: true });
      case 'strong':
        return pieces(node.children, { ...style, bold: true });
      case 'footnoteReference':
        return [{ text: '', footnote: node.identifier }];
      case 'textDirective':
        if (node.name === 'plassholder') return [{ ...style, text: PLACEHOLDER_DOTS }];
        if (node.name === 'merknad')
          return [
            { ...style, italics: true, text: '(' },
            ...pieces(node.children, { ...style, italics: true }),
            { ...style, italics: true, text: ')' },
          ];
        return pieces(node.children, style);
      default:
        return 'children' in node ? pieces(node.children as PhrasingContent[], style) : [];
    }
  });
}

/** Where a block's footnote calls lead: the guideline's footnotes by their Markdown identifier. */
export type FootnoteLookup = ReadonlyMap<string, Footnote>;

/** Pieces → Word runs, plain, inserted or deleted. A deleted footnote call is left out (see word-and-feeds.md). */
export function runs(
  list: ReadonlyArray<Piece>,
  mark: Mark,
  context: WordContext,
  notes: FootnoteLookup,
): ParagraphChild[] {
  return list.flatMap((piece): ParagraphChild[] => {
    if (piece.footnote !== undefined) {
      const footnote = notes.get(piece.footnote);
      return footnote && mark !== 'del' ? [new FootnoteReferenceRun(context.footnoteId(footnote))] : [];
    }
    const options = {
      text: piece.text,
      bold: piece.bold,
      italics: piece.italics,
      ...(piece.lineBreak ? { break: 1 } : {}),
    };
    if (mark === 'ins') return [new InsertedTextRun({ ...options, ...context.change() })];
    if (mark === 'del') return [new DeletedTextRun({ ...options, ...context.change() })];
    return [new TextRun(options)];
  });
}

/** A paragraph's own mark: an inserted or deleted paragraph goes with its text when changes are accepted or rejected. */
export function paragraphMark(mark: Mark, context: WordContext) {
  if (mark === 'ins') return { run: { insertion: context.change() } };
  if (mark === 'del') return { run: { deletion: context.change() } };
  return {};
}

const INDENT = 360; // twips a list level is indented by (a quarter inch)

/** What a body's blocks need besides their nodes. */
export interface BlockOptions {
  mark: Mark;
  context: WordContext;
  notes: FootnoteLookup;
}

/**
 * A clause body (mdast blocks) → Word paragraphs and tables: paragraphs, lists with their markers
 * written as text (never Word's automatic numbering, which would renumber), tables, block quotes.
 */
export function blocks(nodes: ReadonlyArray<RootContent>, options: BlockOptions, depth = 0): FileChild[] {
  const { mark, context, notes } = options;
  const paragraph = (children: ParagraphChild[], indent = depth) =>
    new Paragraph({
      children,
      ...(indent > 0 ? { indent: { left: indent * INDENT } } : {}),
      ...paragraphMark(mark, context),
    });
  return nodes.flatMap((node): FileChild[] => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return [paragraph(runs(pieces(node.children), mark, context, notes))];
      case 'list':
        return node.children.flatMap((item, index) => {
          // The marker the page and the plain text show: `1.` for an ordered list, a dash otherwise.
          const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '–';
          const [first, ...rest] = item.children;
          const lead =
            first?.type === 'paragraph'
              ? [paragraph(runs([{ text: `${marker} ` }, ...pieces(first.children)], mark, context, notes), depth + 1)]
              : [
                  paragraph(runs([{ text: marker }], mark, context, notes), depth + 1),
                  ...blocks(first ? [first] : [], options, depth + 1),
                ];
          return [...lead, ...blocks(rest, options, depth + 1)];
        });
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: node.children.map(
              (row, index) =>
                new TableRow({
                  tableHeader: index === 0,
                  children: row.children.map(
                    (cell) =>
                      new TableCell({
                        children: [
                          new Paragraph({
                            children: runs(
                              pieces(cell.children, index === 0 ? { bold: true } : {}),
                              mark,
                              context,
                              notes,
                            ),
                            ...paragraphMark(mark, context),
                          }),
                        ],
                      }),
                  ),
                }),
            ),
          }),
        ];
      case 'blockquote':
        return blocks(node.children, options, depth + 1);
      case 'code':
        return node.value.split('\n').map((line) => paragraph(runs([{ text: line }], mark, context, notes)));
      default:
        return [];
    }
  });
}
