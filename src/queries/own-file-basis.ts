import type { OwnFileData } from '../lib/import/own-file-data.ts';
import { getGuidelines, type SiteGuideline } from './guidelines.ts';
import { getTopics } from './topic-entries.ts';

/**
 * What the import page's worker needs from the site: the topic vocabulary and every guideline in its
 * current version as the build parsed it, the corpus `npm run import` parses from content/guidelines.
 */
export async function getOwnFileData(): Promise<OwnFileData<SiteGuideline>> {
  const topics = (await getTopics()).map(({ id, nb, nn, description }) => ({ id, nb, nn, description }));
  return { topics, guidelines: await getGuidelines() };
}
