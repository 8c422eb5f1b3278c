import type { GuidelineMeta, Topic } from '../model/schema.ts';
import type { Guideline, Party } from '../model/types.ts';
import { guidelineLabel, MODALITIES, PARTIES, STATUSES } from '../model/vocabulary.ts';
import { clauseUrl, guidelineJsonUrl, guidelineUrl, obligationsCsvUrl, obligationsUrl } from '../model/routes.ts';

/** The front matter the JSON export publishes: all of it but how clauses are cited and the sub-agreement. */
export type ExportMeta = Omit<GuidelineMeta, 'citation' | 'agreement'>;

/** How many obligations a guideline puts on each party, and in all. */
export function obligationCounts({
  obligations,
}: Pick<Guideline<unknown>, 'obligations'>): Record<Party | 'total', number> {
  const counts = { total: obligations.length, felles: 0, kommune: 0, helseforetak: 0 };
  for (const obligation of obligations) counts[obligation.party] += 1;
  return counts;
}

/** A guideline's metadata as published in /data/index.json and /data/<slug>.json. */
export function exportMeta<Meta extends ExportMeta>(guideline: Guideline<Meta>) {
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

/** /data/<slug>.json: the metadata and every clause, flat, in document order. */
export function exportGuideline<Meta extends ExportMeta>(guideline: Guideline<Meta>) {
  const { slug } = guideline.meta;
  return {
    ...exportMeta(guideline),
    clauses: guideline.clauses.map((clause) => ({
      id: clause.id,
      number: clause.number,
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
      ({ id, clause, party, actor, modality, text, leadIn, deadline, topics }) => ({
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
export function exportIndex<Meta extends ExportMeta, Topic>(
  versions: ReadonlyArray<Guideline<Meta>>,
  topics: ReadonlyArray<Topic>,
) {
  return {
    guidelines: versions.filter((guideline) => guideline.current).map(exportMeta),
    versions: versions.map(({ meta, fingerprint, current }) => ({
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

/** A guideline as /data/<slug>.json publishes it: the clause model the search index and the CSV are built from. */
export type ExportedGuideline = ReturnType<typeof exportGuideline<GuidelineMeta>>;

/** /data/index.json as the site publishes it. */
export type ExportedIndex = ReturnType<typeof exportIndex<GuidelineMeta, Topic>>;
