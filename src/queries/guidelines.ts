import type { GuidelineMeta } from '../lib/model/schema.ts';
import type { Guideline } from '../lib/model/types.ts';
import { memo, readCollection } from './memo.ts';
import { siteGuideline, type StoredGuideline } from '../content/stored-guideline.ts';

/** A guideline as the site uses it: the clause model with validated front matter. */
export type SiteGuideline = Guideline<GuidelineMeta>;

/** Every version of every guideline, current or not. */
export function getAllVersions(): Promise<SiteGuideline[]> {
  return memo('guidelines', async () =>
    (await readCollection('guidelines')).map((entry) =>
      siteGuideline<GuidelineMeta>(entry.data as unknown as StoredGuideline),
    ),
  );
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
