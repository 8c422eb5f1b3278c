import { z } from 'zod';

// The front matter contract and the topic vocabulary's shape. They live apart from
// content.config.ts so that tests and command-line scripts, which run outside Astro (where the
// virtual module `astro:content` does not exist), validate content with the very same schemas.

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'not a real date',
  )
  // A year before 1900 is a typing error (`0000-01-01` would be shown as «1. januar 1»); so is one
  // far ahead. The range is wide enough for any agreement written or revised by people alive.
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= 1900 && year <= 2199;
  }, 'the year must be between 1900 and 2199: check the date against the source');

const text = z.string().trim().min(1, 'must not be empty');

const decision = z.strictObject({
  date: isoDate,
  by: text,
  /** The source's own words before the body, where they are not «Godkjent i» (`Vedteke i`, `vedtatt av`): shown as written. */
  verb: text.optional(),
});

const signature = z.strictObject({
  /** The municipality that signed. */
  municipality: text,
  /** The version it signed, as the `version` field names it. */
  version: text,
  /** When it signed. */
  date: isoDate,
});

/** The front matter contract of a guideline file (content/guidelines/<slug>.md). */
export const guidelineSchema = z.strictObject({
  /** The guideline's address: /retningslinjer/<slug>/. Must equal the file name. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens, e.g. more-og-romsdal'),
  /** The title exactly as the source has it. */
  title: text,
  /** A line the source prints above its title, if any. */
  subtitle: text.nullable(),
  /** Short name used in lists and comparisons ("Telemark"). */
  shortTitle: text,
  /** How clauses are cited: "<citation>, punkt 4.1". */
  citation: text,
  /** The region (fylke, area) whose helsefellesskap the agreement belongs to. */
  region: text,
  /**
   * The regional health authority the helsefellesskap belongs to (model/vocabulary.ts HEALTH_REGIONS:
   * nord, midt, vest, sor-ost): the pages that list every region group them by it. Optional.
   */
  healthRegion: z.enum(['nord', 'midt', 'vest', 'sor-ost']).nullable().default(null),
  /** The hospital trust that is a party. */
  hospital: text,
  /** The municipalities that are the other party. */
  municipalities: text,
  /**
   * The sub-agreement (delavtale) of the cooperation agreement the text belongs to. The site compares
   * texts of the same sub-agreement only: across 19 helsefellesskap that keeps the number of
   * comparison pages linear in the number of sub-agreements instead of quadratic in all texts.
   */
  agreement: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens')
    .default('ikt'),
  /** What kind of document it is. */
  kind: z.enum(['retningslinje', 'samarbeidsprosedyre', 'handlingsplan']),
  /** The document's number in the agreement (retningslinje 7, delavtale 9), if it has one. */
  number: z.string().nullable(),
  /** The language of the text: Bokmål or Nynorsk. */
  language: z.enum(['nb', 'nn']),
  /** Where the text stands. */
  status: z.enum(['utkast', 'gjeldende', 'erstattet']),
  /** The version as the source names it (or the date of its last change). */
  version: text,
  /** The approval the source names, or null. */
  approved: decision.nullable(),
  /** Later adjustments the source names. */
  adjusted: z.array(decision),
  /** "Sist oppdatert" in the source. */
  lastUpdated: isoDate.nullable(),
  /** The laws the text says it rests on. */
  legalBasis: z.array(text),
  /** The file in content/sources the text was transcribed or imported from: a PDF's text extraction, or the PDF or Word file (`npm run import`). */
  source: z
    .string()
    .regex(/^[\w.-]+\.(?:txt|pdf|docx)$/, 'name the source file, e.g. 001_c44872448151f3fe.txt or retningslinje-7.pdf'),
  /** The parties that sign. */
  signatories: z
    .array(z.strictObject({ role: z.enum(['kommune', 'helseforetak']), name: text }))
    .min(2, 'name both parties: a kommune and a helseforetak'),
  /** Signatures a source records: which municipality signed which version, and when. Only what a source states. */
  signatures: z
    .array(signature)
    .default([])
    .superRefine((signatures, context) => {
      signatures.forEach(({ municipality, version }, index) => {
        const first = signatures.findIndex((other) => other.municipality === municipality && other.version === version);
        if (first !== index) {
          context.addIssue({
            code: 'custom',
            path: [index],
            message: `${municipality} is already recorded as signing version ${version} (item ${first + 1}): record each signature once`,
          });
        }
      });
    }),
});

/** A guideline's validated front matter. */
export type GuidelineMeta = z.infer<typeof guidelineSchema>;

/** The topic vocabulary, content/topics.yaml: what editors may tag clauses with. */
export const topicsSchema = z.array(
  z.strictObject({
    /** The id used in `{tema=…}` and in URLs (/tema/<id>/). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens'),
    /** The name in Bokmål. */
    nb: text,
    /** The name in Nynorsk. */
    nn: text,
    /** One line saying what the topic covers. */
    description: text,
    /** Ids the topic had before (a topic split in two keeps its old address on one half): /tema/<id>/ leads here. */
    formerly: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and hyphens'))
      .optional(),
  }),
);

/** One topic of the vocabulary. */
export type Topic = z.infer<typeof topicsSchema>[number];
