import type { SourceLine } from './source-line.ts';
import { PLACEHOLDER_DOTS } from '../render/placeholder.ts';

/**
 * The blank for the signing municipality's name in front of `kommune`: `XX kommune`, `xxxxx kommune`,
 * `NN kommune`, `…………… kommune`, `.............. kommune`. It becomes `:plassholder[kommune]`, the
 * blank the print page fills in; the word `kommune` stays.
 */
export const MUNICIPALITY_BLANK = /(?<![\p{L}\p{N}])(?:[Xx]{2,}|NN|[.…_]{3,})[ \t]*(?=(?:kommune|Kommune|KOMMUNE)\b)/gu;

// Other blanks: `NN` on its own, a row of dots or ellipses that no `kommune` follows.
const OTHER_BLANK = /(?<![\p{L}\p{N}])NN(?![\p{L}\p{N}])|…{3,}|(?<!\.)\.{5,}(?!\.)|_{5,}/gu;

/** A blank the import found: what it was, where, and what the draft made of it. */
export interface Blank {
  text: string;
  page: number;
  line: number;
  /** `kommune`: written as `:plassholder[kommune]`; null: left as text for the editor. */
  placeholder: 'kommune' | null;
}

// The municipality's blank with a line break before `kommune` allowed: how a source's lines hold it.
const ACROSS_LINES = new RegExp(MUNICIPALITY_BLANK.source.replace('[ \\t]*', '\\s*'), 'gu');

/** The blanks of the body's lines, in order: the municipality's (perhaps over a line break) and the others. */
export function findBlanks(lines: ReadonlyArray<SourceLine>): Blank[] {
  const text = lines.map((line) => line.text).join('\n');
  const starts: number[] = [];
  lines.reduce((offset, line) => (starts.push(offset), offset + line.text.length + 1), 0);
  const at = (offset: number) => lines[starts.findLastIndex((start) => start <= offset)]!;
  const found: Array<{ index: number; blank: Blank }> = [];
  const taken: Array<[number, number]> = [];
  for (const match of text.matchAll(ACROSS_LINES)) {
    taken.push([match.index, match.index + match[0].length]);
    const { page, line } = at(match.index);
    found.push({
      index: match.index,
      blank: { text: `${match[0].trim()} kommune`, page, line, placeholder: 'kommune' },
    });
  }
  for (const match of text.matchAll(OTHER_BLANK)) {
    if (taken.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const { page, line } = at(match.index);
    found.push({ index: match.index, blank: { text: match[0], page, line, placeholder: null } });
  }
  return found.sort((a, b) => a.index - b.index).map(({ blank }) => blank);
}

/**
 * The text without the municipality's blanks (line breaks kept): the source's words as the draft's
 * reader sees them, since the blank prints as dots.
 */
export const withoutBlanks = (text: string) => text.replace(ACROSS_LINES, (blank) => blank.replace(/[^\n]/g, ''));

/** The text with the municipality's blank written as the dots the print page fills in (for the title, which is front matter). */
export const asDots = (text: string) => text.replace(MUNICIPALITY_BLANK, `${PLACEHOLDER_DOTS} `);
