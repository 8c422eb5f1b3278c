import type { Root } from 'mdast';
import { renderHtml } from '../render/clause-html.ts';
import { checkNumbering, headingLevel, readHeading, unnumberedId } from './headings.ts';
import { lineOf, type Fail } from './fail.ts';
import type { Clause } from '../model/types.ts';
import type { KnownTopics } from './topics.ts';

/** Cuts the body into clauses at headings: text before the first heading is the clause `innledning`. */
export function cutClauses(tree: Root, topics: KnownTopics, fail: Fail): Clause[] {
  const clauses: Clause[] = [];
  const open: Clause[] = []; // the chain of enclosing clauses, outermost first
  const numbering = checkNumbering(fail);
  const idLines = new Map<string, number>();
  let current: Clause | undefined;
  let previousLevel = 0;
  let lastNumber: string | null = null;

  const add = (clause: Clause) => {
    const earlier = idLines.get(clause.id);
    if (earlier !== undefined) {
      fail(
        clause.line,
        `clause id \`${clause.id}\` is already used by the heading at line ${earlier}`,
        `give one of the two headings a different text`,
      );
    }
    idLines.set(clause.id, clause.line);
    clauses.push(clause);
    return clause;
  };

  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'footnoteDefinition') continue;
    if (node.type !== 'heading') {
      current ??= add(
        emptyClause({
          id: 'innledning',
          number: null,
          numberLabel: null,
          heading: null,
          level: 1,
          parent: null,
          line: lineOf(node),
        }),
      );
      current.body.push(node);
      continue;
    }
    const level = headingLevel(node, previousLevel, fail);
    previousLevel = level;
    while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
    const parent = open.at(-1) ?? null;
    const parts = readHeading(node, topics, fail);
    // A four-digit number is a year («## 2024 Revisjon»), words; one that goes on from the clause before it
    // (999, then 1000) is a clause number the model cannot take, which must not become words in silence.
    const year = parts.number === null ? /^(\d{4,})(?=\s|$)/.exec(parts.heading)?.[1] : undefined;
    if (year && lastNumber !== null && Number(year) === Number(lastNumber.split('.').at(-1)) + 1)
      fail(
        node,
        `clause number ${year} follows clause ${lastNumber}, and a clause number has at most three digits a part`,
        'number the clauses in parts (10.1, 10.2, …) below 1000 at each level',
      );
    if (parts.number !== null) lastNumber = parts.number;
    const id =
      parts.number !== null ? numbering(node, parts.number, level, parent) : unnumberedId(node, parts, parent, fail);

    current = emptyClause({
      id,
      number: parts.number,
      numberLabel: parts.numberLabel,
      heading: parts.heading || null,
      level,
      parent: parent?.id ?? null,
      line: lineOf(node),
    });
    current.party = parts.party;
    current.topics = parts.topics;
    current.notes = parts.notes;
    // The heading's HTML keeps the editorial notes, marked up as in the body; `heading` leaves them out.
    current.headingHtml = renderHtml([{ type: 'paragraph', children: [...parts.children, ...parts.noteNodes] }], {
      footnoteNumbers: new Map(),
    }).replace(/^<p>|<\/p>$/g, '');
    open.push(add(current));
  }
  return clauses;
}

function emptyClause(
  fields: Pick<Clause, 'id' | 'number' | 'numberLabel' | 'heading' | 'level' | 'parent' | 'line'>,
): Clause {
  return {
    ...fields,
    headingHtml: null,
    party: null,
    topics: [],
    notes: [],
    body: [],
    html: '',
    markedHtml: '',
    text: '',
    footnotes: [],
  };
}
