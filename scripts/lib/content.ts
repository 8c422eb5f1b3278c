import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidelineSchema, topicsSchema, type Topic } from '../../src/lib/model/schema.ts';
import { loadGuidelines } from '../../src/lib/parse/load.ts';
import { decodeUtf8 } from '../../src/lib/parse/safety.ts';
import { parseTopics } from '../../src/lib/parse/topics.ts';

// The content a command-line tool reads as the build does: the topic vocabulary and the guidelines of a
// folder, with the build's checks (a content error stops the tool with its file:line).

/** The topic vocabulary, content/topics.yaml. */
export function readTopics(file = 'content/topics.yaml'): Topic[] {
  return parseTopics(decodeUtf8(readFileSync(file), file), { file, schema: topicsSchema });
}

/** The current version of each guideline in `dir` (every `.md` in it, or the `files` given), parsed against `topics`. */
export function readCurrentGuidelines(dir: string, topics: ReadonlyArray<Topic>, files?: ReadonlyArray<string>) {
  const paths =
    files ??
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(dir, name));
  const sources = paths.map((file) => ({ file, source: decodeUtf8(readFileSync(file), file) }));
  return loadGuidelines(sources, guidelineSchema, new Set(topics.map((topic) => topic.id))).filter(
    (guideline) => guideline.current,
  );
}
