import type { Debris, SourceLine } from './source-line.ts';
import { approvalReadWhole, isoDate, namesDocument, organisationRegion, PLACE_IN_AGREEMENT } from './meta.ts';

// A contents list's heading, its letters perhaps spaced out (`I n n h a l d`).
const CONTENTS_HEADING = /^(?:innhold|innhald|innholdsfortegnelse|innhaldsliste|innhaldsoversikt|innholdsliste)$/i;
// An entry: dot leaders and a page number (`1.0 Parter ........ 2`, `2.1 Lovgrunnlag.....2`).
const LEADER_ENTRY = /(?:\.{3,}|…{2,}|(?:\. ){3,})\s*\d{1,3}$/;
// An entry without leaders: a clause number, words, and the page number glued on or set apart (`1.0 Parter2`, `2 Formål 3`).
const BARE_ENTRY = /^(?:§\s*)?\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\S.*?\D\s*\d{1,3}$/u;
/** A stamp on a cover: where the text stands, not what it is called. */
export const STAMP =
  /^(?:revidert|revidert versjon|fremforhandlet|framforhandla|forhandlet|godkjent|godkjend|godkjende|vedtatt|vedteke|vedteken|vedtekne|versjon|status|gjeldende fra|gjeld frå|sist revidert|utkast|høringsutkast)\b/i;

/** A line with its letters spaced out (`I n n h a l d`, `F O R M Å L`) read as the word it spells; other lines as they are. */
export function unspaced(text: string): string {
  return /^(?:\p{L} ){2,}\p{L}$/u.test(text) ? text.replace(/ /g, '') : text;
}

/** What stands in front of the text: the cover, its stamps and the contents list, by line index. */
export interface FrontPages {
  /** Lines of the cover and the contents list, left out of the body. */
  left: Set<number>;
  /** The cover's lines (a contents list's lines excluded): what the front matter may read the number and parties from. */
  cover: SourceLine[];
}

/**
 * Finds the contents list (a heading `Innhold`, or two or more entries with dot leaders and page
 * numbers, some perhaps on one line) and, when there is one, the cover before it: both are left out
 * of the body and listed as debris. Without a contents list, the stamps of the first lines
 * (`Revidert november 2018`, `Fremforhandlet`) are the cover's.
 */
export function frontPages(
  lines: ReadonlyArray<SourceLine>,
  debris: Debris[],
  isHeading: (text: string) => boolean,
): FrontPages {
  const left = new Set<number>();
  const isEntry = (text: string) => LEADER_ENTRY.test(text) || BARE_ENTRY.test(text);
  // The front pages are in the first part of the text; the body's first heading ends the stamps' search.
  const before = Math.floor(lines.length * 0.4) + 10;
  const firstHeading = lines.findIndex((line) => isHeading(line.text) && !isEntry(line.text));
  let start = lines.findIndex((line, i) => i < before && CONTENTS_HEADING.test(unspaced(line.text)));
  if (start < 0) {
    start = lines.findIndex(
      (line, i) => i < before && LEADER_ENTRY.test(line.text) && LEADER_ENTRY.test(lines[i + 1]?.text ?? ''),
    );
  }
  const cover: SourceLine[] = [];
  if (start >= 0) {
    let end = start + (isEntry(lines[start]!.text) ? 0 : 1);
    while (end < lines.length && isEntry(lines[end]!.text)) end++;
    for (let i = 0; i < end; i++) {
      left.add(i);
      const kind = i < start ? 'cover' : 'contents list';
      if (kind === 'cover') cover.push(lines[i]!);
      debris.push({ kind, text: lines[i]!.text, page: lines[i]!.page, line: lines[i]!.line });
    }
    return { left, cover };
  }
  // No contents list: the stamps among the first lines, before any text. A stamp is short, or an approval
  // read whole, whose every word the status banner shows (`Godkjent i styringsgruppen for
  // helsefellesskapet 19. november 2026` at a cover's foot): never part of the title.
  for (let i = 0; i < Math.min(firstHeading < 0 ? lines.length : firstHeading, 12); i++) {
    const text = lines[i]!.text;
    if (!STAMP.test(text) || (text.split(/\s+/).length > 6 && !approvalReadWhole(text))) continue;
    left.add(i);
    cover.push(lines[i]!);
    debris.push({ kind: 'cover stamp', text: lines[i]!.text, page: lines[i]!.page, line: lines[i]!.line });
  }
  return { left, cover };
}

// Where a cover's title ends: a stamp, the parties' line (`mellom kommunene i …`), a date, the line
// that places the text in its agreement (`Retningslinje 4 til samarbeidsavtalen …`).
const AFTER_TITLE = (text: string) =>
  STAMP.test(text) ||
  PLACE_IN_AGREEMENT.test(text) ||
  /^(?:mellom|between)\b/i.test(text) ||
  isoDate(text) !== null ||
  organisationRegion(text) !== null;

// How much smaller than the title's a cover line's type is where it is no part of the title: a fifth.
export const SMALLER_TYPE = 0.8;

/**
 * The title block a cover holds, for a text whose body has none, by index into `cover`: the
 * organisation's name on the first lines (`Helsefellesskapet Vestfjell`, which findMeta makes the
 * subtitle) and the title: from the line that names the kind of document (or the first line that is
 * no stamp) up to a stamp, the parties' line, a date or a line in smaller type than the title's (a PDF's
 * note under the title; a Word line's size is not known). The cover's other lines stay the cover's.
 */
export function coverTitle(cover: ReadonlyArray<SourceLine>): number[] {
  const picked: number[] = [];
  let i = 0;
  while (i < cover.length && organisationRegion(cover[i]!.text) !== null) picked.push(i++);
  const named = cover.findIndex((line, j) => j >= i && namesDocument(line.text));
  let start = named >= 0 ? named : i;
  while (start < cover.length && AFTER_TITLE(cover[start]!.text)) start++;
  const smaller = (j: number) => j > start && cover[j]!.size < cover[j - 1]!.size * SMALLER_TYPE;
  for (let j = start; j < cover.length && !AFTER_TITLE(cover[j]!.text) && !smaller(j); j++) picked.push(j);
  // An organisation's name with no title after it is no title block.
  return picked.length > 0 && picked.at(-1)! >= start ? picked : [];
}

/** The report's line for a title taken from the cover. */
export function coverNotice(lines: ReadonlyArray<string>): string {
  return `the body has no title of its own: title and subtitle are taken from the cover (${lines.map((line) => `«${line}»`).join(', ')}); the cover's other lines are listed below as left out`;
}
