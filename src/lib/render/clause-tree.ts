import type { Clause } from '../model/types.ts';

/** A clause with the clauses nested under it, for tables of contents. */
export interface ClauseNode {
  clause: Clause;
  children: ClauseNode[];
}

/** Nests the flat clause list by `parent`. */
export function clauseTree(clauses: ReadonlyArray<Clause>): ClauseNode[] {
  const nodes = new Map(clauses.map((clause) => [clause.id, { clause, children: [] as ClauseNode[] }]));
  const roots: ClauseNode[] = [];
  for (const clause of clauses) {
    const node = nodes.get(clause.id)!;
    const parent = clause.parent ? nodes.get(clause.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
