import { describe, expect, test } from 'vitest';
import { dutyDifferences } from '../../../src/lib/obligations/duty-diff.ts';
import type { Modality, Obligation, Party } from '../../../src/lib/model/types.ts';

const o = (party: Party, modality: Modality): Obligation => ({
  id: 'x',
  clause: 'c',
  party,
  actor: null,
  modality,
  text: 't',
  leadIn: null,
  deadline: null,
  topics: [],
  line: 1,
});
/** A difference as it reads: `kommune: plikt → anbefaling`, `–` for nothing. */
const line = (d: { party: string; a: string | null; b: string | null }) => `${d.party}: ${d.a ?? '–'} → ${d.b ?? '–'}`;

describe('dutyDifferences', () => {
  test.each([
    { title: 'the same duties', a: [o('kommune', 'plikt')], b: [o('kommune', 'plikt')], expected: [] },
    {
      title: 'skal in one, bør in the other',
      a: [o('kommune', 'plikt')],
      b: [o('kommune', 'anbefaling')],
      expected: ['kommune: plikt → anbefaling'],
    },
    { title: 'a duty in one only', a: [o('felles', 'plikt')], b: [], expected: ['felles: plikt → –'] },
    {
      title: 'a different party',
      a: [o('kommune', 'plikt')],
      b: [o('helseforetak', 'plikt')],
      expected: ['kommune: plikt → –', 'helseforetak: – → plikt'],
    },
    {
      title: 'the strongest modality counts',
      a: [o('felles', 'adgang'), o('felles', 'plikt')],
      b: [o('felles', 'plikt')],
      expected: [],
    },
    { title: 'kan against nothing', a: [], b: [o('felles', 'adgang')], expected: ['felles: – → adgang'] },
  ])('$title', ({ a, b, expected }) => {
    expect(dutyDifferences(a, b).map(line)).toEqual(expected);
  });
});
