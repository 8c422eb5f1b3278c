import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import { clauseSegments } from '../model/numbering.ts';
import type { Debris, SourceLine } from './source-line.ts';
import { findFootnotes, placeFootnotes } from './footnotes.ts';
import { frontPages } from './front-pages.ts';
import { appendixStart, continuesHeading, numberedHeadings, unnumberedHeadings } from './heading-lines.ts';
import { BULLET, LETTERED, numberedLine, ORDERED, SENTENCE_END, startsUpper } from './line-patterns.ts';
import { rejoinUrls, removeDebris, repeatedLines } from './page-debris.ts';
import { join, phrasing } from './phrasing.ts';
import { asDots, withoutBlanks } from './placeholders.ts';
import { rebuildLines } from './rebuild.ts';
import { signatureBlock, type SignatureBlock } from './signature-block.ts';
import { FOOTNOTE_MARKS } from './source-patterns.ts';
import { titleBlockEnd } from './title-block.ts';

// A source's lines → the blocks of a guideline's Markdown; the parts (debris, footnotes, headings,
// the title block) are found by the modules imported above, the blocks are built here.

/** What the lines of a source became: the body's blocks, what was left out, and the title block. */
export interface Structure {
  /** The title lines found before the first clause (its first lines, up to the body text). */
  titleLines: SourceLine[];
  /** The body as mdast blocks: headings, paragraphs, lists; footnote definitions last. */
  blocks: RootContent[];
  /** Page debris left out of the body (page numbers, running headers, link targets repeated at a page foot). */
  debris: Debris[];
  /** The lines kept, with footnote calls taken out: the source text the draft's words are checked against. */
  kept: SourceLine[];
  /** Lines that occur three or more times: page headers a text file cannot show as such, for the editor to check. */
  repeated: string[];
  /** The cover's lines (left out of the body), for what the front matter may read from them. */
  cover: SourceLine[];
  /** The signature block at the end, left out of the body, or null. */
  signature: SignatureBlock | null;
  /** How many numbered headings were found in running text and put on lines of their own. */
  rebuilt: number;
}

