import type { Clause } from '../model/types.ts';

/** How long a description may be: search engines show about this many characters. */
const LENGTH = 160;

/**
 * A page's meta description from its content: the lead it is given (title and region), then the
 * first words of the text, cut at a word and marked with an ellipsis where they go on.
 */
export function pageDescription(lead: string, clauses: ReadonlyArray<Pick<Clause, 'text'>>): string {
  const text = clauses
    .map((clause) => clause.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const room = LENGTH - lead.length - 1;
  if (text === '' || room < 20) return lead;
  if (text.length <= room) return `${lead} ${text}`;
  const cut = text.slice(0, room - 1).replace(/\s+\S*$/, '');
  return `${lead} ${cut}…`;
}
