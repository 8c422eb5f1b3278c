import type { GuidelineMeta } from './schema.ts';

/**
 * The parties a heading may name with `{part=…}`, and how every page, the CSV and search name them:
 * `label` as a heading or a value ("Felles for begge parter"), `of` inside a sentence ("Hva må kommunen
 * gjøre?"), `tag` on a shared duty in one party's view («Felles»).
 */
export const PARTIES = {
  felles: { label: 'Felles for begge parter', of: 'begge parter', tag: 'Felles' },
  kommune: { label: 'Kommunen', of: 'kommunen', tag: 'Kommunen' },
  helseforetak: { label: 'Helseforetaket', of: 'helseforetaket', tag: 'Helseforetaket' },
} as const satisfies Record<string, { label: string; of: string; tag: string }>;

/** The party a clause binds, where its heading says so: one of PARTIES. */
export type Party = keyof typeof PARTIES;

/** How the obligation register names each modality, and the verbs that make it. */
export const MODALITIES = {
  plikt: { label: 'Plikt', verbs: 'skal, må, plikter, forplikter seg til, er ansvarlig for, sørger for, er enige om' },
  anbefaling: { label: 'Anbefaling', verbs: 'bør, anbefaler' },
  adgang: { label: 'Adgang', verbs: 'kan' },
} as const satisfies Record<string, { label: string; verbs: string }>;

/** How binding an obligation is: a duty (skal, må, plikter …), a recommendation (bør) or a permission (kan). */
export type Modality = keyof typeof MODALITIES;

/** Where a guideline stands (the front matter's `status`). */
export type Status = GuidelineMeta['status'];

/** What kind of document a guideline is (the front matter's `kind`). */
export type Kind = GuidelineMeta['kind'];

/** The language of a guideline's text (the front matter's `language`). */
export type Language = GuidelineMeta['language'];

/**
 * A guideline is named by its short title everywhere (`UNN`, `St. Olav`); where a reader meets it
 * beside its region, or out of context (a filter, the home page), it is the short title and the
 * region it covers, `UNN – Troms og Ofoten`, or the short title alone when it is the region's name.
 */
export function guidelineLabel(meta: { shortTitle: string; region: string }): string {
  return meta.shortTitle === meta.region ? meta.shortTitle : `${meta.shortTitle} – ${meta.region}`;
}

/** Whether a string is one of the parties in PARTIES. */
export function isParty(value: string): value is Party {
  return Object.hasOwn(PARTIES, value);
}

/** The months as a date spells them out (`6. februar 2025`), January first; Bokmål and Nynorsk alike. */
export const MONTH_NAMES: ReadonlyArray<string> = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

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

/** A decision as the source states it: `Vedteke i partnarskapsmøtet 19. januar 2026`; `Godkjent i …` where the source's words are not kept. */
export function decisionText(decision: { by: string; date: string; verb?: string | undefined }): string {
  const verb = decision.verb ?? 'Godkjent i';
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${decision.by} ${formatDate(decision.date)}`;
}

/** `2023-06-01` → `01.06.2023`, the way the sources write dates. */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** How each status reads on the site, and the note that explains it. */
export const STATUSES: Record<Status, { label: string; note: string }> = {
  utkast: { label: 'Utkast', note: 'Teksten er et utkast og er ikke godkjent.' },
  gjeldende: { label: 'Gjeldende', note: 'Teksten er gjeldende.' },
  erstattet: { label: 'Erstattet', note: 'Teksten er erstattet av en nyere versjon og gjelder ikke lenger.' },
};

/** How each kind of document is named. */
export const KINDS: Record<Kind, string> = {
  retningslinje: 'Retningslinje',
  samarbeidsprosedyre: 'Samarbeidsprosedyre',
  handlingsplan: 'Handlingsplan',
};

/**
 * The most regions a page shows side by side (a column each) or lists ungrouped. With more, the
 * register pages show a line per region and leave the words to each region's own page
 * (/plikter/<party>/<slug>/), and lists of regions are grouped by HEALTH_REGIONS.
 */
export const SIDE_BY_SIDE = 5;

/** A regional health authority, the `healthRegion` field. */
export type HealthRegion = NonNullable<GuidelineMeta['healthRegion']>;

/** The four regional health authorities by name, in the order lists group regions by them (north to south). */
export const HEALTH_REGIONS: Record<HealthRegion, string> = {
  nord: 'Helse Nord',
  midt: 'Helse Midt-Norge',
  vest: 'Helse Vest',
  'sor-ost': 'Helse Sør-Øst',
};

/**
 * Items grouped by their regional health authority, in HEALTH_REGIONS order, each group's items in
 * the order given; the items with none last, under `Andre`. Empty groups are left out.
 */
export function byHealthRegion<T>(items: readonly T[], healthRegion: (item: T) => HealthRegion | null) {
  const keys = [...(Object.keys(HEALTH_REGIONS) as HealthRegion[]), null];
  return keys
    .map((key) => ({
      key,
      name: key === null ? 'Andre' : HEALTH_REGIONS[key],
      items: items.filter((item) => healthRegion(item) === key),
    }))
    .filter((group) => group.items.length > 0);
}

/** Language names for the `language` field. */
export const LANGUAGES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk' };

/** `0.525` → `53 %` (Norwegian writes a space before the per cent sign). */
export function formatPercent(score: number): string {
  return `${Math.round(score * 100)} %`;
}

/** How a pair came about, for the comparison pages. */
export const PAIR_SOURCES = {
  tagged: 'Samme tema',
  automatic: 'Funnet automatisk',
} as const satisfies Record<string, string>;

/** How a pair came about: a shared topic tag, or the machine. */
export type PairSource = keyof typeof PAIR_SOURCES;

/** How a guideline's text was taken from its source document, by the source file's kind (`source` in front matter). */
export const SOURCE_FORMS: Record<'txt' | 'pdf' | 'docx', string> = {
  txt: 'Skrevet av ordrett fra et tekstuttrekk av dokumentet',
  pdf: 'Hentet ordrett fra PDF-utgaven av dokumentet',
  docx: 'Hentet ordrett fra Word-utgaven av dokumentet',
};

/** The link to a source file as the project holds it (`/kilder/<file>`), named by what a reader gets. */
export const SOURCE_LINKS: Record<keyof typeof SOURCE_FORMS, string> = {
  txt: 'tekstuttrekket (ren tekst)',
  pdf: 'dokumentet (PDF)',
  docx: 'dokumentet (Word)',
};

/** A source file's kind, by its name's extension (`txt`, `pdf`, `docx`), or undefined. */
function sourceKind(source: string): keyof typeof SOURCE_FORMS | undefined {
  const extension = source.slice(source.lastIndexOf('.') + 1).toLowerCase();
  return Object.hasOwn(SOURCE_FORMS, extension) ? (extension as keyof typeof SOURCE_FORMS) : undefined;
}

/** How the source file's name says the text was taken from its document. */
export function sourceForm(source: string): string {
  const kind = sourceKind(source);
  return kind === undefined ? source : SOURCE_FORMS[kind];
}

/** The words of the link to a source file, by its kind: `tekstuttrekket (ren tekst)`. */
export function sourceLink(source: string): string {
  const kind = sourceKind(source);
  return kind === undefined ? 'kildefilen' : SOURCE_LINKS[kind];
}
