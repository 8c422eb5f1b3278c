import { getCollection } from 'astro:content';
import type { Topic } from '../lib/model/schema.ts';

/** The topic vocabulary, in the order of content/topics.yaml. */
export async function getTopics(): Promise<Topic[]> {
  const entries = (await getCollection('topics')).map((entry) => entry.data as Topic & { position: number });
  return entries.sort((a, b) => a.position - b.position).map(({ position: _, ...topic }) => topic);
}
