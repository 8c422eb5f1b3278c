import { GuidelineError } from './errors.ts';
import { readYaml } from './frontmatter.ts';
import type { MetaSchema } from './types.ts';

/** Reads the topic vocabulary (content/topics.yaml) and rejects repeated ids. */
export function parseTopics<Topic extends { id: string }>(source: string, { file, schema }: { file: string; schema: MetaSchema<Topic[]> }): Topic[] {
  const topics = readYaml({ value: source, line: 0 }, file, schema, { what: 'the topic list', hint: 'each topic has id, nb, nn and description' });
  const seen = new Set<string>();
  for (const topic of topics) {
    if (seen.has(topic.id)) {
      const line = source.split('\n').findIndex((text) => new RegExp(`^- id: ${topic.id}\\s*$`).test(text)) + 1;
      const last = source.split('\n').findLastIndex((text) => new RegExp(`^- id: ${topic.id}\\s*$`).test(text)) + 1;
      throw new GuidelineError(file, last || line || 1, `topic id \`${topic.id}\` is used twice (also at line ${line}): each id once`);
    }
    seen.add(topic.id);
  }
  return topics;
}
