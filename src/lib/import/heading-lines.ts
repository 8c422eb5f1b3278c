import { clauseSegments, follows } from '../model/numbering.ts';
import type { SourceLine } from './source-line.ts';
import { APPENDIX } from './source-patterns.ts';
import {
  BULLET,
  lastWord,
  numberedLine,
  ORDERED,
  PAGE_NUMBER,
  SENTENCE_END,
  startsUpper,
  STOPWORDS,
  tokens,
  URL_LINE,
} from './line-patterns.ts';

// Which lines are headings: the numbered run of clauses, an attachment's heading, unnumbered section
// headings, and a heading the line break split.

/**
 * The numbered headings: of the lines that look like one (`4`, `4.1`, `2.1.`, `Punkt 2`, `§ 3`, then
 * a capital), the longest run whose numbers follow each other as clauses do; each with its number. A
 * numbered list in the text (`1. elektroniske meldinger`) or a table's numbered rows cannot break into
 * that run. A labelled heading is written as it stands (`## Punkt 2 Grunnlag`): the parser reads the
 * label's number as the clause number (model/numbering.ts), so `2.1` under it builds.
 */
export function numberedHeadings(lines: ReadonlyArray<SourceLine>, skip: ReadonlySet<number>): Map<number, string> {
  const candidates: Array<{ index: number; number: number[]; written: string }> = [];
  lines.forEach((line, index) => {
    const match = numberedLine(line.text);
    if (!match || skip.has(index)) return;
    const rest = match[2]!.trim();
    if (/[.,;]$/.test(rest) || rest.length > 160 || /\.{4,}\s*\d+$/.test(rest)) return;
    candidates.push({ index, number: clauseSegments(match[1]!).map(Number), written: match[1]! });
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
  const chosen = new Map<number, string>();
  while (end >= 0 && best[end]!.length > 0) {
    chosen.set(candidates[end]!.index, candidates[end]!.written);
    end = best[end]!.from;
  }
  return new Map([...chosen].reverse());
}

/** An attachment headed `Vedlegg: …` after the clauses: its own numbers (a checklist's rows) are not clauses. */
export function appendixStart(lines: ReadonlyArray<SourceLine>, numbered: Map<number, unknown>): number | undefined {
  const firstClause = Math.min(...numbered.keys());
  const index = lines.findIndex(
    (line, i) => i > firstClause && APPENDIX.test(line.text) && tokens(line.text).length <= 12,
  );
  if (index < 0) return undefined;
  for (const i of [...numbered.keys()]) if (i > index) numbered.delete(i);
  return index;
}

/** A list item that carries on a sentence: a marker, a small letter, and a comma, semicolon, «og» or «eller» at its end. */
const CONTINUING_ITEM =
  /^(?:[a-zæøå][.)]|\d{1,2}[.)]|[ivx]{1,4}\)|[•●▪■◦○➢►‣∙·*\u{F0A7}\u{F0B7}]|[-–](?=\s))\s*\p{Ll}.*(?:[,;]|\s(?:og|eller))$/u;

/**
 * Unnumbered section headings: a short standalone line (`Felles ansvar`) after a finished sentence
 * or a heading, with a list or text under it, or a line set larger or bold (PDF, Word).
 */
export function unnumberedHeadings(
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
      tokens(text).length > 10 ||
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
    // A line whose list below goes on with its sentence (`Ved utskriving sender sykehuset` over
    // `a) epikrise til fastlegen,`: items in small letters, ending in a comma or «og») leads into it.
    if (!emphasised && CONTINUING_ITEM.test(next.text)) return;
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

/** Whether a heading goes on on the next line: it ends mid-phrase or, in capitals, the next line starts in capitals. */
export function continuesHeading(text: string, next: SourceLine | undefined, nextIsHeading: boolean): boolean {
  if (!next || nextIsHeading || next.gap === 'paragraph' || BULLET.test(next.text) || tokens(text).length > 20)
    return false;
  if (/[.:;]$/.test(text)) return false;
  const capitals = (value: string) => value === value.toUpperCase() && /\p{Lu}{2}/u.test(value);
  return (
    STOPWORDS.has(lastWord(text)) || /\p{L}-$/u.test(text) || (capitals(text) && capitals(tokens(next.text)[0] ?? ''))
  );
}
