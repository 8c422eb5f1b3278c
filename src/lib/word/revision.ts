import { Paragraph, type Document, type FileChild, type ICommentOptions } from 'docx';
import type { DiffPart } from '../compare/diff.ts';
import type { Clause } from '../model/types.ts';
import { describeChange, type VersionRow } from '../versions/changes.ts';
import { paragraphMark, runs, WordContext, type FootnoteLookup, type Mark, type RevisionAuthor } from './blocks.ts';
import {
  clauseBlocks,
  endLines,
  footnoteLookup,
  headingStyle,
  lineParagraph,
  titleLines,
  withComment,
  wordDocument,
  type Line,
  type WordGuideline,
} from './document.ts';

/** Who a revision's changes are by: the body that approved the later version, or the site's name. */
export function revisionAuthor({ meta }: WordGuideline, earlier: WordGuideline): RevisionAuthor {
  // The later version's own date; a draft often has none, and then the last date the texts give (the
  // earlier version's) stands for it. Never the build's clock: with no date at all, changes have none.
  const date =
    meta.approved?.date ??
    meta.lastUpdated ??
    meta.adjusted.at(-1)?.date ??
    earlier.meta.approved?.date ??
    earlier.meta.lastUpdated ??
    null;
  return { author: meta.approved?.by ?? 'IKT-retningslinjer', date };
}

// How the change model writes a clause for its word diff (versions/changes.ts): number, heading and
// notes on the first line, then its plain text.
const diffHeading = (clause: Clause) => [clause.number, clause.heading, ...clause.notes].filter(Boolean).join(' ');

/** A diff's parts cut into lines: the paragraphs of the change model's plain text, each a list of parts. */
function lines(parts: ReadonlyArray<DiffPart>): DiffPart[][] {
  const result: DiffPart[][] = [[]];
  for (const part of parts) {
    part.text.split('\n').forEach((text, index) => {
      if (index > 0) result.push([]);
      if (text !== '') result.at(-1)!.push({ type: part.type, text });
    });
  }
  return result.filter((line) => line.some((part) => part.text.trim() !== ''));
}

const MARKS: Record<DiffPart['type'], Mark> = { equal: 'none', insert: 'ins', delete: 'del' };

/**
 * A row the change model diffed word by word (reworded, renumbered, split, merged) as tracked
 * paragraphs: every deleted word a deletion, every added word an insertion, a line that only one
 * side has inserted or deleted whole. Heading lines keep their heading style.
 */
function diffBlocks(row: VersionRow, context: WordContext, notes: FootnoteLookup, comment: number | null): FileChild[] {
  const headings = new Map<string, Clause>();
  for (const clause of row.older) headings.set(`del\u0000${diffHeading(clause)}`, clause);
  for (const clause of row.newer) headings.set(`ins\u0000${diffHeading(clause)}`, clause);
  const side = (line: DiffPart[], skip: DiffPart['type']) =>
    line
      .filter((part) => part.type !== skip)
      .map((part) => part.text)
      .join('')
      .trim();
  const paragraphs = lines(row.diff!.parts).map((line, index) => {
    const heading =
      headings.get(`ins\u0000${side(line, 'delete')}`) ?? headings.get(`del\u0000${side(line, 'insert')}`) ?? null;
    const changed = line.filter((part) => part.text.trim() !== '');
    const whole = changed.every((part) => part.type === changed[0]!.type) ? MARKS[changed[0]!.type] : 'none';
    const children = line.flatMap((part) => runs([{ text: part.text }], MARKS[part.type], context, notes));
    return new Paragraph({
      ...(heading ? { heading: headingStyle(heading.level) } : {}),
      ...(!heading && /^\s*(?:-|\d+\.)\s/.test(side(line, 'delete')) ? { indent: { left: 360 } } : {}),
      children: index === 0 ? withComment(children, comment) : children,
      ...paragraphMark(whole, context),
    });
  });
  return paragraphs;
}

