// What a clause number is, said once for the parser and the importers.

/**
 * A clause number as sources write it: `4`, `4.1`, `3.1.1`, `1.0`, `100`, `1.1.1.1.1` (a trailing
 * dot, `2.1.`, is not part of it). Up to three digits a part (a long agreement numbers past 99; a
 * four-digit number at a heading's start is a year, «2024 …», and is words) and five parts: `######`,
 * Markdown's deepest heading, is the fifth clause level.
 */
const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3}){0,4}`;

/**
 * The words Norwegian agreements write before a clause number: «Punkt 2», «Pkt. 2», «§ 2», «Artikkel
 * 2», «Art. 2», «Kapittel 2», capitalised or in capitals. The number is the clause number (`## Punkt
 * 2.1 …` is clause 2.1), the label is kept as written. «Del» and «Vedlegg» are not labels: a part of an
 * agreement and an attachment are numbered apart from its clauses.
 */
const LABEL = String.raw`§|(?:Punkt|PUNKT|Pkt\.?|PKT\.?|Artikkel|ARTIKKEL|Art\.|ART\.|Kapittel|KAPITTEL)(?=\s)`;

/** A heading's leading clause number: its label (group 1) or none, the number (group 2), its trailing dot and the space after it. */
const LEADING_NUMBER = new RegExp(String.raw`^(?:(${LABEL})\s*)?(${NUMBER})\.?(?=\s|$)\s*`);

/** A line that starts with a clause number (a label before it allowed) and goes on with a word: the number (group 1) and the rest (group 2). */
export const NUMBERED_LINE = new RegExp(String.raw`^(?:(?:${LABEL})\s*)?(${NUMBER})\.?\s+(\S.*)$`, 'u');

/** What a heading's text begins with when it begins with a clause number: its label, the number, and how many characters they take. */
export interface LeadingNumber {
  /** The label as written (`Punkt`, `§`, `Artikkel`), or null for a bare number. */
  label: string | null;
  /** The number as written, without its trailing dot: `2`, `2.1`, `1.0`. */
  number: string;
  /** The length of the label, the number, its dot and the space after them. */
  length: number;
}

/** The clause number a heading's text begins with, or null. */
export function leadingNumber(text: string): LeadingNumber | null {
  const match = LEADING_NUMBER.exec(text);
  return match ? { label: match[1] ?? null, number: match[2]!, length: match[0].length } : null;
}

/**
 * A heading's start that is a clause number the model cannot take: more than five parts
 * (`1.1.1.1.1.1`; Markdown has no heading level for it). Such a heading stops the build rather than
 * becoming an unnumbered heading in silence. (A date, `12.03.2024`, has a four-digit part: it is words.)
 */
export const TOO_DEEP = new RegExp(String.raw`^(?:(?:${LABEL})\s*)?(\d{1,3}(?:\.\d{1,3}){5,})\.?(?=\s|$)`);

/**
 * The parts of a clause number that place it in the structure: `4.1` → 4, 1. A number `N.0`
 * (`1.0 Parter`, `2.0 Bakgrunn` with `2.1` under it) is clause N at level 1: the page keeps the
 * source's `1.0`, the id is `punkt-1`.
 */
export function clauseSegments(number: string): string[] {
  const segments = number.split('.');
  return segments.length === 2 && segments[1] === '0' ? segments.slice(0, 1) : segments;
}

/** A number may follow another when it is its first child or the next of it or of one of its ancestors. */
export function follows(previous: number[] | null, next: number[]): boolean {
  if (!previous) return next.length === 1 && next[0] === 1;
  if (next.length === previous.length + 1 && next.at(-1) === 1 && previous.every((part, i) => next[i] === part))
    return true;
  return previous.some(
    (part, k) => next.length === k + 1 && next[k] === part + 1 && previous.slice(0, k).every((p, i) => next[i] === p),
  );
}
