import type { PublishedClause, PublishedGuideline } from '../model/published.ts';
import { PARTIES } from '../model/vocabulary.ts';
import { clauseLabel } from '../model/clause-names.ts';
import { markParts } from '../search/compounds.ts';
import type { SearchFilter } from '../search/filters.ts';

/** One clause as Pagefind indexes it (the shape of the Node API's `addCustomRecord`). */
export interface SearchRecord {
  /** The clause's address: `/retningslinjer/<slug>/#<clause id>`. */
  url: string;
  /** What is searched and excerpted: the heading, the body, editorial notes and footnotes; nothing else. */
  content: string;
  /** The guideline's language (`nb` or `nn`); the index itself is built as one language. */
  language: string;
  meta: {
    /** `<shortTitle> <number> <heading>`: Pagefind weights the title, so a region's name narrows a search. */
    title: string;
    /** The clause as a result names it: `4.1 Meldingsutveksling`, `3.2 Feilsendte meldinger – Felles ansvar`, `Innledning`. */
    clause: string;
    /** The guideline's slug and short title, to group results by guideline. */
    slug: string;
    guideline: string;
    /** The clause's position in its guideline (0, 1, …): results within a guideline keep document order. */
    order: string;
    language: string;
  };
  /** Filter values are ids (slug, topic id, party, status); the search page supplies their labels. */
  filters: Record<SearchFilter, string[]>;
}

/**
 * Turns the published clause model into one search record per clause, in document order. With
 * `split` (src/lib/search/compounds.ts), the parts of each compound are marked in the content, so
 * that the index finds a compound by each of its parts.
 */
export function searchRecords(
  guidelines: ReadonlyArray<PublishedGuideline>,
  { split }: { split?: (word: string) => string[] } = {},
): SearchRecord[] {
  return guidelines.flatMap((guideline) => {
    const byId = new Map(guideline.clauses.map((clause) => [clause.id, clause]));
    // A clause binds the party its own heading names, else the party of the nearest enclosing clause
    // that names one: what stands under "4.3 Kommunen {part=kommune}" binds the municipality too.
    const partyOf = (clause: PublishedClause | undefined): string | null =>
      clause ? (clause.party ?? partyOf(clause.parent ? byId.get(clause.parent) : undefined)) : null;

    // The parties a clause binds with an obligation of its own (src/lib/obligations/extract.ts), in PARTIES order.
    const bound = new Map<string, Set<string>>();
    for (const obligation of guideline.obligations)
      bound.set(obligation.clause, (bound.get(obligation.clause) ?? new Set()).add(obligation.party));

    return guideline.clauses.map((clause, order) => {
      const label = clauseLabel(clause, guideline.clauses);
      const party = partyOf(clause);
      return {
        url: clause.url,
        content: markParts(searchText(clauseText(clause)), split ?? ((word) => [word])),
        language: guideline.language,
        meta: {
          title: `${guideline.shortTitle} ${label}`,
          clause: label,
          slug: guideline.slug,
          guideline: guideline.shortTitle,
          order: String(order),
          language: guideline.language,
        },
        filters: {
          retningslinje: [guideline.slug],
          tema: [...clause.topics],
          part: party ? [party] : [],
          plikt: Object.keys(PARTIES).filter((value) => bound.get(clause.id)?.has(value)),
          status: [guideline.status],
        },
      };
    });
  });
}

/** What a clause's record holds: the heading, editorial notes, the body and the footnotes, in that order. */
export function clauseText(clause: PublishedClause): string {
  return [clause.heading, ...clause.notes, clause.text, ...clause.footnotes.map((footnote) => footnote.text)]
    .filter((part): part is string => Boolean(part && part.trim()))
    .join('\n\n');
}

/**
 * The plain text of the export as a search excerpt shows it: a table row's cells joined by « · »
 * («Fagråd M&R · 2018», not "| Fagråd M&R | 2018 |") and a list item without its dash. Every word
 * stays, in order; only the Markdown-like separators of the plain text go.
 */
export function searchText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const item = line.replace(/^(\s*)- /, '$1');
      return item.includes(' | ')
        ? item
            .split(' | ')
            .filter((cell) => cell.trim())
            .join(' · ')
        : item;
    })
    .join('\n');
}
