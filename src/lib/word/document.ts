import type { FootnoteReference } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type FileChild,
  type ICommentOptions,
} from 'docx';
import type { GuidelineMeta } from '../model/schema.ts';
import type { Clause, Footnote, Guideline } from '../model/types.ts';
import { formatDate, KINDS, STATUSES } from '../model/vocabulary.ts';
import { shortFingerprint } from '../print/verify.ts';
import { blocks, paragraphMark, runs, WordContext, type FootnoteLookup, type Mark } from './blocks.ts';

/** The part of a guideline the Word files are written from. */
export type WordGuideline = Pick<Guideline<GuidelineMeta>, 'meta' | 'clauses' | 'fingerprint'>;

/** One line of the title block or the closing page: what it is (to pair it with the other version's), its text, its look. */
export interface Line {
  role: string;
  text: string;
  look: 'title' | 'lead' | 'plain';
}

/** The title block: kind and region, subtitle, title, and the version with its status and approval. */
export function titleLines({ meta }: Pick<WordGuideline, 'meta'>): Line[] {
  const approved = meta.approved ? `, godkjent ${formatDate(meta.approved.date)} av ${meta.approved.by}` : '';
  return [
    {
      role: 'kicker',
      text: `${KINDS[meta.kind]}${meta.number ? ` ${meta.number}` : ''} · ${meta.region} · ${meta.hospital}`,
      look: 'lead',
    },
    ...(meta.subtitle ? [{ role: 'subtitle', text: meta.subtitle, look: 'lead' } as const] : []),
    { role: 'title', text: meta.title, look: 'title' },
    {
      role: 'version',
      text: `Versjon ${meta.version} (${STATUSES[meta.status].label.toLowerCase()}${approved}).`,
      look: 'lead',
    },
  ];
}

/** The closing page: which text and version this is, and its fingerprint, whole and as printed on paper. */
export function endLines({ meta, fingerprint }: WordGuideline): Line[] {
  return [
    { role: 'about', text: `${meta.title}, versjon ${meta.version}.`, look: 'plain' },
    { role: 'fingerprint', text: `Fingeravtrykk (SHA-256): ${fingerprint}`, look: 'plain' },
    { role: 'code', text: `Kontrollkode: ${shortFingerprint(fingerprint)}`, look: 'plain' },
  ];
}

/** A clause's heading as the document writes it: its number as text, its words, then any editorial note in parentheses. */
export function headingLine(clause: Pick<Clause, 'number' | 'heading' | 'notes'>): string | null {
  if (clause.number === null && clause.heading === null) return null;
  return [clause.number, clause.heading, ...clause.notes.map((note) => `(${note})`)].filter(Boolean).join(' ');
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** The Word heading style of a clause level (1 → Heading 1, deeper than 6 → Heading 6). */
export const headingStyle = (level: number) => HEADINGS[Math.min(Math.max(level, 1), HEADINGS.length) - 1]!;

/** A line of the title block or closing page as a paragraph, plain or tracked. */
export function lineParagraph(line: Line, mark: Mark, context: WordContext): Paragraph {
  return new Paragraph({
    ...(line.look === 'title' ? { heading: HeadingLevel.TITLE } : {}),
    children: runs(
      [{ text: line.text, bold: line.look === 'lead' && line.role === 'version' }],
      mark,
      context,
      new Map(),
    ),
    ...paragraphMark(mark, context),
  });
}

/** Every footnote of a guideline by the identifier its calls use in the Markdown. */
export function footnoteLookup(clauses: ReadonlyArray<Clause>): FootnoteLookup {
  const lookup = new Map<string, Footnote>();
  for (const clause of clauses) {
    const byLabel = new Map(clause.footnotes.map((footnote) => [footnote.label.toLowerCase(), footnote]));
    // A call's identifier is its label normalised (mdast: whitespace collapsed, lower case).
    visit({ type: 'root', children: clause.body } as never, 'footnoteReference', (node: FootnoteReference) => {
      const footnote = byLabel.get(node.identifier) ?? byLabel.get(node.label?.toLowerCase() ?? '');
      if (footnote) lookup.set(node.identifier, footnote);
    });
  }
  // A footnote called again in a later clause is kept with the clause that first cited it.
  for (const clause of clauses)
    for (const footnote of clause.footnotes)
      if (![...lookup.values()].includes(footnote)) lookup.set(footnote.label.toLowerCase(), footnote);
  return lookup;
}

/** One clause, heading and body, as Word paragraphs; with a comment on its heading when one is given. */
export function clauseBlocks(
  clause: Clause,
  mark: Mark,
  context: WordContext,
  notes: FootnoteLookup,
  comment: number | null = null,
): FileChild[] {
  const heading = headingLine(clause);
  const head =
    heading === null
      ? []
      : [
          new Paragraph({
            heading: headingStyle(clause.level),
            children: withComment(runs([{ text: heading }], mark, context, notes), comment),
            ...paragraphMark(mark, context),
          }),
        ];
  return [...head, ...blocks(clause.body, { mark, context, notes })];
}

/** Runs with a Word comment around them. */
export function withComment<Run>(children: Run[], comment: number | null) {
  if (comment === null) return children;
  return [
    new CommentRangeStart(comment),
    ...children,
    new CommentRangeEnd(comment),
    new TextRun({ children: [new CommentReference(comment)] }),
  ];
}

/** The document's properties: title, version and fingerprint, where Word's File › Info shows them. */
export function properties(guideline: WordGuideline, subject: string) {
  const { meta, fingerprint } = guideline;
  return {
    title: meta.title,
    subject,
    creator: 'IKT-retningslinjer',
    lastModifiedBy: 'IKT-retningslinjer',
    description: `Versjon ${meta.version}. Fingeravtrykk (SHA-256): ${fingerprint}`,
    keywords: [meta.region, meta.hospital, KINDS[meta.kind]].join(', '),
    customProperties: [
      { name: 'Versjon', value: meta.version },
      { name: 'Status', value: STATUSES[meta.status].label },
      { name: 'Fingeravtrykk', value: fingerprint },
      { name: 'Kontrollkode', value: shortFingerprint(fingerprint) },
    ],
  };
}

/** The document's look: a readable body font, headings that keep with what follows. */
export const STYLES = {
  default: { document: { run: { font: 'Calibri', size: 22 } } },
};

/** A document from its body and its footnotes and comments. */
export function wordDocument(
  guideline: WordGuideline,
  subject: string,
  body: FileChild[],
  context: WordContext,
  comments: ICommentOptions[] = [],
): Document {
  return new Document({
    ...properties(guideline, subject),
    styles: STYLES,
    footnotes: context.footnotes,
    comments: { children: comments },
    sections: [{ children: body }],
  });
}

/** A guideline version as a Word document: title block, every clause, footnotes as Word footnotes, the closing page. */
export function guidelineDocument(guideline: WordGuideline): Document {
  const context = new WordContext();
  const notes = footnoteLookup(guideline.clauses);
  const body: FileChild[] = [
    ...titleLines(guideline).map((line) => lineParagraph(line, 'none', context)),
    ...guideline.clauses.flatMap((clause) => clauseBlocks(clause, 'none', context, notes)),
    new Paragraph({ pageBreakBefore: true }),
    ...endLines(guideline).map((line) => lineParagraph(line, 'none', context)),
  ];
  return wordDocument(guideline, `Versjon ${guideline.meta.version}`, body, context);
}

/** The media type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A Word document's bytes. */
export async function docxBytes(document: Document): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
