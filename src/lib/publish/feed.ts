import type { GuidelineMeta } from '../model/schema.ts';
import type { Guideline } from '../model/types.ts';
import {
  changeListUrl,
  changesUrl,
  guidelineUrl,
  revisionWordUrl,
  synopsisUrl,
  versionSlug,
  wordUrl,
} from '../model/routes.ts';
import { formatDate, STATUSES } from '../model/vocabulary.ts';
import { CHANGE_KINDS, changeCounts, type VersionRow } from '../versions/changes.ts';
import { versionDate as date, versionOrder } from '../versions/order.ts';

/** The part of a guideline version a feed item is written from. */
export type FeedVersion = Pick<Guideline<GuidelineMeta>, 'meta' | 'clauses' | 'current'>;

/** One item of a feed: a version or draft of a guideline, with what changed since the version before it. */
export interface FeedItem {
  /** Stable across builds: the guideline, the version label's slug, and `utkast` for a draft (its approval is a new item). */
  id: string;
  title: string;
  /** The version's date from its content (approval, else last update); null where it gives none. */
  date: string | null;
  /** What changed since the version before it, in one sentence. */
  summary: string;
  /** The page the item leads to: the change page where one shows this step, else the reading page. */
  link: string;
  /** The addresses the item names, in the order it names them. */
  links: Array<{ label: string; href: string }>;
}

/** "Nytt nummer 2, Endret ordlyd 1": a change list counted by kind, in the change page's order, unchanged left out. */
export function changeSummary(rows: ReadonlyArray<VersionRow>): string {
  const counts = changeCounts(rows).filter(({ kind }) => kind !== 'uendret');
  return counts.length === 0
    ? 'ingen endringer i teksten'
    : counts.map(({ kind, rows: list }) => `${CHANGE_KINDS[kind].label.toLowerCase()}: ${list.length}`).join(', ');
}

/**
 * The feed items of one guideline: one per version and draft, newest first. `changes` gives the
 * change model's rows between two versions (the change pages' own, so the summary is theirs).
 */
export function feedItems<V extends FeedVersion>(
  versions: ReadonlyArray<V>,
  changes: (older: V, newer: V) => ReadonlyArray<VersionRow>,
): FeedItem[] {
  const ordered = versionOrder(versions);
  return ordered
    .map((version, index): FeedItem => {
      const { meta } = version;
      const previous = ordered[index - 1];
      const draft = meta.status === 'utkast';
      // The change pages compare the current version with each other version: a step has its own
      // page when it ends at the current version or at a draft of the next.
      const page =
        previous === undefined ? null : draft ? meta.version : version.current ? previous.meta.version : null;
      const approval = meta.approved ? `, godkjent ${formatDate(meta.approved.date)} av ${meta.approved.by}` : '';
      const summary =
        previous === undefined
          ? `Versjon ${meta.version} (${STATUSES[meta.status].label.toLowerCase()}${approval}).`
          : `Versjon ${meta.version} (${STATUSES[meta.status].label.toLowerCase()}${approval}). Endret fra versjon ${previous.meta.version}: ${changeSummary(changes(previous, version))}.`;
      const links = [
        { label: 'Teksten', href: guidelineUrl(meta.slug) },
        ...(page === null
          ? previous === undefined
            ? []
            : [{ label: 'Endringene', href: changeListUrl(meta.slug) }]
          : [
              { label: 'Endringene', href: changesUrl(meta.slug, page) },
              { label: 'Synopsis til godkjenning', href: synopsisUrl(meta.slug, page) },
              { label: 'Endringene som Word med sporede endringer', href: revisionWordUrl(meta.slug, page) },
            ]),
        { label: 'Teksten som Word', href: wordUrl(meta.slug, meta.version) },
      ];
      return {
        id: `${meta.slug}/versjon/${versionSlug(meta.version)}${draft ? '/utkast' : ''}`,
        title: `${meta.shortTitle}: ${draft && !version.current ? 'utkast til ny versjon' : 'versjon'} ${meta.version}`,
        date: date(version),
        summary,
        link: page === null ? guidelineUrl(meta.slug) : changesUrl(meta.slug, page),
        links,
      };
    })
    .reverse();
}

/** Every guideline's items in one list, newest first (items without a date, drafts, first). */
export function siteFeedItems(itemsByGuideline: ReadonlyArray<ReadonlyArray<FeedItem>>): FeedItem[] {
  return itemsByGuideline
    .flat()
    .sort((a, b) => (b.date ?? '9999').localeCompare(a.date ?? '9999') || a.id.localeCompare(b.id));
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An item in the shape @astrojs/rss takes, its addresses made absolute on the site's address. */
export function rssItem(item: FeedItem, site: URL | string) {
  const absolute = (href: string) => new URL(href, site).href;
  const list = item.links.map(({ label, href }) => `<li><a href="${escape(absolute(href))}">${escape(label)}</a></li>`);
  return {
    title: item.title,
    link: absolute(item.link),
    ...(item.date === null ? {} : { pubDate: new Date(`${item.date}T00:00:00Z`) }),
    description: `<p>${escape(item.summary)}</p><ul>${list.join('')}</ul>`,
    // The id names the version, not a page: the page a version leads to changes when a newer one comes.
    customData: `<guid isPermaLink="false">${escape(`ikt-retningslinjer:${item.id}`)}</guid>`,
  };
}
