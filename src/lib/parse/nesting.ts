import { GuidelineError } from '../model/errors.ts';

/** How deep block quotes and lists may nest. A guideline's lists rarely go past four levels. */
export const MAX_NESTING = 24;

// A line's container markers: `>` of a block quote, `-`, `*`, `+` or `1.` `1)` of a list item, and
// `[^label]:` of a footnote definition, which holds blocks as a list item does.
const MARKER = /(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[\^[^\]\s]{1,999}\]:)/y;

/**
 * Stops with `file:line` where block quotes and lists nest deeper than MAX_NESTING, before the file
 * is parsed: the Markdown parser's time grows with the cube of the depth (141 s for lists 1,500
 * deep) and 2,000 nested `>` overflow the stack of the code that walks the tree. The depth of a
 * line is estimated from its start: each marker is a level, and so are each two columns of
 * indentation (the least a nested list item needs).
 */
export function checkNesting(text: string, file: string): void {
  let line = 0;
  for (const row of text.split('\n')) {
    line++;
    let depth = 0;
    let columns = 0;
    for (let index = 0; index < row.length;) {
      const character = row[index]!;
      if (character === ' ' || character === '\t') {
        columns += character === '\t' ? 4 : 1;
        index++;
        continue;
      }
      MARKER.lastIndex = index;
      const marker = MARKER.exec(row);
      if (!marker) break;
      depth++;
      index += marker[0].length;
    }
    depth += Math.floor(columns / 2);
    if (depth > MAX_NESTING) {
      throw new GuidelineError(
        file,
        line,
        `block quotes and lists are nested about ${depth} levels deep here, more than the ${MAX_NESTING} allowed`,
        {
          hint: `remove the extra \`>\`, list markers, footnote labels or indentation (a guideline's lists rarely need more than four levels)`,
        },
      );
    }
  }
}
