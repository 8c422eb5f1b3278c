// Runs in the browser too (the print page's fill-in form): no Node modules here.
import type { Root, RootContent } from 'mdast';
// The directive nodes (`:plassholder[…]`) in mdast's types; a type import, so nothing reaches the browser.
import type {} from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { formatDate, PARTIES } from '../model/vocabulary.ts';
import { PLACEHOLDER_DOTS } from '../render/placeholder.ts';

/** A piece of front matter text: words, or the blank a template leaves for the municipality's name. */
export type Segment = { text: string } | { placeholder: string };

// Front matter is plain text, so a template's blank is written there as the dots the source prints
// (St. Olav: "…………………… kommune"). The body marks the same blank as :plassholder[kommune]; this
// is the only kind of blank the sources have, so the dots in front matter stand for it.
const FRONT_MATTER_BLANK = 'kommune';

/** Splits front matter text at the dotted blank, so the print view can fill it like a `:plassholder[kommune]`. */
export function fillSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  text.split(PLACEHOLDER_DOTS).forEach((part, index) => {
    if (index > 0) segments.push({ placeholder: FRONT_MATTER_BLANK });
    if (part !== '') segments.push({ text: part });
  });
  return segments;
}

/** One party's block on the signature page. */
export interface SignatureBlock {
  /** Names the block's form fields and fill targets: `kommune`, `helseforetak` (`kommune-2` for a second). */
  key: string;
  /** How the party is named on the page: "Kommunen", "Helseforetaket". */
  role: string;
  /** The organisation that signs, as the front matter names it (blanks as dots: see fillSegments). */
  name: string;
  /**
   * The party is many municipalities, each signing for itself ("Kommunene i Innlandet"): the block
   * has a line for the name of the one that signs (MUNICIPALITY_LINE), filled from the form's blank.
   */
  eachSigns: boolean;
}

// A municipal party named in the plural, definite or not, Bokmål or Nynorsk ("Kommunene i
// Innlandet", "Kommunane i Møre og Romsdal", "Bø og Sauherad kommuner") is many municipalities, and
// each signs its own copy; one named in the singular ("Skien kommune", St. Olav's "…… kommune") is
// the one that signs.
const MANY_MUNICIPALITIES = /(?<!\p{L})kommun(?:ene|ane|er|ar)(?!\p{L})/iu;

/** The line a municipality that signs for itself writes its name on, and the blank of the form that fills it. */
export const MUNICIPALITY_LINE = { id: 'kommune', label: 'Kommune', blank: FRONT_MATTER_BLANK } as const;

/** What the fill-in form asks of each signatory. */
export const SIGNATURE_INPUTS = [
  { id: 'sted', label: 'Sted', type: 'text' },
  { id: 'dato', label: 'Dato', type: 'date' },
  { id: 'navn', label: 'Navn', type: 'text' },
  { id: 'tittel', label: 'Tittel', type: 'text' },
] as const;

/** A field of the form. */
export type SignatureField = (typeof SIGNATURE_INPUTS)[number]['id'];

/** The lines of a signature block, in print order, and the fields printed on each; the signature line is never filled. */
export const SIGNATURE_LINES: ReadonlyArray<{ id: string; label: string; fields: ReadonlyArray<SignatureField> }> = [
  { id: 'sted-dato', label: 'Sted og dato', fields: ['sted', 'dato'] },
  { id: 'underskrift', label: 'Underskrift', fields: [] },
  { id: 'navn', label: 'Navn med blokkbokstaver', fields: ['navn'] },
  { id: 'tittel', label: 'Tittel', fields: ['tittel'] },
];

/** What a signature line prints from the filled fields: `Skien, 6. februar 2025`; empty when none is filled. */
export function lineText(
  fields: ReadonlyArray<SignatureField>,
  values: Partial<Record<SignatureField, string>>,
): string {
  return fields
    .map((field) => {
      const value = (values[field] ?? '').trim();
      return field === 'dato' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
    })
    .filter((value) => value !== '')
    .join(', ');
}

/** The signature page: one block per party the front matter names, in its order. */
export function signatureBlocks(
  signatories: ReadonlyArray<{ role: 'kommune' | 'helseforetak'; name: string }>,
): SignatureBlock[] {
  const seen = new Map<string, number>();
  return signatories.map(({ role, name }) => {
    const count = (seen.get(role) ?? 0) + 1;
    seen.set(role, count);
    return {
      key: count === 1 ? role : `${role}-${count}`,
      role: PARTIES[role].label,
      name,
      eachSigns: role === 'kommune' && MANY_MUNICIPALITIES.test(name),
    };
  });
}

/** A signature the front matter records: which municipality signed which version, and when. */
export interface SignatureRecord {
  municipality: string;
  version: string;
  date: string;
}

/** Recorded signatures, oldest first, each with its date in words and whether it is of the given version. */
export function signedRecords(signatures: ReadonlyArray<SignatureRecord>, version: string) {
  return [...signatures]
    .sort((a, b) => a.date.localeCompare(b.date) || a.municipality.localeCompare(b.municipality, 'nb'))
    .map((record) => ({ ...record, dateText: formatDate(record.date), thisVersion: record.version === version }));
}

/**
 * The blanks a guideline leaves to fill in (`kommune`), from its text, its front matter and its
 * signature blocks (the name of a municipality that signs for itself), each once.
 */
export function blanks(
  body: ReadonlyArray<RootContent>,
  frontMatterTexts: ReadonlyArray<string>,
  blocks: ReadonlyArray<SignatureBlock> = [],
): string[] {
  const fields = new Set<string>();
  if (blocks.some((block) => block.eachSigns)) fields.add(MUNICIPALITY_LINE.blank);
  for (const text of frontMatterTexts) {
    for (const segment of fillSegments(text)) if ('placeholder' in segment) fields.add(segment.placeholder);
  }
  visit({ type: 'root', children: [...body] } as Root, 'textDirective', (node) => {
    if (node.name !== 'plassholder') return;
    const field = node.children
      .map((child) => ('value' in child ? child.value : ''))
      .join('')
      .trim();
    if (field) fields.add(field);
  });
  return [...fields];
}

/** Bidirectional controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM): typed into a name, an override would turn the rest of the printed line around. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A value typed into the print page's form as it goes on the paper: no bidirectional controls, trimmed. */
export function typedValue(value: string): string {
  return value.replace(BIDI_CONTROLS, '').trim();
}
