import { getCollection } from 'astro:content';
import type { GuidelineMeta } from '../content.config.ts';
import type { Guideline } from '../lib/types.ts';

/** A guideline as the site uses it: the clause model with validated front matter. */
export type SiteGuideline = Guideline<GuidelineMeta>;

/** Every guideline, in the order the site lists them (by short title). */
export async function getGuidelines(): Promise<SiteGuideline[]> {
  const entries = await getCollection('guidelines');
  return entries
    .map((entry) => entry.data as unknown as SiteGuideline)
    .sort((a, b) => a.meta.shortTitle.localeCompare(b.meta.shortTitle, 'nb'));
}
