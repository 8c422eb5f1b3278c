import type { Party } from '../model/types.ts';

// Who the register's sentences name: generic words for each party, the hospital trust's own names
// from front matter, as one pattern per party.

// Both parties, or either: "Partane", "Kvar part", "En part som endrer …".
const BOTH_PARTIES = [
  'partene',
  'partane',
  'partnerne',
  'partnarane',
  'partnere',
  'partneren',
  'partner',
  'parten',
  'parter',
  'partar',
  'hver part',
  'kvar part',
  'avtalepart\\p{L}*',
  // "En part som endrer …": whichever party it is.
  'en part',
  'ein part',
];
// The bodies the parties share: a body acts for both, and is given no right of its own (reading.ts).
const SHARED_BODIES = [
  'fagråd\\p{L}*',
  'regionalt fagråd',
  '\\p{L}*samarbeidsutval\\p{L}*',
  '\\p{L}*samhandlingsutval\\p{L}*',
  // The parties' working committee ("Arbeidsutvalget for e-helse gjennomgår …").
  '\\p{L}*arbeidsutval\\p{L}*',
  'helsefellesskap\\p{L}*',
  // A shared body named again in short ("Rådet møtes …", "Utvalet går gjennom …").
  'rådet',
  'utvalget',
  'utvalet',
  // The helsefellesskap's top body, of both parties.
  'partnerskapsmøte\\p{L}*',
  'partnarskapsmøte\\p{L}*',
  'driftsforum\\p{L}*',
  'SSU',
  'ASU',
  'OSU',
];

// Generic words for each party and the bodies they share; the hospital trust's own names are added from front matter.
const PARTY_WORDS: Record<Party, string[]> = {
  felles: [...BOTH_PARTIES, ...SHARED_BODIES],
  // "en kommunal representant": the municipalities' (not "felleskommunale", a word of its own).
  kommune: [
    'kommunen',
    'kommunene',
    'kommunane',
    'kommunar',
    'kommuner',
    'kommune',
    'kommunal',
    'kommunale',
    // The municipality's own services, named as the one who acts: "sjukehuset og heimetenesta avtalar …".
    'hjemmetjenesten',
    'heimetenesta',
    'hjemmesykepleien',
    'heimesjukepleia',
    'heimesjukepleien',
  ],
  helseforetak: [
    'helseforetak\\p{L}*',
    'helseføretak\\p{L}*',
    'foretak\\p{L}*',
    'føretak\\p{L}*',
    'sykehus\\p{L}*',
    'sjukehus\\p{L}*',
    'HF',
  ],
};

/** Whether a text names a shared body and not the parties themselves ("Fagrådet", "samarbeidsutvalg (ASU)"). */
export function isSharedBody(text: string): boolean {
  const names = (words: ReadonlyArray<string>) =>
    words.some((word) =>
      new RegExp(`(?<![\\p{L}])(?:${word})s?(?![\\p{L}])`, /^[\p{Lu}\d]+$/u.test(word) ? 'u' : 'iu').test(text),
    );
  return names(SHARED_BODIES) && !names(BOTH_PARTIES);
}

/** The names the hospital trust goes by, from front matter: "Sykehuset Telemark HF" → also "Sykehuset Telemark", "STHF". */
function hospitalNames(hospital: unknown): string[] {
  if (typeof hospital !== 'string' || hospital.trim() === '') return [];
  const abbreviations = [...hospital.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]!.trim());
  const name = hospital.replace(/\([^)]*\)/g, '').trim();
  const short = name.replace(/\s+HF$/u, '').trim();
  const initials = short
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return [
    name,
    short,
    ...abbreviations,
    ...(initials.length >= 2 ? [`${initials}HF`] : []),
    ...(initials.length >= 3 ? [initials] : []),
  ].filter(Boolean);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** The party words as patterns; capitalised abbreviations (UNN, SSU, HF) match case-sensitively. */
