import type { Clause, Modality, Party } from './types.ts';

/** The parties a heading may name with `{part=…}`, and how the site names them. */
export const PARTIES: Record<Party, { label: string }> = {
  felles: { label: 'Felles ansvar' },
  kommune: { label: 'Kommunen' },
  helseforetak: { label: 'Helseforetaket' },
};

/** How the obligation register names each modality, and the verbs that make it. */
export const MODALITIES: Record<Modality, { label: string; verbs: string }> = {
  plikt: { label: 'Plikt', verbs: 'skal, må, plikter, forplikter seg til, er ansvarlig for, sørger for, er enige om' },
  anbefaling: { label: 'Anbefaling', verbs: 'bør, anbefaler' },
  adgang: { label: 'Adgang', verbs: 'kan' },
};

/** The party as the register's headings name it ("Plikter for kommunen"). */
export const PARTY_REGISTER: Record<Party, { heading: string; of: string }> = {
  felles: { heading: 'Felles for begge parter', of: 'begge parter' },
  kommune: { heading: 'Kommunen', of: 'kommunen' },
  helseforetak: { heading: 'Helseforetaket', of: 'helseforetaket' },
};

/** Whether a string is one of the parties in PARTIES. */
export function isParty(value: string): value is Party {
  return Object.hasOwn(PARTIES, value);
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2025-02-06` → `6. februar 2025`. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** `2023-06-01` → `01.06.2023`, the way the sources write dates. */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** How a clause is cited: `Retningslinje 7 Telemark, punkt 4.1`. */
export function citeClause(citation: string, clause: Clause, clauses: ReadonlyArray<Clause>): string {
  if (clause.id === 'innledning') return `${citation}, innledningen`;
  if (clause.number) return `${citation}, punkt ${clause.number}`;
  const parent = clauses.find((candidate) => candidate.id === clause.parent);
  const where = parent ? citeClause(citation, parent, clauses) : citation;
  return `${where}, «${clause.heading}»`;
}

/** How each status reads on the site, and the note that explains it. */
export const STATUSES: Record<'utkast' | 'gjeldende' | 'erstattet', { label: string; note: string }> = {
  utkast: { label: 'Utkast', note: 'Teksten er et utkast og er ikke godkjent.' },
  gjeldende: { label: 'Gjeldende', note: 'Teksten er gjeldende.' },
  erstattet: { label: 'Erstattet', note: 'Teksten er erstattet av en nyere versjon og gjelder ikke lenger.' },
};

/** How each kind of document is named. */
export const KINDS: Record<'retningslinje' | 'samarbeidsprosedyre' | 'handlingsplan', string> = {
  retningslinje: 'Retningslinje',
  samarbeidsprosedyre: 'Samarbeidsprosedyre',
  handlingsplan: 'Handlingsplan',
};

/** Language names for the `language` field. */
export const LANGUAGES: Record<'nb' | 'nn', string> = { nb: 'Bokmål', nn: 'Nynorsk' };

/** `0.525` → `53 %` (Norwegian writes a space before the per cent sign). */
export function formatPercent(score: number): string {
  return `${Math.round(score * 100)} %`;
}

/** How a pair came about, for the comparison pages. */
export const PAIR_SOURCES: Record<'tagged' | 'automatic', string> = {
  tagged: 'Samme tema',
  automatic: 'Funnet automatisk',
};

/** The number a clause is found under: its own, or for an unnumbered clause its nearest numbered ancestor's. */
export function clauseNumber(clause: Clause, clauses: ReadonlyArray<Clause>): string | null {
  let current: Clause | undefined = clause;
  while (current && current.number === null) current = clauses.find((candidate) => candidate.id === current!.parent);
  return current?.number ?? null;
}

/** How a guideline's text was taken from its source document, by the source file's kind (`source` in front matter). */
export const SOURCE_FORMS: Record<'txt' | 'pdf' | 'docx', string> = {
  txt: 'Skrevet av ordrett fra et tekstuttrekk av dokumentet',
  pdf: 'Hentet ordrett fra PDF-utgaven av dokumentet',
  docx: 'Hentet ordrett fra Word-utgaven av dokumentet',
};

/** How the source file's name says the text was taken from its document. */
export function sourceForm(source: string): string {
  const extension = source.slice(source.lastIndexOf('.') + 1).toLowerCase();
  return Object.hasOwn(SOURCE_FORMS, extension) ? SOURCE_FORMS[extension as keyof typeof SOURCE_FORMS] : source;
}
