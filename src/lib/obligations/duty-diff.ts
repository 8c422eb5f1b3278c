import { PARTIES } from '../model/vocabulary.ts';
import type { Modality, Obligation, Party } from '../model/types.ts';

/** Where two paired clauses differ in what they ask of one party: the strongest modality each puts on it (null: nothing). */
export interface DutyDifference {
  party: Party;
  a: Modality | null;
  b: Modality | null;
}

// Stronger first: a clause that both obliges and permits a party is read as obliging it.
const STRENGTH: Record<Modality, number> = { plikt: 3, anbefaling: 2, adgang: 1 };

function strongest(obligations: ReadonlyArray<Obligation>, party: Party): Modality | null {
  let best: Modality | null = null;
  for (const { party: own, modality } of obligations)
    if (own === party && (best === null || STRENGTH[modality] > STRENGTH[best])) best = modality;
  return best;
}

/** Per party, how two paired clauses' obligations differ: a duty in one and not the other, `skal` against `bør`, another party. */
export function dutyDifferences(a: ReadonlyArray<Obligation>, b: ReadonlyArray<Obligation>): DutyDifference[] {
  return (Object.keys(PARTIES) as Party[])
    .map((party) => ({ party, a: strongest(a, party), b: strongest(b, party) }))
    .filter((difference) => difference.a !== difference.b);
}
