import type { SourceLine } from '../model/types.ts';

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

/** The blanks of the body's lines, in order: the municipality's and the others. */
export function findBlanks(lines: ReadonlyArray<SourceLine>): Blank[] {
  const out: Blank[] = [];
  for (const line of lines) {
    const found: Array<{ index: number; blank: Blank }> = [];
    const taken: Array<[number, number]> = [];
    for (const match of line.text.matchAll(MUNICIPALITY_BLANK)) {
      taken.push([match.index, match.index + match[0].length]);
      const blank = {
        text: `${match[0].trim()} kommune`,
        page: line.page,
        line: line.line,
        placeholder: 'kommune' as const,
      };
      found.push({ index: match.index, blank });
    }
    for (const match of line.text.matchAll(OTHER_BLANK)) {
      if (taken.some(([from, to]) => match.index >= from && match.index < to)) continue;
      found.push({
        index: match.index,
        blank: { text: match[0], page: line.page, line: line.line, placeholder: null },
      });
    }
    out.push(...found.sort((a, b) => a.index - b.index).map(({ blank }) => blank));
  }
  return out;
}

/** The text without the municipality's blanks: what the draft's reader sees of the source's words (the blank prints as dots). */
export const withoutBlanks = (text: string) => text.replace(MUNICIPALITY_BLANK, '');
