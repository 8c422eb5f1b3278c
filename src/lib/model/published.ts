// The JSON the site publishes under /data/ (DESIGN.md, «Interfaces that must hold»): other systems
// read it, and so do the search index, the CSV, verification and the browser scripts. Each shape is
// declared here once; the functions that write it (publish/export.ts, compare/alignment-json.ts)
// satisfy it, and every reader takes its type from here. A field added, renamed or dropped here is
// a change to a public interface.
//
// Browser-safe: types only.
import type { GuidelineMeta, Topic } from './schema.ts';
import type { Modality, PairSource, Party } from './vocabulary.ts';

/** How many obligations a guideline puts on each party, and in all. */
export type ObligationCounts = Record<Party | 'total', number>;

/** A guideline's metadata as /data/index.json lists it and /data/<slug>.json begins. */
export interface PublishedGuidelineMeta {
  /** The guideline's address part: `/retningslinjer/<slug>/`. */
  slug: string;
  /** The title exactly as the source has it. */
  title: string;
  /** A line the source prints above its title, or null. */
  subtitle: string | null;
  /** The short name used in lists and comparisons ("Telemark"). */
  shortTitle: string;
  /** The region whose helsefellesskap the agreement belongs to. */
  region: string;
  /** The short title with its region, as the home page and the search filters name the guideline ("UNN – Troms og Ofoten"). */
  label: string;
  /** The hospital trust that is a party. */
  hospital: string;
  /** The municipalities that are the other party. */
  municipalities: string;
  /** What kind of document it is: `retningslinje`, `samarbeidsprosedyre` or `handlingsplan`. */
  kind: GuidelineMeta['kind'];
  /** The document's number in the agreement (retningslinje 7, delavtale 9), or null. */
  number: string | null;
  /** The language of the text: `nb` (Bokmål) or `nn` (Nynorsk). */
  language: GuidelineMeta['language'];
  /** Where the text stands: `utkast`, `gjeldende` or `erstattet`. */
  status: GuidelineMeta['status'];
  /** The version as the source names it. */
  version: string;
  /** The approval the source names (`date` as YYYY-MM-DD, `by`), or null where it names none. */
  approved: GuidelineMeta['approved'];
  /** Later adjustments the source names, each with its date and by whom. */
  adjusted: GuidelineMeta['adjusted'];
  /** "Sist oppdatert" in the source (YYYY-MM-DD), or null. */
  lastUpdated: string | null;
  /** The laws the text says it rests on. */
  legalBasis: string[];
  /** The file the text was transcribed or imported from. */
  source: string;
  /** The parties that sign: `role` (`kommune` or `helseforetak`) and `name`. */
  signatories: GuidelineMeta['signatories'];
  /** Signatures a source records: which municipality signed which version, and when. */
  signatures: GuidelineMeta['signatures'];
  /** SHA-256 (hex) of the normalised text of every clause, in order: what a printed copy is traced by. */
  fingerprint: string;
  /** The reading page: `/retningslinjer/<slug>/`. */
  url: string;
  /** This guideline's JSON: `/data/<slug>.json`. */
  json: string;
  /** How many obligations it puts on each party, the register page (`url`) and its CSV (`csv`). */
  obligations: ObligationCounts & { url: string; csv: string };
}

/** A footnote as published with the clause that first refers to it. */
export interface PublishedFootnote {
  /** The number shown to readers, in order of first reference. */
  number: number;
  /** The footnote as plain text. */
  text: string;
}

/** One clause in /data/<slug>.json. */
export interface PublishedClause {
  /** Stable, readable address within the guideline: `punkt-4-1`, `innledning`. */
  id: string;
  /** The clause number (`"4.1"`, no trailing dot), or null when unnumbered. */
  number: string | null;
  /** The word the heading writes before its number (`Punkt`, `§`, `Artikkel`), or null: «Punkt 2 Grunnlag» is number `2`, label `Punkt`. */
  numberLabel: string | null;
  /** The heading without number and notes; null for the introduction. */
  heading: string | null;
  /** 1 for a top-level clause, 2 for the level below, and so on. */
  level: number;
  /** The id of the enclosing clause, or null at the top level. */
  parent: string | null;
  /** The party the clause binds where its heading says so, else null. */
  party: Party | null;
  /** The clause's topic ids (content/topics.yaml). */
  topics: string[];
  /** Editorial remarks attached to the heading. */
  notes: string[];
  /** Plain text of the clause's own body, sub-clauses excluded: blocks apart by blank lines, list items by line breaks. */
  text: string;
  /** Footnotes first referred to in this clause. */
  footnotes: PublishedFootnote[];
  /** The clause on its reading page: `/retningslinjer/<slug>/#<id>`. */
  url: string;
}