/** Turns the lines of a source into the blocks of a guideline's Markdown: numbered and unnumbered clauses, lists, footnotes. */
export function structure(input: ReadonlyArray<SourceLine>): Structure {
  const debris: Debris[] = [];
  const afterDebris = new Set<number>(); // lines whose gap before is only the debris left out
  const rebuilt = rebuildLines(input);
  const cleaned = removeDebris(rejoinUrls(rebuilt.lines), debris, afterDebris);
  // The cover, the contents list and the signature block are left out of the body, as debris.
  const front = frontPages(cleaned, debris, (text) => numberedLine(text) !== null);
  const signature = signatureBlock(cleaned, debris);
  const lines: SourceLine[] = [];
  const shifted = new Set<number>();
  cleaned.forEach((line, i) => {
    if (front.left.has(i) || signature?.lines.has(i)) return;
    if (afterDebris.has(i)) shifted.add(lines.length);
    lines.push(lines.length === 0 ? { ...line, gap: 'none' } : line);
  });
  afterDebris.clear();
  for (const i of shifted) afterDebris.add(i);
  const footnotes = findFootnotes(lines, debris);
  const numbered = numberedHeadings(lines, footnotes.definitionLines);
  const appendix = appendixStart(lines, numbered);
  const headings = new Map<number, { number: string | null; top: boolean }>(
    [...numbered].map(([i, number]) => [i, { number, top: false }]),
  );
  const lettered = letteredItems(lines, headings);
  if (appendix !== undefined) headings.set(appendix, { number: null, top: true });
  for (const i of unnumberedHeadings(lines, headings, footnotes.definitionLines, afterDebris))
    if (appendix === undefined || i < appendix) headings.set(i, { number: null, top: false });

  // The title block: the lines before the first heading and before the first line of body text.
  const titleEnd = titleBlockEnd(lines, Math.min(...headings.keys(), lines.length), footnotes.definitionLines);
  // Items set in from the text without a glyph (a PDF draws its bullets as shapes) are a list too.
  // The text's edge: the least indent a fair share of the lines start at (a fifth, three at least), so that
  // a text of many set-in items still has its edge where its paragraphs and headings start.
  const indents = Map.groupBy(lines, (line) => line.indent);
  const share = Math.max(3, lines.length / 5);
  const bodyIndent = Math.min(
    ...[...indents].filter(([, at]) => at.length >= share).map(([indent]) => indent),
    [...indents].reduce((top, entry) => (entry[1].length > top[1].length ? entry : top), [0, [] as SourceLine[]])[0],
  );
  // Where a full line of body type ends: the right margin (PDF), and how many characters the longest holds.
  const bodyType = lines.filter((line) => Math.abs(line.size - 1) < 0.05);
  const margin = {
    right: Math.max(0, ...bodyType.map((line) => line.right ?? 0)),
    characters: Math.max(0, ...bodyType.map((line) => line.text.length)),
  };
  const titleLines = lines
    .slice(0, titleEnd)
    .map((line) => ({ ...line, text: asDots(line.text.replace(FOOTNOTE_MARKS, '$1')) }));

  const blocks: RootContent[] = [];
  const repeatedHeaders = new Set<number>(); // a table's header row repeated on a new page: furniture
  // `as`: the helpers below change these, which the compiler's narrowing of a `null` start cannot see.
  let paragraph = null as string[] | null;
  let list = null as List | null;
  let item = null as string[] | null;
  let level = 0; // the level of the last numbered clause
  let firstLineIndents = false; // whether the clause sets its paragraphs apart by a first-line indent
  let listStart = -1; // the line of the open list's first item
  const flush = () => {
    if (paragraph) blocks.push({ type: 'paragraph', children: phrasing(join(paragraph)) } satisfies Paragraph);
    if (item && list)
      list.children.push({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: phrasing(join(item)) }],
      } satisfies ListItem);
    paragraph = item = null;
  };
  const closeList = () => {
    flush();
    if (list) blocks.push(list);
    list = null;
  };

  for (let i = titleEnd; i < lines.length; i++) {
    if (footnotes.definitionLines.has(i)) continue;
    const line = lines[i]!;
    const heading = headings.get(i);
    if (heading) {
      closeList();
      firstLineIndents = false;
      let text = line.text;
      // A heading the line break split: it goes on when it ends mid-phrase or, in capitals, on a line in capitals.
      while (continuesHeading(text, lines[i + 1], headings.has(i + 1) || footnotes.definitionLines.has(i + 1)))
        text = join([text, lines[++i]!.text]);
      const depth = heading.number ? clauseSegments(heading.number).length : heading.top ? 1 : Math.min(level + 1, 5);
      if (heading.number) level = depth;
      if (heading.top) level = 0;
      // The parser counts footnote calls in clause bodies only: in a heading the number stays text.
      blocks.push({
        type: 'heading',
        depth: (depth + 1) as Heading['depth'],
        children: phrasing(text.replace(FOOTNOTE_MARKS, '$1')),
      });
      continue;
    }
    const table = tableAt(lines, i, (j) => headings.has(j) || footnotes.definitionLines.has(j));
    if (table) {
      closeList();
      blocks.push({
        type: 'table',
        align: [],
        children: table.rows.map((cells) => ({
          type: 'tableRow' as const,
          children: cells.map((text) => ({ type: 'tableCell' as const, children: phrasing(text) })),
        })),
      });
      for (const r of table.repeated) {
        repeatedHeaders.add(r);
        debris.push({
          kind: 'table header repeated on a new page',
          text: lines[r]!.text,
          page: lines[r]!.page,
          line: lines[r]!.line,
        });
      }
      i = table.end - 1;
      continue;
    }
    const isLettered = lettered.has(i);
    const isLetteredList = list !== null && lettered.has(listStart);
    const bullet = isLettered ? null : BULLET.exec(line.text);
    const ordered = bullet || isLettered ? null : ORDERED.exec(line.text);
    // A numbered list starts at 1 after a line that announces it (`…teknologier:`) and counts on from there.
    const orderedFits =
      ordered !== null &&
      (list?.ordered
        ? Number(ordered[1]) === (list.start ?? 1) + list.children.length + (item ? 1 : 0)
        : Number(ordered[1]) === 1 && /:\s*$/.test(paragraph?.at(-1) ?? item?.at(-1) ?? ''));
    // The first item of a list set in right under a heading has no text before it: the item after it, set in as far, tells.
    const next = lines[i + 1];
    const listFollows =
      next !== undefined &&
      !headings.has(i + 1) &&
      Math.abs(next.indent - line.indent) <= 2 &&
      next.gap !== 'paragraph';
    // A paragraph's first line set in, the lines it wraps onto back at the text's edge (a first-line
    // indent, with no space between paragraphs), starts a paragraph, not a list item; so does, in a
    // clause set that way, a line set in after a sentence's end.
    const indentedFirst =
      !bullet &&
      !isLettered &&
      !orderedFits &&
      line.indent >= bodyIndent + 8 &&
      ((next !== undefined &&
        next.gap === 'none' &&
        !headings.has(i + 1) &&
        !SENTENCE_END.test(line.text) &&
        Math.abs(next.indent - bodyIndent) <= 2) ||
        (firstLineIndents && line.gap === 'none' && SENTENCE_END.test(paragraph?.at(-1) ?? '')));
    if (indentedFirst) {
      firstLineIndents = true;
      closeList();
      paragraph = [line.text];
      continue;
    }
    const setIn =
      !bullet &&
      !isLettered &&
      !orderedFits &&
      line.indent >= bodyIndent + 12 &&
      (list !== null || paragraph !== null || listFollows);
    if (
      setIn &&
      item &&
      list &&
      !list.ordered &&
      /^\p{Ll}/u.test(line.text) &&
      join(item).length > 60 &&
      !endsShort(lines[i - 1]!, line.text, margin)
    ) {
      item.push(line.text); // a long item wraps onto the next line
      continue;
    }
    if (bullet || orderedFits || setIn || isLettered) {
      const wantOrdered = orderedFits;
      if (list && list.ordered !== wantOrdered) closeList();
      flush();
      if (!list) {
        list = { type: 'list', ordered: wantOrdered, start: wantOrdered ? 1 : null, spread: false, children: [] };
        listStart = i;
      }
      const text = setIn || isLettered ? line.text : line.text.slice((bullet ?? ordered)![0].length);
      item = text ? [text] : [];
      continue;
    }
    if (item) {
      const previous = item.at(-1) ?? '';
      // A lettered list's item ends at a gap before a capital: its items are clauses' points, not wrapped lines.
      const apart = line.gap === 'paragraph' || (line.gap === 'soft' && isLetteredList && startsUpper(line.text));
      if (!apart && (item.length === 0 || !SENTENCE_END.test(previous) || !startsUpper(line.text))) {
        item.push(line.text);
        continue;
      }
      closeList();
    }
    if (list) closeList();
    const previous = paragraph?.at(-1);
    if (
      paragraph &&
      previous !== undefined &&
      line.gap !== 'paragraph' &&
      !(line.gap === 'soft' && /[.!?:]["»”)]*$/.test(previous))
    ) {
      paragraph.push(line.text);
    } else {
      flush();
      paragraph = [line.text];
    }
  }
  closeList();
  // A footnote whose call ended up in a heading or the title goes back into the text, number and all.
  const called = placeFootnotes(blocks, footnotes.definitions);
  // The source's words as the draft should have them: calls and definition numbers out, except where put back.
  const kept = lines
    .map((line, i) => {
      const label = footnotes.starts.get(i);
      const text = line.text.replace(FOOTNOTE_MARKS, (_, n: string) => (called.has(n) ? '' : n));
      return { ...line, text: label !== undefined && !called.has(label) ? `${label} ${text}` : text };
    })
    .filter((_, i) => !repeatedHeaders.has(i));
  // The municipality's blanks are no words of the text (over a line break too): they print as dots.
  withoutBlanks(kept.map((line) => line.text).join('\n'))
    .split('\n')
    .forEach((text, k) => (kept[k] = { ...kept[k]!, text }));

  return {
    titleLines,
    blocks,
    debris,
    kept,
    repeated: repeatedLines(lines),
    cover: front.cover,
    signature,
    rebuilt: rebuilt.rebuilt,
  };
}

/** A table read from a source's lines: its rows' cells, where it ends, and header rows repeated on a new page. */
interface TableLines {
  /** Each row's cells' text, one a column (an empty cell is ''). */
  rows: string[][];
  /** The index of the first line after the table. */
  end: number;
  /** Lines that repeat the header row at the top of a page the table runs on to. */
  repeated: number[];
}

/**
 * The table that starts at `start`, or null: rows of two cells or more, each cell under one of the
 * table's columns (where the first body row's cells start; a header row is often centred), a column
 * a row leaves empty kept as an empty cell. A table runs on over a page break, and a header row it
 * repeats at the top of the new page is page furniture, as a running header is. A cell that wraps
 * onto further lines is one cell. PDF only, where positions are known.
 */
function tableAt(
  lines: ReadonlyArray<SourceLine>,
  start: number,
  taken: (index: number) => boolean,
): TableLines | null {
  const head = lines[start]!.cells;
  const first = lines[start + 1]?.cells;
  if (!head || head.length < 2 || taken(start) || !first || first.length < 2 || taken(start + 1)) return null;
  const columns = (first.length === head.length ? first : head).map((cell) => cell.x);
  const row = (index: number): string[] | null => {
    const cells = lines[index]!.cells;
    if (!cells || cells.length < 2 || taken(index)) return null;
    const out = columns.map(() => '');
    let column = 0;
    for (const cell of cells) {
      while (column < columns.length && Math.abs(cell.x - columns[column]!) > 6) column++;
      if (column === columns.length) return null;
      out[column++] = cell.text;
    }
    return out;
  };
  // A cell that wraps: a line straight under a row (no more space between them than between a
  // paragraph's lines, on the same page), each of its cells under one of the table's columns. Its words
  // go on in those cells of the row above. A new row stands apart from the one above (its cells'
  // padding and border), as the first row stands apart from the header; in a table whose rows do not
  // (no padding), a line that fills every column is a new row.
  const padded = lines[start + 1]!.gap !== 'none';
  const wrapped = (index: number): string[] | null => {
    const line = lines[index]!;
    if (line.gap !== 'none' || line.page !== lines[index - 1]!.page || taken(index)) return null;
    const cells = line.cells;
    if (!cells || cells.length === 0 || cells.length > columns.length || (!padded && cells.length === columns.length))
      return null;
    const out = columns.map(() => '');
    const above = rows.at(-1)!;
    for (const cell of cells) {
      const column = columns.findIndex((x) => Math.abs(cell.x - x) <= 6);
      if (column < 0 || out[column] !== '') return null;
      // In a table whose rows do not stand apart, a line that puts words under a column the row above
      // left empty is a row of its own (a responsibility matrix's rows, each marking another column).
      if (!padded && above[column] === '') return null;
      out[column] = cell.text;
    }
    return out;
  };
  const header = head.map((cell) => cell.text);
  if (head.length !== columns.length || row(start + 1) === null) return null;
  const rows = [header];
  const repeated: number[] = [];
  let end = start + 1;
  for (; end < lines.length; end++) {
    const more = end > start + 1 ? wrapped(end) : null;
    if (more) {
      const above = rows.at(-1)!;
      more.forEach((text, column) => {
        if (text !== '') above[column] = above[column] === '' ? text : join([above[column]!, text]);
      });
      continue;
    }
    const cells = row(end);
    if (!cells) break;
    const newPage = lines[end]!.page !== lines[end - 1]!.page;
    if (newPage && cells.join('\t') === header.join('\t')) repeated.push(end);
    else rows.push(cells);
  }
  return { rows, end, repeated };
}

/** The items of lettered lists: runs of lines marked `a)`, `b)`, `c)` (or `a.`, `b.`), two at least, the letters in order. */
function letteredItems(lines: ReadonlyArray<SourceLine>, headings: ReadonlyMap<number, unknown>): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const first = LETTERED.exec(lines[i]!.text);
    if (!first || first[1] !== 'a' || out.has(i)) continue;
    const run = [i];
    for (let j = i + 1; j < lines.length && j <= run.at(-1)! + 6 && !headings.has(j); j++) {
      const next = LETTERED.exec(lines[j]!.text);
      const wanted = String.fromCharCode(run.length + 'a'.charCodeAt(0));
      if (next && next[1] === wanted && next[2] === first[2]) run.push(j);
    }
    if (run.length >= 2) for (const k of run) out.add(k);
  }
  return out;
}

/**
 * Whether a set-in line stopped short of the margin: the next line's first word would have fitted on it,
 * so the next line is an item of its own (items set in without a glyph, each starting in lower case), not
 * the same item wrapped. Where the reader knows where lines end (PDF), the word's width is the previous
 * line's width per character, and a line that stops short was broken where its item ended, whatever it
 * ends with. Otherwise a line counts as full at 90 % of the longest line's characters (a proportional
 * font's lines differ in characters), too rough to tell alone: the line must also end an item's clause
 * (`… de kan motta,`).
 */
function endsShort(previous: SourceLine, next: string, margin: { right: number; characters: number }): boolean {
  const word = next.split(/\s/, 1)[0]!;
  if (previous.right !== undefined && margin.right > 0) {
    const perCharacter = (previous.right - previous.indent) / previous.text.length;
    return previous.right + perCharacter * (word.length + 1) <= margin.right;
  }
  if (!/[,;.]$/.test(previous.text)) return false;
  return previous.text.length + 1 + word.length <= 0.9 * margin.characters;
}