export type PartyPatterns = ReadonlyArray<[Party, RegExp]>;

/** The party words as one pattern per party, the genitive included ("kommunens", "partenes"). */
export function partyPatterns(hospital: unknown): PartyPatterns {
  const words: Record<Party, string[]> = {
    ...PARTY_WORDS,
    // The hospital trust's own names first: an alternation takes the first that matches, and
    // «Sykehuset Vestfold» must not stop at the generic «Sykehuset».
    helseforetak: [...hospitalNames(hospital).map(escape), ...PARTY_WORDS.helseforetak],
  };
  return (Object.keys(words) as Party[]).flatMap((party) => {
    const upper = words[party].filter((word) => /^[\p{Lu}\d]+$/u.test(word));
    const other = words[party].filter((word) => !upper.includes(word));
    return [
      [party, new RegExp(`(?<![\\p{L}])(?:${other.join('|')})s?(?![\\p{L}])`, 'giu')],
      ...(upper.length
        ? [[party, new RegExp(`(?<![\\p{L}])(?:${upper.join('|')})s?(?![\\p{L}])`, 'gu')] as [Party, RegExp]]
        : []),
    ] as Array<[Party, RegExp]>;
  });
}

/** The parties named in a text, and the span from the first name to the last. */
export function namedParties(
  text: string,
  patterns: PartyPatterns,
): { parties: Set<Party>; start: number; end: number } | null {
  const parties = new Set<Party>();
  let start = Infinity;
  let end = -1;
  for (const [party, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      parties.add(party);
      start = Math.min(start, match.index);
      end = Math.max(end, match.index + match[0].length);
    }
  }
  return parties.size ? { parties, start, end } : null;
}

/** The party a set of named parties stands for: the one named, or `felles` for several. */
export const partyOf = (parties: Set<Party>): Party => (parties.size === 1 ? [...parties][0]! : 'felles');

// A subject without a party is an actor only when it names a person or a body, never a thing
// ("Varslingen", "Felles standardprosedyrer", "All samhandling"): the noun as the last part of its
// word, inflected ("samarbeidsutvalet", "fastlegane"), since a compound names what its last part is
// ("sjukepleiarepikrise" is an epicrisis); the genitive too ("leiarens").
const INFLECTION = '(?:e|en|er|et|ene|ane|ar|a|n|ne|r|t)?s?';
const ACTOR_NOUN = new RegExp(
  `(?:avsender|avsendar|mottaker|mottakar|fastleg|overleg|behandler|behandlar|sykepleier|sjukepleiar|kontaktperson|koordinator|leder|leiar|ansatt|tilsett|helsepersonell|personell|utval|utvalg|forum|grupp|gruppe|nettverk|sekretariat|ledelse|leiing|avdeling|enhet|eining|virksomhet|verksemd|komut|prosjekt)${INFLECTION}$` +
    // Short nouns only as whole words: "utstyret" is no board, "kollega" no doctor.
    `|^(?:leg|lege|styre|team)${INFLECTION}$`,
  'iu',
);

/** Whether a subject names a person or a body: its first word ("Avsender av melding") or its last ("Regionalt fagråd"). */
export const isActorNoun = (head: string) => {
  const list = head.split(/\s+/);
  return ACTOR_NOUN.test(list[0]!) || ACTOR_NOUN.test(list.at(-1)!);
};

// The roles among them that act in the present tense as a party would ("Avsendaren ringjer …"); the
// role itself, inflected, not a compound it starts ("mottakarsystemet" is a thing).
const ROLE_NOUN =
  /^(?:avsender|avsendar|mottaker|mottakar|kontaktperson|koordinator|superbruker|superbrukar|sekretariat)(?:e|en|n|ne|ene|er|ar|a|ane|et|ene)?$/iu;

/** Whether a word is a role that acts as a party would ("Avsendaren", "Koordinatoren", "sekretariatet"). */
export const isRoleNoun = (word: string) => ROLE_NOUN.test(word);