/** The title block or closing page of the later version, with the lines the earlier one had otherwise tracked. */
function trackedLines(earlier: Line[], later: Line[], context: WordContext): Paragraph[] {
  const roles = [...new Set([...later, ...earlier].map((line) => line.role))];
  const order = [...earlier, ...later].map((line) => line.role);
  roles.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return roles.flatMap((role) => {
    const [before, after] = [earlier.find((line) => line.role === role), later.find((line) => line.role === role)];
    if (before && after && before.text === after.text) return [lineParagraph(after, 'none', context)];
    return [
      ...(before ? [lineParagraph(before, 'del', context)] : []),
      ...(after ? [lineParagraph(after, 'ins', context)] : []),
    ];
  });
}

/**
 * The later version of a guideline as a Word document with every difference from the earlier one a
 * tracked change, from the change model's rows (versions/changes.ts), so that accepting every change
 * gives the later text and rejecting every change the earlier one. A moved clause is deleted where it
 * stood and inserted where it stands, a split or merge is diffed as the change page shows it, and
 * each carries a comment naming the change as the change page does.
 */
export function revisionDocument(
  earlier: WordGuideline,
  later: WordGuideline,
  rows: ReadonlyArray<VersionRow>,
): Document {
  const author = revisionAuthor(later, earlier);
  const context = new WordContext(author);
  const notes = new Map([...footnoteLookup(earlier.clauses), ...footnoteLookup(later.clauses)]);
  const comments: ICommentOptions[] = [];
  const versions = { older: earlier.clauses, newer: later.clauses };
  const comment = (row: VersionRow) => {
    const id = context.nextId();
    comments.push({
      id,
      author: author.author,
      ...(author.date === null ? {} : { date: new Date(`${author.date}T00:00:00Z`) }),
      children: [new Paragraph(describeChange(row, versions))],
    });
    return id;
  };

  // Each slot holds the earlier clauses it shows, so that a clause displaced from its place (moved
  // or removed) can be shown deleted right after the clause that preceded it in the earlier version.
  type Slot = { older: Clause[]; children: FileChild[] };
  const slots: Slot[] = [];
  const displaced: Array<{ clause: Clause; row: VersionRow }> = [];
  for (const row of rows) {
    const moved = row.kinds.includes('flyttet');
    if (row.kinds.includes('fjernet')) {
      displaced.push({ clause: row.older[0]!, row });
    } else if (moved) {
      const id = comment(row);
      displaced.push({ clause: row.older[0]!, row });
      slots.push({ older: [], children: clauseBlocks(row.newer[0]!, 'ins', context, notes, id) });
    } else if (row.kinds.includes('ny')) {
      slots.push({ older: [], children: clauseBlocks(row.newer[0]!, 'ins', context, notes) });
    } else if (row.diff === null) {
      slots.push({ older: row.older, children: clauseBlocks(row.newer[0]!, 'none', context, notes) });
    } else {
      const named = row.kinds.includes('delt') || row.kinds.includes('sammenslått');
      slots.push({ older: row.older, children: diffBlocks(row, context, notes, named ? comment(row) : null) });
    }
  }
  const order = new Map(earlier.clauses.map((clause, index) => [clause, index]));
  displaced.sort((a, b) => order.get(a.clause)! - order.get(b.clause)!);
  for (const { clause, row } of displaced) {
    const previous = earlier.clauses[order.get(clause)! - 1];
    const at = previous === undefined ? 0 : slots.findIndex((slot) => slot.older.includes(previous)) + 1;
    const id = row.kinds.includes('flyttet') ? comment(row) : null;
    slots.splice(at, 0, { older: [clause], children: clauseBlocks(clause, 'del', context, notes, id) });
  }

  const body: FileChild[] = [
    ...trackedLines(titleLines(earlier), titleLines(later), context),
    ...slots.flatMap((slot) => slot.children),
    new Paragraph({ pageBreakBefore: true }),
    ...trackedLines(endLines(earlier), endLines(later), context),
  ];
  const subject = `Endringer fra versjon ${earlier.meta.version} til versjon ${later.meta.version}`;
  return wordDocument(later, subject, body, context, comments);
}
