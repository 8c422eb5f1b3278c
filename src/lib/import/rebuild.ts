import type { SourceLine } from './source-line.ts';
import { clauseSegments, follows } from '../model/numbering.ts';

// A line this long is a page or a document an extraction wrote on one line.
const LONG = 400;
// A clause number in running text, then a capitalised word: where a heading may start.
const INLINE_NUMBER = /(?<=^|[.!?:;»”")]\s+|\s)(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\p{Lu})/gu;
// Words a heading is made of: capitalised first, then small words and lower-case words, up to the next capital.
const HEADING_WORDS = 10;

/**
 * A one-line extraction (a whole page or document on one line): the numbered headings in its
 * running text, found where their numbers follow each other as clauses do, are put on lines of
 * their own, each heading's words (up to the next capitalised word) on its line and the text after
 * it on the next. Returns the lines and how many headings were put on lines of their own.
 */
export function rebuildLines(lines: ReadonlyArray<SourceLine>): { lines: SourceLine[]; rebuilt: number } {
  if (!lines.some((line) => line.text.length > LONG)) return { lines: [...lines], rebuilt: 0 };
  const out: SourceLine[] = [];
  let previous: number[] | null = null;
  let rebuilt = 0;
  for (const line of lines) {
    if (line.text.length <= LONG) {
      out.push(line);
      continue;
    }
    const cuts: number[] = [];
    for (const match of line.text.matchAll(INLINE_NUMBER)) {
      const number = clauseSegments(match[1]!).map(Number);
      if (!follows(previous, number)) continue;
      previous = number;
      rebuilt++;
      cuts.push(match.index);
      // The heading's words: up to the next word that starts with a capital (the first sentence of its text).
      const rest = line.text.slice(match.index + match[0].length);
      const words = rest.split(' ');
      let end = 1;
      while (end < Math.min(words.length, HEADING_WORDS) && !/^[\p{Lu}«"(]/u.test(words[end]!)) end++;
      if (end < words.length) cuts.push(match.index + match[0].length + words.slice(0, end).join(' ').length + 1);
    }
    const pieces = [0, ...cuts, line.text.length]
      .map((at, k, all) => line.text.slice(at, all[k + 1]).trim())
      .slice(0, -1)
      .filter(Boolean);
    pieces.forEach((text, k) =>
      out.push({ ...line, text, gap: k === 0 ? line.gap : 'paragraph', columns: 1, cells: null }),
    );
  }
  return { lines: out, rebuilt };
}
