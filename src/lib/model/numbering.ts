// What a clause number is, said once for the parser and the importers.

/** A clause number as sources write it: `4`, `4.1`, `3.1.1`, `1.0` (a trailing dot, `2.1.`, is not part of it). */
const NUMBER = String.raw`\d{1,2}(?:\.\d{1,2}){0,3}`;

/** A heading's leading clause number (group 1), with its trailing dot and the space after it. */
export const LEADING_NUMBER = new RegExp(String.raw`^(${NUMBER})\.?(?=\s|$)\s*`);

/** A line that starts with a clause number and goes on with a word: the number (group 1) and the rest (group 2). */
export const NUMBERED_LINE = new RegExp(String.raw`^(${NUMBER})\.?\s+(\S.*)$`, 'u');

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
