// How the site names a clause, said once. Five forms, each for one place:
//
//   writtenNumber    4.1 · Punkt 2 · § 3                                 the number as the heading writes it
//   clauseHeading    Innledning · Felles ansvar                          beside its number, in lists and labels
//   clauseLabel      4.1 Meldingsutveksling · 3.2 Feilsendte meldinger – Felles ansvar · Innledning
//                                                                        on its own (search results)
//   clauseReference  punkt 4.1 · Felles ansvar · innledningen            inside a sentence, on its own page
//   clauseName       punkt 4.1 · punkt 3.1 («Felles ansvar») · innledningen
//                                                                        inside a sentence about another version
//   citeClause       Retningslinje 7 Telemark, punkt 4.1                 what a reader pastes into minutes
//
// Runs in the browser too: no Node modules here.
import type { Clause } from './types.ts';

/** What naming a clause needs of it; the JSON export's clauses have it too. */
export type NamedClause = Pick<Clause, 'id' | 'number' | 'heading' | 'parent'> & Partial<Pick<Clause, 'numberLabel'>>;

/** The name of the text before a guideline's first heading, which has no heading of its own. */
export const INTRODUCTION = 'Innledning';

/** The introduction named inside a sentence: "Lenke til innledningen". */
const THE_INTRODUCTION = 'innledningen';

const parentOf = <C extends NamedClause>(clause: C, clauses: ReadonlyArray<C>) =>
  clause.parent === null ? undefined : clauses.find((candidate) => candidate.id === clause.parent);

/** A clause's heading, or `Innledning` for the introduction: what a table of contents shows after the number. */
export function clauseHeading(clause: Pick<Clause, 'heading'>): string {
  return clause.heading ?? INTRODUCTION;
}

/** A clause's number as its heading writes it: `4.1`, `Punkt 2` (`## Punkt 2 Grunnlag`), `§ 3`; null when unnumbered. */
export function writtenNumber(clause: Pick<NamedClause, 'number' | 'numberLabel'>): string | null {
  return clause.number && clause.numberLabel ? `${clause.numberLabel} ${clause.number}` : clause.number;
}

/** The clause itself when numbered, else its nearest numbered ancestor. */
function numbered<C extends NamedClause>(clause: C, clauses: ReadonlyArray<C>): C | undefined {
  let current: C | undefined = clause;
  while (current && current.number === null) current = parentOf(current, clauses);
  return current;
}

/** The number a clause is found under, as written: its own, or for an unnumbered clause its nearest numbered ancestor's. */
export function clauseNumber<C extends NamedClause>(clause: C, clauses: ReadonlyArray<C>): string | null {
  const found = numbered(clause, clauses);
  return found ? writtenNumber(found) : null;
}

/**
 * A clause named on its own, with its number: `4.1 Meldingsutveksling`; an unnumbered clause after the
 * clause it stands under, `3.2 Feilsendte meldinger – Felles ansvar`; the introduction `Innledning`.
 */
export function clauseLabel<C extends NamedClause>(clause: C, clauses: ReadonlyArray<C>): string {
  if (clause.heading === null) return INTRODUCTION;
  if (clause.number) return `${writtenNumber(clause)} ${clause.heading}`;
  const parent = parentOf(clause, clauses);
  return parent ? `${clauseLabel(parent, clauses)} – ${clause.heading}` : clause.heading;
}

/**
 * A clause named in a sentence on its own guideline's page ("Lenke til …"): `punkt 4.1`, `Felles
 * ansvar`, `innledningen`; a labelled number by its label, `§ 3`, `artikkel 2` («Punkt 2»: `punkt 2`).
 */
export function clauseReference(clause: NamedClause): string {
  if (clause.number) return `${clause.numberLabel ? clause.numberLabel.toLowerCase() : 'punkt'} ${clause.number}`;
  return clause.heading ?? THE_INTRODUCTION;
}

/**
 * A clause named in a sentence: `punkt 4.1`, `innledningen`; an unnumbered clause by its heading,
 * after its section's number when `clauses` (its version's) are given: `punkt 3.1 («Felles ansvar»)`.
 */
export function clauseName<C extends NamedClause>(clause: C, clauses: ReadonlyArray<C> = []): string {
  if (clause.number || clause.heading === null) return clauseReference(clause);
  const section = numbered(clause, clauses);
  return section ? `${clauseReference(section)} («${clause.heading}»)` : `«${clause.heading}»`;
}

/** How a clause is cited: `Retningslinje 7 Telemark, punkt 4.1`; an unnumbered one after its parent's citation, `…, punkt 3.1, «Felles ansvar»`. */
export function citeClause<C extends NamedClause>(citation: string, clause: C, clauses: ReadonlyArray<C>): string {
  if (clause.number || clause.heading === null) return `${citation}, ${clauseReference(clause)}`;
  const parent = parentOf(clause, clauses);
  const where = parent ? citeClause(citation, parent, clauses) : citation;
  return `${where}, «${clause.heading}»`;
}

/** Clauses of one guideline named short, by their number (or their heading), joined: `4.1, 4.2, Felles ansvar`. */
export function clauseList<C extends NamedClause & { id: string }>(
  ids: ReadonlyArray<string>,
  clauses: ReadonlyArray<C>,
): string {
  return ids
    .map((id) => {
      const clause = clauses.find((candidate) => candidate.id === id)!;
      return clauseNumber(clause, clauses) ?? clauseHeading(clause);
    })
    .join(', ');
}
