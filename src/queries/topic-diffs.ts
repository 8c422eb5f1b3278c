import { readableDiff } from '../lib/compare/comparison.ts';
import type { ClauseDiff } from '../lib/compare/diff.ts';
import { mirrorDiff } from '../lib/compare/mirror.ts';
import { topicText } from '../lib/parse/topics.ts';
import type { SiteGuideline } from './guidelines.ts';
import { memoLatest } from './memo.ts';

/** A guideline's text on a topic: its clauses tagged with it, as the topic page diffs them. */
const textOn = (guideline: SiteGuideline, topic: string) =>
  topicText(guideline.clauses.filter((clause) => clause.topics.includes(topic)));

/**
 * The word diff from `baseline`'s text on a topic to `other`'s, or null where they share too little
 * wording to read as one. Each unordered pair is diffed once (the page with the other as baseline
 * gets the mirror), and only the topic being rendered is kept.
 */
export async function getTopicDiff(
  topic: string,
  baseline: SiteGuideline,
  other: SiteGuideline,
): Promise<ClauseDiff | null> {
  const forward = baseline.meta.slug < other.meta.slug;
  const [first, second] = forward ? [baseline, other] : [other, baseline];
  const diffs = await memoLatest('topic-diffs', topic, async () => new Map<string, ClauseDiff | null>());
  const key = `${first.meta.slug}\u0000${second.meta.slug}`;
  let diff = diffs.get(key);
  if (diff === undefined) {
    diff = readableDiff(textOn(first, topic), textOn(second, topic));
    diffs.set(key, diff);
  }
  return forward || diff === null ? diff : mirrorDiff(diff);
}
