import { nob } from 'stopword';
import { visit } from 'unist-util-visit';
import type { FootnoteDefinition, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { clauseSegments, follows, NUMBERED_LINE } from '../model/numbering.ts';
import type { Debris, SourceLine } from './source-line.ts';
import { frontPages } from './front-pages.ts';
import { APPENDIX, FOOTNOTE_MARKS, footnoteMark } from './source-patterns.ts';
import { asDots, MUNICIPALITY_BLANK, withoutBlanks } from './placeholders.ts';
import { rebuildLines } from './rebuild.ts';
import { signatureBlock, type SignatureBlock } from './signature-block.ts';

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

// Glyphs PDF extractions put in front of list items: Word's Symbol-font bullets land in the private
// use area (U+F0B7, U+F0A7, …), the rest are ordinary bullet and dash characters.
const BULLET = /^(?:[•●▪■◦○➢►‣∙·\u{F0A7}\u{F0B7}\u{F0D8}\u{F076}\u{F0FC}*]|[-–](?=\s))\s*/u;
const ORDERED = /^(\d{1,2})[.)]\s+(?=\S)/;
const PAGE_NUMBER = /^(?:(?:side|page)\s+)?\d{1,3}(?:\s*(?:av|\/|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/i;
const URL_LINE = /^(?:https?:\/\/|mailto:|www\.)\S+$/;
const SENTENCE_END = /[.!?]["»”)]*$/;
// A line ending in one of these words cannot be a whole heading: the sentence goes on below.
const STOPWORDS = new Set([
  ...nob,
  'å',
  'for',
  'til',
  'mellom',
  'med',
  'om',
  'av',
  'i',
  'på',
  'og',
  'eller',
  'som',
  'ved',
  'frå',
  'eit',
  'ein',
]);
// `helse- og omsorg`: a hyphen at a line end before one of these words is a shared compound part, not a split word.
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'enn', 'som', 'til', 'og/eller', 'and', 'or']);
// A line that looks like a numbered heading: a clause number, then a capital (or an opening quote or bracket).
const numberedLine = (text: string) => {
  const match = NUMBERED_LINE.exec(text);
  return match && /^[\p{Lu}«"(]/u.test(match[2]!) ? match : null;
};

// A heading numbered `§ 3` or `Punkt 3`: numbered as clauses are, but the number is not one the parser reads.
const PREFIXED = /^(?:§|Punkt|PUNKT|Pkt\.)\s*(\d{1,2})\.?\s+(?=[\p{Lu}«"(])(.*)$/u;
// A lettered list's item: `a)`, `b)` or `a.`, `b.`; the letter stays, it is cited ("punkt 3 b)").
const LETTERED = /^([a-zæøå])([.)])\s+\S/;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);
const startsUpper = (text: string) => /^[«"(]?\p{Lu}/u.test(text);
const lastWord = (text: string) => (words(text).at(-1) ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');

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
    [...numbered].map(([i, number]) => [i, { number, top: number === null }]),
  );
  const lettered = letteredItems(lines, headings);
  if (appendix !== undefined) headings.set(appendix, { number: null, top: true });
  for (const i of unnumberedHeadings(lines, headings, footnotes.definitionLines, afterDebris))
    if (appendix === undefined || i < appendix) headings.set(i, { number: null, top: false });

  // The title block: the lines before the first heading and before the first line of body text.
  const first = Math.min(...headings.keys(), lines.length);
  let titleEnd = 0;
  while (
    titleEnd < first &&
    // A footnote's text is the footnote's, not the title's (it would be drafted twice).
    !footnotes.definitionLines.has(titleEnd) &&
    isTitleLine(lines[titleEnd]!, lines[titleEnd + 1]) &&
    !(titleEnd > 0 && lines[titleEnd]!.gap !== 'none' && startsSentences(lines, titleEnd))
  )
    titleEnd++;
  // Items set in from the text without a glyph (a PDF draws its bullets as shapes) are a list too.
  const indents = Map.groupBy(lines, (line) => line.indent);
  const bodyIndent = [...indents].reduce(
    (top, entry) => (entry[1].length > top[1].length ? entry : top),
    [0, [] as SourceLine[]],
  )[0];
  const titleLines = lines
    .slice(0, titleEnd)
    .map((line) => ({ ...line, text: asDots(line.text.replace(FOOTNOTE_MARKS, '$1')) }));

  const blocks: RootContent[] = [];
  // `as`: the helpers below change these, which the compiler's narrowing of a `null` start cannot see.
  let paragraph = null as string[] | null;
  let list = null as List | null;
  let item = null as string[] | null;
  let level = 0; // the level of the last numbered clause
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
    const rows = tableRows(lines, i, (j) => headings.has(j) || footnotes.definitionLines.has(j));
    if (rows > 1) {
      closeList();
      const cells = (j: number) =>
        lines[j]!.cells!.map((cell) => ({ type: 'tableCell' as const, children: phrasing(cell.text) }));
      blocks.push({
        type: 'table',
        align: [],
        children: Array.from({ length: rows }, (_, r) => ({ type: 'tableRow' as const, children: cells(i + r) })),
      });
      i += rows - 1;
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
    const setIn =
      !bullet &&
      !isLettered &&
      !orderedFits &&
      line.indent >= bodyIndent + 12 &&
      (list !== null || paragraph !== null || listFollows);
    if (setIn && item && list && !list.ordered && /^\p{Ll}/u.test(line.text) && join(item).length > 60) {
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
  const called = new Set<string>();
  visit(
    { type: 'root', children: blocks } as Root,
    'footnoteReference',
    (reference) => void called.add(reference.identifier),
  );
  for (const definition of footnotes.definitions) {
    if (called.has(definition.identifier)) blocks.push(definition);
    else
      blocks.push({
        type: 'paragraph',
        children: [{ type: 'text', value: `${definition.label} ` }, ...(definition.children[0] as Paragraph).children],
      });
  }
  // The source's words as the draft should have them: calls and definition numbers out, except where put back.
  const kept = lines.map((line, i) => {
    const label = footnotes.starts.get(i);
    const text = line.text.replace(FOOTNOTE_MARKS, (_, n: string) => (called.has(n) ? '' : n));
    return { ...line, text: label !== undefined && !called.has(label) ? `${label} ${text}` : text };
  });
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

/**
 * How many lines from `start` form a table: rows of as many cells (two or more), the body rows'
 * columns starting where the first body row's do (a header row is often centred). PDF only, where
 * positions are known; a cell that wraps onto a second line breaks the table. 0 or 1: no table.
 */
function tableRows(lines: ReadonlyArray<SourceLine>, start: number, taken: (index: number) => boolean): number {
  const width = lines[start]!.cells?.length ?? 0;
  const body = lines[start + 1]?.cells;
  if (width < 2 || taken(start) || !body || body.length !== width || taken(start + 1)) return 0;
  let end = start + 2;
  while (
    end < lines.length &&
    !taken(end) &&
    lines[end]!.cells?.length === width &&
    lines[end]!.cells!.every((cell, c) => Math.abs(cell.x - body[c]!.x) <= 6)
  )
    end++;
  return end - start;
}

/** Joins lines of one block: a word split by a hyphen at a line end is joined (`IKT-⏎løsninger`, in capitals too), `helse- og` keeps its space. */
export function join(parts: ReadonlyArray<string>): string {
  let out = '';
  for (const part of parts) {
    if (out === '') out = part;
    else if (
      /\p{L}-$/u.test(out) &&
      (/^\p{Ll}/u.test(part) || (/\p{Lu}-$/u.test(out) && /^\p{Lu}{2}/u.test(part))) &&
      !CONJUNCTIONS.has(
        words(part)[0]!
          .replace(/[^\p{L}/]/gu, '')
          .toLowerCase(),
      )
    )
      out += part;
    else out += ` ${part}`;
  }
  return out;
}

const INLINE = new RegExp(
  String.raw`${FOOTNOTE_MARKS.source}|(?:https?:\/\/|mailto:)[^\s<>»”"]*[^\s<>»”".,;:)!?]|${MUNICIPALITY_BLANK.source}`,
  'gu',
);

/**
 * Text with footnote marks, URLs and the municipality's blank → text, footnote references, links and
 * `:plassholder[kommune]` (a URL is a link, so it is written as one, not escaped).
 */
function phrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    if (match[1]) out.push({ type: 'footnoteReference', identifier: match[1], label: match[1] });
    else if (/^(?:https?:|mailto:)/.test(match[0]))
      out.push({ type: 'link', url: match[0], children: [{ type: 'text', value: match[0] }] });
    else
      out.push(
        { type: 'textDirective', name: 'plassholder', attributes: {}, children: [{ type: 'text', value: 'kommune' }] },
        { type: 'text', value: ' ' },
      );
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** A URL the line break split goes on at the start of the next line (`…i-helse-⏎og-omsorgssektoren`). */
function rejoinUrls(lines: ReadonlyArray<SourceLine>): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const url = previous && /(?:https?:\/\/|www\.)\S*[-/_.]$/.exec(previous.text);
    if (previous && url && /^[\w-][\w./?=&#%~-]*(?:\s|$)/.test(line.text) && !/^\p{Lu}/u.test(line.text)) {
      const [head = '', ...rest] = line.text.split(/\s+/);
      out[out.length - 1] = { ...previous, text: previous.text + head };
      if (rest.length > 0) out.push({ ...line, text: rest.join(' ') });
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Leaves out page numbers, running headers and footers, and link targets repeated at a page foot. */
function removeDebris(lines: ReadonlyArray<SourceLine>, debris: Debris[], afterDebris: Set<number>): SourceLine[] {
  const pages = new Set(lines.map((line) => line.page)).size;
  // Running headers and footers: the first or last line of a page, the same (digits aside) on at least half the pages.
  const edges = new Map<string, number>();
  const mask = (text: string) => text.replace(/\d+/g, '#');
  if (pages > 1) {
    const byPage = Map.groupBy(lines, (line) => line.page);
    for (const pageLines of byPage.values()) {
      const edge = new Set([...pageLines.slice(0, 2), ...pageLines.slice(-2)].map((line) => mask(line.text)));
      for (const text of edge) edges.set(text, (edges.get(text) ?? 0) + 1);
    }
  }
  const running = new Set([...edges].filter(([, count]) => count >= Math.max(2, pages / 2)).map(([text]) => text));
  // Page furniture stands around a page's text, never in place of it: where taking the repeated lines
  // out would leave more than half the pages with no text (every page the same short text), they are
  // the text, and stay (the report lists them as repeated lines for the editor to check). A blank
  // last page with only its header and number, in a text of two pages, is not enough.
  if (running.size > 0) {
    const furniture = (line: SourceLine) => PAGE_NUMBER.test(line.text) || running.has(mask(line.text));
    const emptied = [...Map.groupBy(lines, (line) => line.page).values()].filter((pageLines) =>
      pageLines.every(furniture),
    ).length;
    if (emptied > pages / 2) running.clear();
  }
  const text = lines.map((line) => line.text).join(' ');
  const out: SourceLine[] = [];
  let removed = false;
  for (const line of lines) {
    const kind = PAGE_NUMBER.test(line.text)
      ? 'page number'
      : running.has(mask(line.text))
        ? 'running header or footer'
        : URL_LINE.test(line.text) && text.split(line.text).length > 2
          ? 'link target repeated at a page foot'
          : null;
    if (kind) debris.push({ kind, text: line.text, page: line.page, line: line.line });
    // What stood between two lines (a page foot, a page break) at least separates them.
    else if (removed && line.gap === 'none') {
      afterDebris.add(out.length);
      out.push({ ...line, gap: 'soft' });
    } else out.push(line);
    removed = Boolean(kind);
  }
  return out;
}

/**
 * Footnotes: a number glued to a word (`Normen1`, `IKT-standarder2.`) calls a footnote when a later
 * line starts with that number (`1 Normen er …`) and the numbers run 1, 2, 3 in order. Calls become
 * marks in the line text, definition lines become footnote definitions.
 */
function findFootnotes(
  lines: SourceLine[],
  debris: Debris[],
): { definitions: FootnoteDefinition[]; definitionLines: Set<number>; starts: Map<number, string> } {
  const definitions: FootnoteDefinition[] = [];
  const definitionLines = new Set<number>();
  const starts = new Map<number, string>(); // the first line of each definition → its label
  const CALL = /(?<=\p{L}[»”")]?)(\d{1,2})(?=[\s.,;:)]|$)/gu;
  let wanted = 1;
  for (let i = 0; i < lines.length; i++) {
    // Calls stand in running text: a list item, or a line that is no heading (a heading's call would be lost to the parser).
    const { text: lineText } = lines[i]!;
    if (
      !BULLET.test(lineText) &&
      (numberedLine(lineText) !== null || (words(lineText).length <= 10 && !/[.,;:!?]$/.test(lineText)))
    )
      continue;
    const call = [...lineText.matchAll(CALL)].find((match) => Number(match[1]) === wanted);
    if (!call) continue;
    // The definition: a later line that starts with the number and runs on (a sentence, not a heading).
    const start = lines.findIndex(
      (line, j) => j > i && !definitionLines.has(j) && new RegExp(`^${wanted}\\s+\\p{L}.{40}`, 'u').test(line.text),
    );
    if (start < 0) continue;
    const line = lines[i]!;
    lines[i] = {
      ...line,
      text:
        line.text.slice(0, call.index) + footnoteMark(String(wanted)) + line.text.slice(call.index + call[0].length),
    };
    debris.push({
      kind: 'footnote number (now a footnote)',
      text: `${/\S*$/.exec(line.text.slice(0, call.index))![0]}${wanted}`,
      page: line.page,
      line: line.line,
    });
    // The number in front of the definition is debris too: the footnote gets its number from its call.
    lines[start] = { ...lines[start]!, text: lines[start]!.text.replace(/^\d+\s+/, '') };
    const text: string[] = [lines[start]!.text];
    definitionLines.add(start);
    starts.set(start, String(wanted));
    // It runs on over the lines that follow without a gap, up to the next footnote.
    for (
      let j = start + 1;
      j < lines.length && lines[j]!.gap === 'none' && !new RegExp(`^${wanted + 1}\\s+\\S`).test(lines[j]!.text);
      j++
    ) {
      text.push(lines[j]!.text);
      definitionLines.add(j);
    }
    debris.push({
      kind: 'footnote number (now a footnote)',
      text: `${wanted} ${text[0]!.slice(0, 20)}…`,
      page: lines[start]!.page,
      line: lines[start]!.line,
    });
    definitions.push({
      type: 'footnoteDefinition',
      identifier: String(wanted),
      label: String(wanted),
      children: [{ type: 'paragraph', children: phrasing(join(text)) }],
    });
    wanted++;
    i--; // the same line may call the next footnote too
  }
  return { definitions, definitionLines, starts };
}

/**
 * The numbered headings: of the lines that look like one (`4`, `4.1`, `2.1.`, then a capital), the
 * longest run whose numbers follow each other as clauses do. A numbered list in the text
 * (`1. elektroniske meldinger`) or a table's numbered rows cannot break into that run.
 */
function numberedHeadings(lines: ReadonlyArray<SourceLine>, skip: ReadonlySet<number>): Map<number, string | null> {
  const candidates: Array<{ index: number; number: number[]; written: string | null }> = [];
  lines.forEach((line, index) => {
    const plain = numberedLine(line.text);
    const match = plain ?? PREFIXED.exec(line.text);
    if (!match || skip.has(index)) return;
    const rest = match[2]!.trim();
    if (/[.,;]$/.test(rest) || rest.length > 160 || /\.{4,}\s*\d+$/.test(rest)) return;
    // `§ 3 Formål` is written as it stands, an unnumbered heading at the top level: the parser reads bare numbers only.
    candidates.push({ index, number: clauseSegments(match[1]!).map(Number), written: plain ? match[1]! : null });
  });
  const best: Array<{ length: number; from: number }> = [];
  candidates.forEach((candidate, i) => {
    let top = follows(null, candidate.number) ? { length: 1, from: -1 } : { length: 0, from: -1 };
    for (let j = 0; j < i; j++) {
      if (best[j]!.length > 0 && best[j]!.length + 1 > top.length && follows(candidates[j]!.number, candidate.number))
        top = { length: best[j]!.length + 1, from: j };
    }
    best.push(top);
  });
  let end = best.reduce((top, entry, i) => (entry.length > (best[top]?.length ?? 0) ? i : top), -1);
  const chosen = new Map<number, string | null>();
  while (end >= 0 && best[end]!.length > 0) {
    chosen.set(candidates[end]!.index, candidates[end]!.written);
    end = best[end]!.from;
  }
  return new Map([...chosen].reverse());
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

/** An attachment headed `Vedlegg: …` after the clauses: its own numbers (a checklist's rows) are not clauses. */
function appendixStart(lines: ReadonlyArray<SourceLine>, numbered: Map<number, unknown>): number | undefined {
  const firstClause = Math.min(...numbered.keys());
  const index = lines.findIndex(
    (line, i) => i > firstClause && APPENDIX.test(line.text) && words(line.text).length <= 12,
  );
  if (index < 0) return undefined;
  for (const i of [...numbered.keys()]) if (i > index) numbered.delete(i);
  return index;
}

/**
 * Unnumbered section headings: a short standalone line (`Felles ansvar`) after a finished sentence
 * or a heading, with a list or text under it, or a line set larger or bold (PDF, Word).
 */
function unnumberedHeadings(
  lines: ReadonlyArray<SourceLine>,
  headings: ReadonlyMap<number, unknown>,
  skip: ReadonlySet<number>,
  afterDebris: ReadonlySet<number>,
): number[] {
  const bodySize = 1;
  const out: number[] = [];
  const candidates: number[] = [];
  const firstClause = Math.min(...headings.keys());
  lines.forEach((line, i) => {
    if (i <= firstClause || headings.has(i) || skip.has(i)) return;
    const { text } = line;
    if (
      words(text).length > 10 ||
      text.length > 90 ||
      !startsUpper(text) ||
      /[.,;:!?]$/.test(text) ||
      STOPWORDS.has(lastWord(text))
    )
      return;
    if (BULLET.test(text) || ORDERED.test(text) || PAGE_NUMBER.test(text) || URL_LINE.test(text)) return;
    const previous = lines[i - 1];
    const next = lines[i + 1];
    // A heading with nothing under it is a line of text; one over a table row is the table's header.
    if (!next || headings.has(i + 1) || next.columns > 1 || line.columns > 1) return;
    const emphasised = line.size > bodySize * 1.1 || line.bold;
    // What ends before a heading: a sentence, a heading, a link on its own line, a table row (PDF).
    const afterSentence =
      !previous ||
      headings.has(i - 1) ||
      SENTENCE_END.test(previous.text) ||
      URL_LINE.test(previous.text) ||
      (previous.cells?.length ?? 0) > 1 ||
      out.at(-1) === i - 1;
    const apart = line.gap !== 'none' && !afterDebris.has(i);
    if (
      emphasised
        ? apart || headings.has(i - 1) || SENTENCE_END.test(previous?.text ?? '.')
        : apart && afterSentence && (next.gap !== 'none' || BULLET.test(next.text))
    )
      out.push(i);
    else candidates.push(i);
  });
  // A line that stands as a heading elsewhere in the text (`Kommunen sitt ansvar`) is one wherever it starts a section.
  const texts = new Set(out.map((i) => lines[i]!.text));
  return [...out, ...candidates.filter((i) => texts.has(lines[i]!.text))].sort((a, b) => a - b);
}

function continuesHeading(text: string, next: SourceLine | undefined, nextIsHeading: boolean): boolean {
  if (!next || nextIsHeading || next.gap === 'paragraph' || BULLET.test(next.text) || words(text).length > 20)
    return false;
  if (/[.:;]$/.test(text)) return false;
  const capitals = (value: string) => value === value.toUpperCase() && /\p{Lu}{2}/u.test(value);
  return (
    STOPWORDS.has(lastWord(text)) || /\p{L}-$/u.test(text) || (capitals(text) && capitals(words(next.text)[0] ?? ''))
  );
}

/** Whether the lines from `start` to the next gap make up running text: a sentence of more than 14 words. */
function startsSentences(lines: ReadonlyArray<SourceLine>, start: number): boolean {
  let end = start + 1;
  while (end < lines.length && lines[end]!.gap === 'none') end++;
  const text = join(lines.slice(start, end).map((line) => line.text));
  return words(text).length > 14 && SENTENCE_END.test(text);
}

/** A line of the title block: short, not a sentence, not a list item nor the line that announces one. */
function isTitleLine(line: SourceLine, next: SourceLine | undefined): boolean {
  const list = (candidate: SourceLine | undefined) =>
    candidate !== undefined && (BULLET.test(candidate.text) || ORDERED.test(candidate.text));
  if (list(line) || (/:$/.test(line.text) && list(next))) return false;
  return (
    line.text.length <= 90 &&
    !SENTENCE_END.test(line.text.replace(/\b(?:nr|St)\.$/, '')) &&
    words(line.text).length <= 14
  );
}

/** Lines (digits aside) that occur three times or more: possibly page headers in a text without pages. */
function repeatedLines(lines: ReadonlyArray<SourceLine>): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) if (words(line.text).length >= 2) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= 3).map(([text, count]) => `${text} (${count}×)`);
}
