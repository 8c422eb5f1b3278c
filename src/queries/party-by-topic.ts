import { partyByTopic } from '../lib/obligations/register.ts';
import type { Party } from '../lib/model/types.ts';
import { getGuidelines } from './guidelines.ts';
import { memo } from './memo.ts';
import { getTopics } from './topic-entries.ts';

/**
 * A party's duties topic by topic in every guideline of one sub-agreement, for the regions' own
 * views (/plikter/<party>/<slug>/). The site compares texts of the same sub-agreement only (as the
 * comparisons and topic pages do), so a page's work grows with the regions, not with every text; and
 * the rows are the same for every region's page of the sub-agreement, so they are made once for them all.
 */
export function getPartyByTopic(party: Party, agreement: string): Promise<ReturnType<typeof partyByTopic>> {
  return memo(`party-by-topic\u0000${party}\u0000${agreement}`, async () => {
    const peers = (await getGuidelines()).filter((g) => g.meta.agreement === agreement);
    return partyByTopic(
      peers.map((g) => ({ slug: g.meta.slug, clauses: g.clauses, obligations: g.obligations })),
      (await getTopics()).map((topic) => topic.id),
      party,
    );
  });
}
