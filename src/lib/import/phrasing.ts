import type { PhrasingContent } from 'mdast';
import { FOOTNOTE_MARKS } from './source-patterns.ts';
import { MUNICIPALITY_BLANK } from './placeholders.ts';
import { tokens } from './line-patterns.ts';

// A block's lines joined into one text, and that text as Markdown's inline nodes.

// `helse- og omsorg`: a hyphen at a line end before one of these words is a shared compound part, not a split word.
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'enn', 'som', 'til', 'og/eller', 'and', 'or']);

/** Joins lines of one block: a word split by a hyphen at a line end is joined (`IKT-⏎løsninger`, in capitals too), `helse- og` keeps its space. */
export function join(parts: ReadonlyArray<string>): string {
  let out = '';
  for (const part of parts) {
    if (out === '') out = part;
    else if (
      /\p{L}-$/u.test(out) &&
      (/^\p{Ll}/u.test(part) || (/\p{Lu}-$/u.test(out) && /^\p{Lu}{2}/u.test(part))) &&
      !CONJUNCTIONS.has(
        tokens(part)[0]!
          .replace(/[^\p{L}/]/gu, '')
          .toLowerCase(),
      )
    )
      out += part;
    else out += ` ${part}`;
  }
  return out;
}

const INLINE = new RegExp(
  String.raw`${FOOTNOTE_MARKS.source}|(?:https?:\/\/|mailto:)[^\s<>»”"]*[^\s<>»”".,;:)!?]|${MUNICIPALITY_BLANK.source}`,
  'gu',
);

/**
 * Text with footnote marks, URLs and the municipality's blank → text, footnote references, links and
 * `:plassholder[kommune]` (a URL is a link, so it is written as one, not escaped).
 */
export function phrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index) });
    if (match[1]) out.push({ type: 'footnoteReference', identifier: match[1], label: match[1] });
    else if (/^(?:https?:|mailto:)/.test(match[0]))
      out.push({ type: 'link', url: match[0], children: [{ type: 'text', value: match[0] }] });
    else
      out.push(
        { type: 'textDirective', name: 'plassholder', attributes: {}, children: [{ type: 'text', value: 'kommune' }] },
        { type: 'text', value: ' ' },
      );
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}
