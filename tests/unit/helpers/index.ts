import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { readYaml } from '../../../src/lib/parse/frontmatter.ts';
import { guidelineSchema, topicsSchema, type GuidelineMeta, type Topic } from '../../../src/lib/model/schema.ts';
import { knownTopics, parseTopics, type KnownTopics } from '../../../src/lib/parse/topics.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { decodeUtf8 } from '../../../src/lib/parse/safety.ts';
import type { Clause, Guideline } from '../../../src/lib/model/types.ts';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const fixtures = `${root}tests/fixtures`;
/** The source documents the texts were transcribed or imported from (`source` in front matter). */
export const sources = `${root}content/sources`;

/** The topic vocabulary of the site. */
export function loadTopics(): Topic[] {
  return parseTopics(decodeUtf8(readFileSync(`${root}content/topics.yaml`), 'content/topics.yaml'), {
    file: 'content/topics.yaml',
    schema: topicsSchema,
  });
}

/** The topic ids of the site, as the parser takes them. */
export const topicIds = (): KnownTopics => knownTopics(loadTopics());

/** The folder of guideline files: content/guidelines, or GUIDELINES_DIR as for the build. */
export const guidelinesDir = relative(root, resolve(root, process.env.GUIDELINES_DIR ?? 'content/guidelines'));

/** The published guidelines, parsed exactly as the site build parses them. */
export function loadSite(): Guideline<GuidelineMeta>[] {
  const dir = `${root}${guidelinesDir}`;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      file: `${guidelinesDir}/${name}`,
      source: decodeUtf8(readFileSync(`${dir}/${name}`), `${guidelinesDir}/${name}`),
    }));
  return loadGuidelines(files, guidelineSchema, topicIds());
}

/** A clause as the fixtures record it: what a reader or the JSON export sees, no mdast. */
export function summarise(clause: Clause) {
  const { id, number, numberLabel, heading, headingHtml, level, parent, party, topics, notes, text, html } = clause;
  return {
    id,
    number,
    // A labelled number («Punkt 2») is rare: the fixtures name the label where there is one.
    ...(numberLabel === null ? {} : { numberLabel }),
    heading,
    headingHtml,
    level,
    parent,
    party,
    topics,
    notes,
    text,
    html,
    footnotes: clause.footnotes.map((f) => `${f.number}: ${f.text}`),
  };
}

export { words } from '../../../src/lib/import/words.ts';

const text = z.string().min(1);
const why = z.string().min(1);
/** A guideline's pinned expectations, `content/guidelines/<slug>.expect.yaml` (the site's loader reads only `.md`). */
export const expectationsSchema = z.strictObject({
  /** The clauses in document order: [number, heading]. */
  clauses: z.array(z.tuple([z.string().nullable(), z.string().nullable()])).optional(),
  /** Clause id → the party it binds (null: none). */
  parties: z.record(z.string(), z.enum(['felles', 'kommune', 'helseforetak']).nullable()).optional(),
  /** How the published words may differ from the seed (tests/unit/content/faithful.test.ts). */
  faithful: z
    .strictObject({
      joins: z.array(text).optional(),
      debris: z
        .array(
          z.strictObject({
            remove: z.union([text, z.strictObject({ pattern: text, flags: z.string().optional() })]),
            keep: z.string().optional(),
            times: z.number().int().positive().optional(),
            why,
          }),
        )
        .optional(),
      added: z.array(z.strictObject({ text, why })).optional(),
      moved: z.array(z.strictObject({ text, why })).optional(),
      orderUntil: z.strictObject({ text, why }).optional(),
    })
    .default({}),
});

/** What a guideline's expectations file pins. */
export type Expectations = z.infer<typeof expectationsSchema>;

/** The expectations file of a guideline, or an empty set when it has none (it then meets the generic checks only). */
export function loadExpectations(slug: string): Expectations {
  const file = `${guidelinesDir}/${slug}.expect.yaml`;
  if (!existsSync(`${root}${file}`)) return { faithful: {} };
  return readYaml({ value: readFileSync(`${root}${file}`, 'utf8'), line: 0 }, file, expectationsSchema, {
    what: 'the expectations file',
    hint: 'see the comments at the top of content/guidelines/*.expect.yaml',
  });
}

/** A clause written for a test: its id and text, every other field empty unless given (its heading shown as written). */
export const testClause = (id: string, text: string, more: Partial<Clause> = {}): Clause => ({
  id,
  number: null,
  numberLabel: null,
  heading: null,
  headingHtml: more.heading ?? null,
  level: 1,
  parent: null,
  party: null,
  topics: [],
  notes: [],
  body: [],
  html: '',
  markedHtml: '',
  text,
  footnotes: [],
  line: 1,
  ...more,
});
