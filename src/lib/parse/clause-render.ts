import { visit } from 'unist-util-visit';
import type { FootnoteDefinition, Root } from 'mdast';
import { plainText, renderHtml, renderMarkedHtml } from '../render/clause-html.ts';
import { markClauseBody } from '../obligations/clause-marks.ts';
import { checkLinks } from './checks.ts';
import type { Fail } from './fail.ts';
import type { Clause, Footnote, Obligation } from '../model/types.ts';

/** Numbers footnotes in order of first reference; every definition must be referred to. */
export function numberFootnotes(
  clauses: ReadonlyArray<Clause>,
  definitions: ReadonlyMap<string, FootnoteDefinition>,
  fail: Fail,
): Map<string, number> {
  const footnoteNumbers = new Map<string, number>();
  for (const clause of clauses) {
    visit({ type: 'root', children: clause.body } as Root, 'footnoteReference', (reference) => {
      if (!footnoteNumbers.has(reference.identifier))
        footnoteNumbers.set(reference.identifier, footnoteNumbers.size + 1);
    });
  }
  for (const [identifier, definition] of definitions) {
    if (!footnoteNumbers.has(identifier)) {
      fail(
        definition,
        `footnote [^${definition.label ?? identifier}] is never referred to`,
        `add \`[^${definition.label ?? identifier}]\` where it belongs in the text, or remove it`,
      );
    }
  }
  return footnoteNumbers;
}

/**
 * Gives each clause the footnotes it cites first (a footnote is kept with the clause that first cites
 * it) and checks its `#…` links, in its body and those footnotes, against the clause ids.
 */
export function attachFootnotes(
  clauses: ReadonlyArray<Clause>,
  definitions: ReadonlyMap<string, FootnoteDefinition>,
  footnoteNumbers: ReadonlyMap<string, number>,
  fail: Fail,
): void {
  const ids = new Set(clauses.map((clause) => clause.id));
  const cited = new Set<string>();
  for (const clause of clauses) {
    const footnotes: Footnote[] = [];
    visit({ type: 'root', children: clause.body } as Root, 'footnoteReference', ({ identifier }) => {
      if (cited.has(identifier)) return;
      cited.add(identifier);
      const definition = definitions.get(identifier);
      if (!definition) return;
      footnotes.push({
        label: definition.label ?? identifier,
        number: footnoteNumbers.get(identifier)!,
        html: renderHtml(definition.children, { footnoteNumbers }),
        text: plainText(definition.children),
      });
    });
    footnotes.sort((a, b) => a.number - b.number);
    clause.footnotes = footnotes;
    checkLinks(
      [...clause.body, ...footnotes.flatMap((f) => definitions.get(f.label.toLowerCase())?.children ?? [])],
      ids,
      fail,
    );
  }
}

/**
 * Renders each clause's body once, its obligations' words marked (clause-marks.ts): `markedHtml` for
 * the reading page and `html`, the same without the marks, for every other page; and its text.
 */
export function renderClauses(
  clauses: ReadonlyArray<Clause>,
  footnoteNumbers: ReadonlyMap<string, number>,
  obligations: ReadonlyArray<Obligation>,
): void {
  // Footnote calls are counted across the whole text, in order, so every call gets its own id.
  const render = { footnoteNumbers, referenceCounts: new Map<string, number>() };
  const byClause = Map.groupBy(obligations, (obligation) => obligation.clause);
  for (const clause of clauses) {
    const own = byClause.get(clause.id);
    const { html, marked } = renderMarkedHtml(own ? markClauseBody(clause, own) : clause.body, render);
    clause.html = html;
    clause.markedHtml = marked;
    clause.text = plainText(clause.body);
  }
}
