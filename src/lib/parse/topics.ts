import { GuidelineError } from '../model/errors.ts';
import { readYaml } from './frontmatter.ts';
import { checkCharacters, normaliseText } from './safety.ts';
import type { Clause, MetaSchema } from '../model/types.ts';

/** Reads the topic vocabulary (content/topics.yaml) and rejects repeated ids. */
export function parseTopics<Topic extends { id: string; formerly?: string[] }>(
  source: string,
  { file, schema }: { file: string; schema: MetaSchema<Topic[]> },
): Topic[] {
  checkCharacters(source, file);
  const topics = readYaml({ value: normaliseText(source), line: 0 }, file, schema, {
    what: 'the topic list',
    hint: 'each topic has id, nb, nn and description',
  });
  const seen = new Set<string>();
  for (const topic of topics) {
    if (seen.has(topic.id)) {
      const line = source.split('\n').findIndex((text) => new RegExp(`^- id: ${topic.id}\\s*$`).test(text)) + 1;
      const last = source.split('\n').findLastIndex((text) => new RegExp(`^- id: ${topic.id}\\s*$`).test(text)) + 1;
      throw new GuidelineError(
        file,
        last || line || 1,
        `topic id \`${topic.id}\` is used twice (also at line ${line})`,
        { hint: 'each id once' },
      );
    }
    seen.add(topic.id);
  }
  // A former id leads to one topic: it can be no topic's id now, nor another topic's former one.
  const formerly = new Set<string>();
  for (const topic of topics)
    for (const id of topic.formerly ?? []) {
      if (seen.has(id) || formerly.has(id)) {
        const line =
          source.split('\n').findLastIndex((text) => new RegExp(`^\\s*formerly:.*\\b${id}\\b`).test(text)) + 1;
        throw new GuidelineError(
          file,
          line || 1,
          `topic id \`${id}\` is a former id of \`${topic.id}\` and ${seen.has(id) ? 'a topic of its own' : 'of another topic'}`,
          {
            hint: 'an old address leads to one topic; drop it from `formerly`',
          },
        );
      }
      formerly.add(id);
    }
  return topics;
}

/** The ids a guideline may tag a clause with, and which topic each former id became (`formerly`). */
export type KnownTopics = ReadonlySet<string> & { readonly formerly?: ReadonlyMap<string, string> };

/** The ids of the vocabulary's topics, with its former ids, for the parser to check `tema=` against. */
export function knownTopics(topics: ReadonlyArray<{ id: string; formerly?: ReadonlyArray<string> }>): KnownTopics {
  const formerly = new Map(topics.flatMap(({ id, formerly = [] }) => formerly.map((old) => [old, id] as const)));
  return Object.assign(new Set(topics.map(({ id }) => id)), { formerly });
}

/** Which clauses of each guideline carry each topic: `coverage.get(topic)?.get(slug)` lists them in order. */
export function topicCoverage<G extends { slug: string; clauses: ReadonlyArray<Clause> }>(
  guidelines: ReadonlyArray<G>,
  topics: ReadonlyArray<{ id: string }>,
): Map<string, Map<string, Clause[]>> {
  return new Map(
    topics.map(({ id }) => [
      id,
      new Map(guidelines.map(({ slug, clauses }) => [slug, clauses.filter((clause) => clause.topics.includes(id))])),
    ]),
  );
}

/** The text a guideline has on a topic: its clauses' texts, headings first, in document order. */
export function topicText(clauses: ReadonlyArray<Clause>): string {
  return clauses
    .map(
      (clause) => [clause.number, clause.heading].filter(Boolean).join(' ') + (clause.text ? `\n${clause.text}` : ''),
    )
    .join('\n\n');
}
