import type { GuidelineMeta } from '../model/schema.ts';
import type { Guideline } from '../model/types.ts';
import type {
  ObligationCounts,
  PublishedGuideline,
  PublishedClause,
  PublishedGuidelineMeta,
  PublishedIndex,
  PublishedObligation,
  PublishedVersion,
} from '../model/published.ts';
import { guidelineLabel, MODALITIES, PARTIES, STATUSES } from '../model/vocabulary.ts';
import { clauseUrl, guidelineJsonUrl, guidelineUrl, obligationsCsvUrl, obligationsUrl } from '../model/routes.ts';

/** The front matter the JSON export publishes: all of it but how clauses are cited and the sub-agreement. */
export type ExportMeta = Omit<GuidelineMeta, 'citation' | 'agreement'>;

/** How many obligations a guideline puts on each party, and in all. */
export function obligationCounts({ obligations }: Pick<Guideline<unknown>, 'obligations'>): ObligationCounts {
  const counts = { total: obligations.length, felles: 0, kommune: 0, helseforetak: 0 };
  for (const obligation of obligations) counts[obligation.party] += 1;
  return counts;
}

/** A guideline's metadata as published in /data/index.json and /data/<slug>.json. */
export function exportMeta<Meta extends ExportMeta>(guideline: Guideline<Meta>): PublishedGuidelineMeta {
  const { meta, fingerprint } = guideline;
  return {
    slug: meta.slug,
    title: meta.title,
    subtitle: meta.subtitle,
    shortTitle: meta.shortTitle,
    region: meta.region,
    // The short title with its region, as the home page and the search filters name the guideline.
    label: guidelineLabel(meta),
    hospital: meta.hospital,
    municipalities: meta.municipalities,
    kind: meta.kind,
    number: meta.number,
    language: meta.language,
    status: meta.status,
    version: meta.version,
    approved: meta.approved,
    adjusted: meta.adjusted,
    lastUpdated: meta.lastUpdated,
    legalBasis: meta.legalBasis,
    source: meta.source,
    signatories: meta.signatories,
    signatures: meta.signatures,
    fingerprint,
    url: guidelineUrl(meta.slug),
    json: guidelineJsonUrl(meta.slug),
    obligations: { ...obligationCounts(guideline), url: obligationsUrl(meta.slug), csv: obligationsCsvUrl(meta.slug) },
  };
}

/** /data/<slug>.json: the metadata and every clause, flat, in document order (the shape: model/published.ts). */
export function exportGuideline<Meta extends ExportMeta>(guideline: Guideline<Meta>): PublishedGuideline {
  const { slug } = guideline.meta;
  return {
    ...exportMeta(guideline),
    clauses: guideline.clauses.map((clause): PublishedClause => ({
      id: clause.id,
      number: clause.number,
      numberLabel: clause.numberLabel,
      heading: clause.heading,
      level: clause.level,
      parent: clause.parent,
      party: clause.party,
      topics: clause.topics,
      notes: clause.notes,
      text: clause.text,
      footnotes: clause.footnotes.map(({ number, text }) => ({ number, text })),
      url: clauseUrl(slug, clause.id),
    })),
    // Every obligation, in document order: the same list the register pages, the CSV and the search filter read.
    obligations: guideline.obligations.map(
      ({ id, clause, party, actor, modality, text, leadIn, deadline, topics }): PublishedObligation => ({
        id,
        clause,
        party,
        actor,
        modality,
        text,
        leadIn,
        deadline,
        topics,
        url: clauseUrl(slug, clause),
      }),
    ),
  };
}

/**
 * /data/index.json: every guideline's metadata (no clauses), every version with its fingerprint (so
 * a printed copy can be traced to its version, current or not), the topic vocabulary, and the names of
 * parties, modalities and statuses.
 */
export function exportIndex<Meta extends ExportMeta>(
  versions: ReadonlyArray<Guideline<Meta>>,
  topics: PublishedIndex['topics'],
): PublishedIndex {
  return {
    guidelines: versions.filter((guideline) => guideline.current).map(exportMeta),
    versions: versions.map(({ meta, fingerprint, current }): PublishedVersion => ({
      slug: meta.slug,
      version: meta.version,
      status: meta.status,
      approved: meta.approved,
      fingerprint,
      current,
    })),
    topics,
    // How the site names the keys the export uses (`party`, `modality`, `status`), so a reader of the
    // data can show the same words as the pages, the CSV and the search filters.
    vocabulary: {
      parties: Object.fromEntries(Object.entries(PARTIES).map(([key, { label }]) => [key, label])),
      modalities: Object.fromEntries(Object.entries(MODALITIES).map(([key, { label }]) => [key, label])),
      statuses: Object.fromEntries(Object.entries(STATUSES).map(([key, { label }]) => [key, label])),
    },
  };
}
