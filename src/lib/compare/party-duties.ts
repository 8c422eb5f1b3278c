import type { Clause, Party } from '../model/types.ts';
import { namedParties, partyOf, partyPatterns } from '../obligations/parties.ts';
import { stems } from '../text/stems.ts';

// A heading that names one party's duties and nothing else («Kommunane sine plikter», «Helseforetakets
// ansvar», «Oppgaver for sykehuset») heads that party's part of the agreement, whatever its subjects:
// another text's part for the same party («4.3 Kommunen» under «Oppgaver og ansvar») is its counterpart,
// though the two lists share few words (each names the messages its party sends).

// The party words of the register (the generic ones: a text's hospital is found by «HF», «sjukehuset» …),
// and «felles», which in a heading names the duties the parties share («Felles ansvar», «Felles plikter»).
const PATTERNS: ReturnType<typeof partyPatterns> = [
  ...partyPatterns(null),
  ['felles', /(?<![\p{L}])felles(?![\p{L}])/giu],
];
// What a party's part is called, as stems: its duties, tasks, responsibility, role («Roller og ansvar»,
// «Kommunens rolle»), and how they are shared out («Ansvarsfordeling»).
const DUTY = new Set(
  stems('ansvar ansvaret plikter plikt oppgaver oppgåver forpliktelser roller ansvarsfordeling oppgavefordeling'),
);
// Two or more capitalised words in a row: a name («Helse Kvernfjord HF», «Sykehuset Innlandet»).
const NAME = /\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)+/gu;

// The alignment asks this of every clause's heading for each pair it aligns (at national size, each
// heading hundreds of times): each heading's answer is worked out once.
const answered = new Map<string, Party | null>();

/** The party whose duties a heading names, where it names nothing else (a party's name, a word of duty). */
export function dutiesNamed(heading: string): Party | null {
  let party = answered.get(heading);
  if (party === undefined) {
    party = readDutiesNamed(heading);
    answered.set(heading, party);
  }
  return party;
}

function readDutiesNamed(heading: string): Party | null {
  const named = namedParties(heading, PATTERNS);
  if (named === null) return null;
  // A name that holds a party word is that party's name: its other words are no subject.
  let rest = heading.replace(NAME, (name) => (namedParties(name, PATTERNS) === null ? name : ' '));
  for (const [, pattern] of PATTERNS) rest = rest.replace(pattern, ' ');
  const left = stems(rest);
  return left.length > 0 && left.every((stem) => DUTY.has(stem)) ? partyOf(named.parties) : null;
}

/**
 * Whether a heading names duties and nothing else: no subject, only duties («Oppgaver og ansvar») or the
 * duties of the parties or one of them («Partenes ansvar», «Kommunens ansvar»).
 */
export const dutiesOnly = (heading: string | null) => {
  const words = stems(heading ?? '');
  return (
    (words.length > 0 && words.every((stem) => DUTY.has(stem))) || (heading !== null && dutiesNamed(heading) !== null)
  );
};

/**
 * The party whose duties a clause holds, where that is its whole subject: its heading names the party's
 * duties and nothing else, or an editor gave it a party (`part=`) in a section that names duties and
 * nothing else; and it stands at the top or in such a section, not in a section of a subject of its
 * own («Kommunen sitt ansvar» under «Testing» is the municipality's part of testing).
 */
export function partyPart(clause: Clause, section: Clause | undefined): Party | null {
  if (section !== undefined && !dutiesOnly(section.heading)) return null;
  const named = clause.heading === null ? null : dutiesNamed(clause.heading);
  if (named !== null) return named;
  return section !== undefined ? clause.party : null;
}
