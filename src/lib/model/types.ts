import type { RootContent } from 'mdast';
import type { Modality, Party } from './vocabulary.ts';

export type { Modality, Party };

/** A footnote of the guideline, kept with the clause that first refers to it. */
export interface Footnote {
  /** The label used in the Markdown (`[^1]` → `"1"`). */
  label: string;
  /** The number shown to readers, in order of first reference. */
  number: number;
  /** The footnote rendered as HTML (its paragraphs). */
  html: string;
  /** The footnote as plain text. */
  text: string;
}

/** One clause of a guideline: a heading and the body up to the next heading. */
export interface Clause {
  /** Stable, readable address: `punkt-4-1`, `punkt-3-1-felles-ansvar`, `innledning`. */
  id: string;
  /** The clause number, normalised (`"4.1"`, no trailing dot), or null when unnumbered. */
  number: string | null;
  /** The word the heading writes before its number (`Punkt`, `§`, `Artikkel`: «Punkt 2 Grunnlag»), or null. */
  numberLabel: string | null;
  /** The heading text without number, attributes and editorial notes; null for the introduction. */
  heading: string | null;
  /** The heading as inline HTML: the words of `heading` and any editorial notes; null for the introduction. */
  headingHtml: string | null;
  /** 1 for a top-level clause (`##`), 2 for the level below (`###`), and so on. */
  level: number;
  /** The id of the enclosing clause, or null at the top level. */
  parent: string | null;
  /** The party the clause binds, where its heading says so. */
  party: Party | null;
  /** Topic ids; empty until topics are tagged. */
  topics: string[];
  /** Editorial remarks attached to the heading (`:merknad[…]`). */
  notes: string[];
  /** The clause's own body as mdast nodes (sub-clauses excluded). */
  body: RootContent[];
  /** The body rendered as HTML. */
  html: string;
  /** The same HTML with the clause's obligations marked and labelled (the reading page); equal to `html` where it has none. */
  markedHtml: string;
  /** The body as plain text: blocks separated by blank lines, list items by line breaks. */
  text: string;
  /** Footnotes first referred to in this clause. */
  footnotes: Footnote[];
  /** Line of the clause's heading in the source file (1 for the introduction). */
  line: number;
}

/** One duty, recommendation or permission a guideline puts on a party: a sentence, list item or action-table row. */
export interface Obligation {
  /** Stable address: the clause id plus its position among the clause's obligations (`punkt-4-1-plikt-2`). */
  id: string;
  /** The id of the clause it stands in. */
  clause: string;
  /** The party it binds: from its actor, else the clause's (or an enclosing clause's) party, else both (`felles`). */
  party: Party;
  /** Who it names, as the text writes it ("Kommunen", "Partnerne", "UNN", "Fagråd M&R"); null for the passive voice. */
  actor: string | null;
  modality: Modality;
  /** The source's exact words: a verbatim slice of the clause's `text`. */
  text: string;
  /** The sentence a list item stands under ("Partene forplikter seg til å:"), verbatim; null for a sentence of its own. */
  leadIn: string | null;
  /** The deadline the text gives ("innen to virkedager", an action table's Tidsplan), verbatim; null when none. */
  deadline: string | null;
  /** The clause's topic ids. */
  topics: string[];
  /** Line in the source file. */
  line: number;
}

/** A parsed guideline: validated front matter, the clauses in document order, a fingerprint. */
export interface Guideline<Meta> {
  meta: Meta;
  /** The source file, as given to the parser (used in error messages). */
  file: string;
  clauses: Clause[];
  /** Every obligation of the guideline, in document order (src/lib/obligations/extract.ts). */
  obligations: Obligation[];
  /** SHA-256 (hex) of the normalised text of every clause, in order. */
  fingerprint: string;
  /** True for the version the site publishes as the guideline (`<slug>.md`); false for other versions (`<slug>@<label>.md`). */
  current: boolean;
}

/** A schema the parser validates front matter with: a zod schema fits. */
export interface MetaSchema<Meta> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: Meta }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}
