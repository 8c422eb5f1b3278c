import type { DutyDifference } from '../obligations/duty-diff.ts';
import { MODALITIES, PARTIES } from '../model/vocabulary.ts';
import type { Modality } from '../model/types.ts';

const kind = (modality: Modality | null) => (modality ? MODALITIES[modality].label.toLowerCase() : 'ingenting');

/** A duty difference as a sentence: `Helseforetaket: ingenting i Telemark, plikt i UNN`. */
export function describeDuty(difference: DutyDifference, nameA: string, nameB: string): string {
  return `${PARTIES[difference.party].label}: ${kind(difference.a)} i ${nameA}, ${kind(difference.b)} i ${nameB}`;
}
