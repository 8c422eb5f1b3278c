import type { SourceLine } from './source-line.ts';
import { BULLET, ORDERED, SENTENCE_END, tokens } from './line-patterns.ts';
import { join } from './phrasing.ts';
import {
  APPROVAL_LINE,
  isoDate,
  namesDocument,
  organisationRegion,
  PLACE_IN_AGREEMENT,
  SIST_OPPDATERT,
} from './meta.ts';
import { SMALLER_TYPE, STAMP } from './front-pages.ts';

// The title block: the lines at the top of the text that are no heading and no running text.

/** Where the title block ends: the lines before `first` (the first heading) and before the first line of body text. */
export function titleBlockEnd(
  lines: ReadonlyArray<SourceLine>,
  first: number,
  footnoteLines: ReadonlySet<number>,
): number {
  let titleEnd = 0;
  while (
    titleEnd < first &&
    // A footnote's text is the footnote's, not the title's (it would be drafted twice).
    !footnoteLines.has(titleEnd) &&
    isTitleLine(lines[titleEnd]!, lines[titleEnd + 1]) &&
    !(titleEnd > 0 && lines[titleEnd]!.gap !== 'none' && startsSentences(lines, titleEnd)) &&
    !placesBelowTitle(lines, titleEnd) &&
    !stampBelowTitle(lines, titleEnd) &&
    !smallerBelowTitle(lines, titleEnd)
  )
    titleEnd++;
  return titleEnd;
}

/**
 * Whether the line at `i` says where the text belongs (`Retningslinje 4 til samarbeidsavtalen mellom …`,
 * `Vedlegg til …`, `Delavtale 7 mellom …`) and stands under the title: under a line that names the
 * document, or under any line that could be a title (`Samarbeid om journalsystem` over `Delavtale 12
 * mellom …`): no organisation's name, stamp (`Utkast`, `Versjon 2`), approval or date. Such a line
 * follows the title and is no part of it: it opens the body, as its first paragraph, so its words stay
 * where they stood. Above the title, with nothing over it but the organisation or a stamp, it is the
 * subtitle (`VEDLEGG TIL SAMARBEIDSAVTALE …` over UNN's title).
 */
function placesBelowTitle(lines: ReadonlyArray<SourceLine>, i: number): boolean {
  return PLACE_IN_AGREEMENT.test(lines[i]!.text) && lines.slice(0, i).some(titleAbove);
}

/** A line that could be the title, or names the document: no organisation's name, stamp, approval or date. */
const couldBeTitle = ({ text }: SourceLine) =>
  organisationRegion(text) === null &&
  !PLACE_IN_AGREEMENT.test(text) &&
  !STAMP.test(text) &&
  !APPROVAL_LINE.test(text) &&
  isoDate(text) === null;
const titleAbove = (line: SourceLine) => namesDocument(line.text) || couldBeTitle(line);

/**
 * Whether the line at `i` is an approval or what the text replaces (`Godkjend av partnarskapsmøtet 2.
 * desember 2026`, `Erstattar versjon 1.0 av 14. mars 2023`) or a date (`19. november 2026`) under a line
 * that could be the title, whatever it names: where the text stands, not what it is called. An approval
 * the status banner shows whole has left the body as a cover stamp already (frontPages); any other opens
 * the body, so its words stay on the page. A date the title block reads itself (`Sist oppdatert: …`,
 * findMeta's `lastUpdated`) stays in it.
 */
function stampBelowTitle(lines: ReadonlyArray<SourceLine>, i: number): boolean {
  const { text } = lines[i]!;
  const stamp = APPROVAL_LINE.test(text) || (isoDate(text) !== null && !SIST_OPPDATERT.test(text));
  return stamp && lines.slice(0, i).some(titleAbove);
}

/**
 * Whether the line at `i` is set in smaller type than the title line above it (a PDF cover's note or
 * foot line under a title in large type): no part of the title, however it reads. It opens the body, so
 * its words stay on the page. A line in larger type (the title under a small line that names the
 * document) carries on the title block; a text or Word line, its size unknown, is never smaller.
 */
function smallerBelowTitle(lines: ReadonlyArray<SourceLine>, i: number): boolean {
  const above = lines[i - 1];
  const { text, size } = lines[i]!;
  return (
    above !== undefined &&
    size < above.size * SMALLER_TYPE &&
    titleAbove(above) &&
    organisationRegion(text) === null &&
    !SIST_OPPDATERT.test(text)
  );
}

/** Whether the lines from `start` to the next gap make up running text: a sentence of more than 14 words. */
function startsSentences(lines: ReadonlyArray<SourceLine>, start: number): boolean {
  let end = start + 1;
  while (end < lines.length && lines[end]!.gap === 'none') end++;
  const text = join(lines.slice(start, end).map((line) => line.text));
  return tokens(text).length > 14 && SENTENCE_END.test(text);
}

/** A line of the title block: short, not a sentence, not a list item nor the line that announces one. */
function isTitleLine(line: SourceLine, next: SourceLine | undefined): boolean {
  const list = (candidate: SourceLine | undefined) =>
    candidate !== undefined && (BULLET.test(candidate.text) || ORDERED.test(candidate.text));
  if (list(line) || (/:$/.test(line.text) && list(next))) return false;
  return (
    line.text.length <= 90 &&
    !SENTENCE_END.test(line.text.replace(/\b(?:nr|St)\.$/, '')) &&
    tokens(line.text).length <= 14
  );
}
