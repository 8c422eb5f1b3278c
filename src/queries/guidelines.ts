import { getCollection } from 'astro:content';
import type { GuidelineMeta } from '../lib/model/schema.ts';
import type { Guideline } from '../lib/model/types.ts';

/** A guideline as the site uses it: the clause model with validated front matter. */
export type SiteGuideline = Guideline<GuidelineMeta>;

let cached: Promise<SiteGuideline[]> | undefined;

/** Every version of every guideline, current or not. */
export function getAllVersions(): Promise<SiteGuideline[]> {
  // Every page asks for the guidelines; a production build reads the collection once. The dev
  // server asks each time, so that edited content shows up without a restart.
  const read = async () => (await getCollection('guidelines')).map((entry) => entry.data as unknown as SiteGuideline);
  if (!import.meta.env.PROD) return read();
  cached ??= read();
  return cached;
}

/** Every guideline in its current version, in the order the site lists them (by short title). */
export async function getGuidelines(): Promise<SiteGuideline[]> {
  return (await getAllVersions())
    .filter((guideline) => guideline.current)
    .sort((a, b) => a.meta.shortTitle.localeCompare(b.meta.shortTitle, 'nb'));
}

/** The other versions of a guideline (not the current one), newest first by approval or update date, then version. */
export async function getOtherVersions(slug: string): Promise<SiteGuideline[]> {
  const date = (g: SiteGuideline) => g.meta.approved?.date ?? g.meta.lastUpdated ?? '';
  return (await getAllVersions())
    .filter((guideline) => guideline.meta.slug === slug && !guideline.current)
    .sort(
      (a, b) => date(b).localeCompare(date(a)) || b.meta.version.localeCompare(a.meta.version, 'nb', { numeric: true }),
    );
}
