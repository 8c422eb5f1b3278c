import { getAllVersions, getGuidelines, getOtherVersions, type SiteGuideline } from './guidelines.ts';
import { changes, getVersionPairs } from './version-pairs.ts';
import { feedItems, siteFeedItems, type FeedItem } from '../lib/publish/feed.ts';
import type { VersionRow } from '../lib/versions/changes.ts';
import { versionOrder } from '../lib/versions/order.ts';
import { revisionWordFile, wordFile } from '../lib/model/routes.ts';

// The getStaticPaths of the Word files, and the feeds' items: what the committee's tools read.

const stem = (file: string) => file.replace(/\.docx$/, '');

/** One Word file per version of every guideline, and the current version's under the guideline's own name: `params.slug`, `params.file`, `props.guideline`. */
export async function pathsByWordFile() {
  return (await getAllVersions()).flatMap((guideline) => {
    const { slug, version } = guideline.meta;
    const files = [wordFile(slug, version), ...(guideline.current ? [wordFile(slug)] : [])];
    return files.map((file) => ({ params: { slug, file: stem(file) }, props: { guideline } }));
  });
}

/** One revision file per change page: `params.slug`, `params.version`, `params.file`, `props.pair`. */
export async function pathsByRevisionFile() {
  return (await getVersionPairs()).map((pair) => ({
    params: {
      slug: pair.current.meta.slug,
      version: pair.version,
      file: stem(revisionWordFile(pair.current.meta.slug, pair.other.meta.version)),
    },
    props: { pair },
  }));
}

/** The feed items of one guideline (every version and draft), newest first. */
export async function getGuidelineFeed(current: SiteGuideline): Promise<FeedItem[]> {
  const versions = [current, ...(await getOtherVersions(current.meta.slug))];
  // feedItems reads the changes from each version to the next as it goes: those pairs are worked out
  // first, through the cache the change pages share (not every pair both ways, which nothing reads).
  const ordered = versionOrder(versions);
  const rows = new Map<string, VersionRow[]>();
  for (const [index, newer] of ordered.entries()) {
    const older = ordered[index - 1];
    if (older) rows.set(`${older.file}\u0000${newer.file}`, await changes(older, newer));
  }
  return feedItems(versions, (older, newer) => rows.get(`${older.file}\u0000${newer.file}`)!);
}

/** The site's feed: every guideline's items, newest first. */
export async function getSiteFeed(): Promise<FeedItem[]> {
  return siteFeedItems(await Promise.all((await getGuidelines()).map(getGuidelineFeed)));
}
