import { PARTIES } from '../model/vocabulary.ts';
import type { Clause, Obligation, Party } from '../model/types.ts';

/** What the register pages need of a guideline. */
export interface RegisterGuideline {
  slug: string;
  clauses: ReadonlyArray<Clause>;
  obligations: ReadonlyArray<Obligation>;
}

const PARTY_ORDER = Object.keys(PARTIES) as Party[];

/** A guideline's obligations grouped by party (in PARTIES order), then by clause in document order; parties without any are left out. */
export function obligationsByParty({ clauses, obligations }: Pick<RegisterGuideline, 'clauses' | 'obligations'>) {
  return PARTY_ORDER.map((party) => {
    const own = obligations.filter((obligation) => obligation.party === party);
    const groups = clauses
      .map((clause) => ({ clause, obligations: own.filter((obligation) => obligation.clause === clause.id) }))
      .filter((group) => group.obligations.length > 0);
    return { party, count: own.length, groups };
  }).filter((entry) => entry.count > 0);
}

/** The topics an obligation is filed under: its clause's topics, or `null` (no topic) for an untagged clause. */
const topicsOf = (obligation: Obligation): Array<string | null> =>
  obligation.topics.length > 0 ? obligation.topics : [null];

/** For /plikter/: per party and topic (null: no topic), how many obligations each guideline has. */
export function registerMatrix(guidelines: ReadonlyArray<RegisterGuideline>, topicIds: ReadonlyArray<string>) {
  const rows = [...topicIds, null];
  return PARTY_ORDER.map((party) => ({
    party,
    total: guidelines.reduce((sum, g) => sum + g.obligations.filter((o) => o.party === party).length, 0),
    rows: rows
      .map((topic) => ({
        topic,
        counts: guidelines.map(
          (g) => g.obligations.filter((o) => o.party === party && topicsOf(o).includes(topic)).length,
        ),
      }))
      .filter((row) => row.counts.some((count) => count > 0)),
  }));
}

/** For /plikter/<party>/: per topic (null: no topic), each guideline's obligations on that party; topics no guideline has are left out. */
export function partyByTopic(
  guidelines: ReadonlyArray<RegisterGuideline>,
  topicIds: ReadonlyArray<string>,
  party: Party,
) {
  return [...topicIds, null]
    .map((topic) => ({
      topic,
      columns: guidelines.map((g) => ({
        slug: g.slug,
        obligations: g.obligations.filter((o) => o.party === party && topicsOf(o).includes(topic)),
      })),
    }))
    .filter((row) => row.columns.some((column) => column.obligations.length > 0));
}
