import type { FootnoteDefinition, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Debris, SourceLine } from './source-line.ts';
import { footnoteMark } from './source-patterns.ts';
import { BULLET, numberedLine, tokens } from './line-patterns.ts';
import { join, phrasing } from './phrasing.ts';

// Footnotes in running text: a number glued to a word calls one, a later line numbered so defines it.

/** The footnotes found in a source's lines. */
export interface Footnotes {
  /** The definitions, in order, their text as mdast. */
  definitions: FootnoteDefinition[];
  /** The lines that make up the definitions: not body text. */
  definitionLines: Set<number>;
  /** The first line of each definition → its label. */
  starts: Map<number, string>;
}

/**
 * Footnotes: a number glued to a word (`Normen1`, `IKT-standarder2.`) calls a footnote when a later
 * line starts with that number (`1 Normen er …`) and the numbers run 1, 2, 3 in order. Calls become
 * marks in the line text, definition lines become footnote definitions.
 */
export function findFootnotes(lines: SourceLine[], debris: Debris[]): Footnotes {
  const definitions: FootnoteDefinition[] = [];
  const definitionLines = new Set<number>();
  const starts = new Map<number, string>(); // the first line of each definition → its label
  const CALL = /(?<=\p{L}[»”")]?)(\d{1,2})(?=[\s.,;:)]|$)/gu;
  let wanted = 1;
  for (let i = 0; i < lines.length; i++) {
    // Calls stand in running text: a list item, or a line that is no heading (a heading's call would be
    // lost to the parser). A short line that runs on into the next, set close under it in lower case, is text.
    const { text: lineText } = lines[i]!;
    const next = lines[i + 1];
    const runsOn = next !== undefined && next.gap === 'none' && /^\p{Ll}/u.test(next.text);
    if (
      !BULLET.test(lineText) &&
      (numberedLine(lineText) !== null || (tokens(lineText).length <= 10 && !/[.,;:!?]$/.test(lineText) && !runsOn))
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
 * Puts the footnotes after the blocks and returns the ids called in them: a footnote whose call
 * ended up in a heading or the title goes back into the text, number and all.
 */
export function placeFootnotes(blocks: RootContent[], definitions: ReadonlyArray<FootnoteDefinition>): Set<string> {
  const called = new Set<string>();
  visit(
    { type: 'root', children: blocks } as Root,
    'footnoteReference',
    (reference) => void called.add(reference.identifier),
  );
  for (const definition of definitions) {
    if (called.has(definition.identifier)) blocks.push(definition);
    else
      blocks.push({
        type: 'paragraph',
        children: [{ type: 'text', value: `${definition.label} ` }, ...(definition.children[0] as Paragraph).children],
      });
  }
  return called;
}
