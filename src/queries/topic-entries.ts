import type { Topic } from '../lib/model/schema.ts';
import { memo, readCollection } from './memo.ts';

/** The topic vocabulary, in the order of content/topics.yaml. */
export function getTopics(): Promise<Topic[]> {
  return memo('topics', async () => {
    const entries = (await readCollection('topics')).map((entry) => entry.data as Topic & { position: number });
    return entries.sort((a, b) => a.position - b.position).map(({ position: _, ...topic }) => topic);
  });
}
