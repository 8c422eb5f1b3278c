import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { guidelineSchema, topicsSchema, type GuidelineMeta, type Topic } from '../../src/schemas.ts';
import { parseTopics } from '../../src/lib/topics.ts';
import { loadGuidelines } from '../../src/lib/load.ts';
import { decodeUtf8 } from '../../src/lib/safety.ts';
import type { Clause, Guideline } from '../../src/lib/types.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = `${root}tests/fixtures`;
export const seeds = `${root}../shared/seeds`;

/** The topic vocabulary of the site. */
export function loadTopics(): Topic[] {
  return parseTopics(decodeUtf8(readFileSync(`${root}content/topics.yaml`), 'content/topics.yaml'), { file: 'content/topics.yaml', schema: topicsSchema });
}

/** The topic ids of the site, as the parser takes them. */
export const topicIds = (): Set<string> => new Set(loadTopics().map((topic) => topic.id));

/** The five published guidelines, parsed exactly as the site build parses them. */
export function loadSite(): Guideline<GuidelineMeta>[] {
  const dir = `${root}content/guidelines`;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: `content/guidelines/${name}`, source: decodeUtf8(readFileSync(`${dir}/${name}`), `content/guidelines/${name}`) }));
  return loadGuidelines(files, guidelineSchema, topicIds());
}

/** A clause as the fixtures record it: what a reader or the JSON export sees, no mdast. */
export function summarise(clause: Clause) {
  const { id, number, heading, headingHtml, level, parent, party, topics, notes, text, html } = clause;
  return { id, number, heading, headingHtml, level, parent, party, topics, notes, text, html, footnotes: clause.footnotes.map((f) => `${f.number}: ${f.text}`) };
}

/** Splits text into words: letters and digits, Norwegian letters kept whole. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}
