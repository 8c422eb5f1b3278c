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

/** Whether an obligation is in a party's view: its own, or (for the municipality and the hospital trust) one that binds both. */
const inView = (obligation: Obligation, party: Party) =>
  obligation.party === party || (party !== 'felles' && obligation.party === 'felles');

/** How many of a party's obligations are its own and how many it shares with the other party (always 0 for `felles`). */
export interface OwnAndShared {
  own: number;
  shared: number;
}

const countOf = (obligations: ReadonlyArray<Obligation>, party: Party): OwnAndShared => ({
  own: obligations.filter((o) => o.party === party).length,
  shared: party === 'felles' ? 0 : obligations.filter((o) => o.party === 'felles').length,
});

/** "9 egne, 23 felles" for a party's view; the count alone for the duties that bind both. */
export function ownAndSharedText({ own, shared }: OwnAndShared, party: Party): string {
  return party === 'felles' ? String(own) : `${own} egne, ${shared} felles`;
}

/**
 * For /plikter/: per party and topic (null: no topic), how many obligations each guideline has in
 * that party's view (its own and the shared ones, counted apart). An obligation filed under two
 * topics counts under each: `multiTopic` says how many such obligations there are, so the page can say so.
 */
export function registerMatrix(guidelines: ReadonlyArray<RegisterGuideline>, topicIds: ReadonlyArray<string>) {
  const rows = [...topicIds, null];
  return PARTY_ORDER.map((party) => {
    const all = guidelines.flatMap((g) => g.obligations);
    return {
      party,
      total: countOf(all, party),
      multiTopic: all.filter((o) => inView(o, party) && o.topics.length > 1).length,
      rows: rows
        .map((topic) => ({
          topic,
          counts: guidelines.map((g) =>
            countOf(
              g.obligations.filter((o) => topicsOf(o).includes(topic)),
              party,
            ),
          ),
        }))
        .filter((row) => row.counts.some((count) => count.own + count.shared > 0)),
    };
  });
}

/** One obligation in a party's view: whether it is shared with the other party, and the other topics it is also filed under. */
export interface ViewEntry {
  obligation: Obligation;
  shared: boolean;
  alsoUnder: string[];
}

/**
 * For /plikter/<party>/: per topic (null: no topic), each guideline's obligations in the party's
 * view (its own first, then the ones shared with the other party, marked); topics no guideline has are left out.
 */
export function partyByTopic(
  guidelines: ReadonlyArray<RegisterGuideline>,
  topicIds: ReadonlyArray<string>,
  party: Party,
) {
  return [...topicIds, null]
    .map((topic) => ({
      topic,
      columns: guidelines.map((g) => {
        const here = g.obligations.filter((o) => inView(o, party) && topicsOf(o).includes(topic));
        const entry = (obligation: Obligation): ViewEntry => ({
          obligation,
          shared: obligation.party !== party,
          alsoUnder: obligation.topics.filter((other) => other !== topic),
        });
        return {
          slug: g.slug,
          entries: [...here.filter((o) => o.party === party), ...here.filter((o) => o.party !== party)].map(entry),
        };
      }),
    }))
    .filter((row) => row.columns.some((column) => column.entries.length > 0));
}