/** One obligation in /data/<slug>.json: a duty, recommendation or permission the text puts on a party. */
export interface PublishedObligation {
  /** Stable address: the clause id and its position among the clause's obligations (`punkt-4-1-plikt-2`). */
  id: string;
  /** The id of the clause it stands in. */
  clause: string;
  /** The party it binds: `kommune`, `helseforetak` or `felles` (both). */
  party: Party;
  /** Who the text names ("Kommunen", "Partene"), verbatim; null for the passive voice. */
  actor: string | null;
  /** `plikt` (skal), `anbefaling` (bør) or `adgang` (kan). */
  modality: Modality;
  /** The source's exact words: a verbatim slice of the clause's text. */
  text: string;
  /** The sentence a list item stands under, verbatim; null for a sentence of its own. */
  leadIn: string | null;
  /** The deadline the text gives, verbatim; null when none. */
  deadline: string | null;
  /** The clause's topic ids. */
  topics: string[];
  /** The clause it stands in, on its reading page. */
  url: string;
}

/**
 * /data/<slug>.json: a guideline's metadata, every clause (flat, in document order) and every
 * obligation. `obligations` holds the obligations themselves here, not the index's counts.
 */
export interface PublishedGuideline extends Omit<PublishedGuidelineMeta, 'obligations'> {
  /** Every clause, flat, in document order. */
  clauses: PublishedClause[];
  /** Every obligation, in document order: the list the register pages, the CSV and the search filter read. */
  obligations: PublishedObligation[];
}

/** One version of a guideline as /data/index.json lists it, current or not. */
export interface PublishedVersion {
  /** The guideline's slug. */
  slug: string;
  /** The version as the source names it. */
  version: string;
  /** Where the version stands: `utkast`, `gjeldende` or `erstattet`. */
  status: GuidelineMeta['status'];
  /** Its approval, or null. */
  approved: GuidelineMeta['approved'];
  /** Its fingerprint, so that a printed copy can be traced to it. */
  fingerprint: string;
  /** True for the version the site publishes as the guideline. */
  current: boolean;
}

/** /data/index.json: every current guideline's metadata (no clauses), every version, the topics and the site's names. */
export interface PublishedIndex {
  /** Every current guideline's metadata. */
  guidelines: PublishedGuidelineMeta[];
  /** Every version of every guideline, with its fingerprint. */
  versions: PublishedVersion[];
  /** The topic vocabulary, in its file's order. */
  topics: Topic[];
  /** How the site names the keys the export uses (`party`, `modality`, `status`): the same words as the pages. */
  vocabulary: {
    parties: Record<string, string>;
    modalities: Record<string, string>;
    statuses: Record<string, string>;
  };
}

/** Where two paired clauses differ in what they ask of one party: the strongest modality each puts on it. */
export interface PublishedDutyDifference {
  party: Party;
  /** In A: `plikt`, `anbefaling`, `adgang`, or null for nothing. */
  a: Modality | null;
  /** In B, the same. */
  b: Modality | null;
}

/** Two aligned clauses in /data/sammenlign/<a>/<b>.json. */
export interface PublishedPair {
  /** Clause id in A. */
  a: string;
  /** Clause id in B. */
  b: string;
  /** Text similarity of the two clauses, 0..1. */
  score: number;
  /** `tagged`: both carry the topic; `automatic`: paired by text similarity. */
  source: PairSource;
  /** The topic the pair is about, or null. */
  topic: string | null;
  /** Where the pair's duties differ, per party. */
  duties: PublishedDutyDifference[];
}

/** One group of the comparison page: the clauses shown together, once. */
export interface PublishedGroup {
  /** Clause ids of A, in document order (empty for a clause only B has). */
  a: string[];
  /** Clause ids of B, in document order (empty for a clause only A has). */
  b: string[];
  /** Indexes into `pairs` of the pairs that join the group. */
  pairs: number[];
  /** The topic the group stands under, or null. */
  topic: string | null;
  /** Other topics the group touches; their sections on the page refer to it. */
  alsoTopics: string[];
  /** Where the duties of the group's clauses differ, taken together. */
  duties: PublishedDutyDifference[];
  /** The group's anchor on the comparison page (`gruppe-a-<id>`). */
  anchor: string;
}

/** /data/sammenlign/<a>/<b>.json: the alignment behind the comparison page, and the page's groups. */
export interface PublishedComparison {
  /** Slug of guideline A. */
  a: string;
  /** Slug of guideline B. */
  b: string;
  /** The aligned pairs, each with where its duties differ. */
  pairs: PublishedPair[];
  /** Clauses of A with no counterpart in B. */
  onlyA: string[];
  /** Clauses of B with no counterpart in A. */
  onlyB: string[];
  /** The groups the page shows, in page order. */
  groups: PublishedGroup[];
}
