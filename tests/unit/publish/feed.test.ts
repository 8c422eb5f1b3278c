import { readdirSync, readFileSync } from 'node:fs';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { guidelineSchema, type GuidelineMeta } from '../../../src/lib/model/schema.ts';
import type { Guideline } from '../../../src/lib/model/types.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { feedItems, rssItem, siteFeedItems } from '../../../src/lib/publish/feed.ts';
import { revisionWordUrl, wordUrl } from '../../../src/lib/model/routes.ts';
import { versionChanges } from '../../../src/lib/versions/changes.ts';
import { fixtures, topicIds } from '../helpers/index.ts';

type SiteGuideline = Guideline<GuidelineMeta>;
const SITE = 'https://retningslinjer.example/';

/** The versions site's files (tests/fixtures/sites/versions), read afresh each time as a build reads them. */
function files(extra: Array<{ name: string; source: string }> = []) {
  const dir = `${fixtures}/sites/versions`;
  return [
    ...readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ name, source: readFileSync(`${dir}/${name}`, 'utf8') })),
    ...extra,
  ].map(({ name, source }) => ({ file: `tests/fixtures/sites/versions/${name}`, source }));
}

/** The site feed's XML, made as the build makes it: every guideline's items, through @astrojs/rss. */
async function siteFeed(extra: Array<{ name: string; source: string }> = []): Promise<string> {
  const versions = loadGuidelines(files(extra), guidelineSchema, topicIds()) as SiteGuideline[];
  const changes = (a: SiteGuideline, b: SiteGuideline) => versionChanges(a.clauses, b.clauses);
  const bySlug = Map.groupBy(versions, (version) => version.meta.slug);
  const items = siteFeedItems([...bySlug.values()].map((list) => feedItems(list, changes)));
  return getRssString({
    title: 'IKT-retningslinjer: nye versjoner',
    description: 'Nye versjoner og utkast.',
    site: SITE,
    items: items.map((item) => rssItem(item, SITE)),
  });
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
type Item = {
  title?: string;
  link: string;
  description: string;
  pubDate?: string;
  guid: { '#text': string; '@_isPermaLink': string };
};
const channelOf = (xml: string) =>
  parser.parse(xml).rss.channel as { title: string; link: string; description: string; item: Item[] };

// RSS 2.0 (https://www.rssboard.org/rss-specification): <rss version="2.0"> holds one <channel> with a
// title, link and description; each item has a title or a description; a date is RFC 822; a guid that
// is not a permalink says so; links are absolute.
describe('the feeds', () => {
  test('the site feed is RSS 2.0', async () => {
    const xml = await siteFeed();
    const document = parser.parse(xml);
    expect(document.rss['@_version']).toBe('2.0');
    const channel = channelOf(xml);
    expect(channel.title).not.toBe('');
    expect(channel.description).not.toBe('');
    expect(new URL(channel.link).href).toBe(SITE);
    for (const item of channel.item) {
      expect(item.title ?? item.description).toBeTruthy();
      expect(new URL(item.link).origin).toBe(new URL(SITE).origin);
      expect(item.guid['@_isPermaLink']).toBe('false');
      if (item.pubDate !== undefined)
        expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      for (const [, href] of item.description.matchAll(/href="([^"]+)"/g))
        expect(new URL(href!).origin).toBe(new URL(SITE).origin);
    }
    const ids = channel.item.map((item) => item.guid['#text']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('one item per version and draft, with the change summary and its links', async () => {
    const items = channelOf(await siteFeed()).item;
    // demo 1 and 2; telemark 0, 1 and the draft of 2.
    expect(items.map((item) => item.guid['#text']).sort()).toEqual([
      'ikt-retningslinjer:demo/versjon/1',
      'ikt-retningslinjer:demo/versjon/2',
      'ikt-retningslinjer:telemark/versjon/0',
      'ikt-retningslinjer:telemark/versjon/1',
      'ikt-retningslinjer:telemark/versjon/2/utkast',
    ]);
    const demo2 = items.find((item) => item.guid['#text'] === 'ikt-retningslinjer:demo/versjon/2')!;
    expect(demo2.pubDate).toBe('Thu, 06 Feb 2025 00:00:00 GMT');
    expect(demo2.link).toBe(`${SITE}retningslinjer/demo/endringer/1/`);
    expect(demo2.description).toContain('Endret fra versjon 1: nytt nummer: 2, endret ordlyd: 1, nytt: 1, fjernet: 1.');
    expect(demo2.description).toContain(`href="${SITE}retningslinjer/demo/endringer/1/utskrift/"`);
    // The Word files: the version's own, and the revision behind the change page.
    expect(demo2.description).toContain(`href="${new URL(wordUrl('demo', '2'), SITE).href}"`);
    expect(demo2.description).toContain(`href="${new URL(revisionWordUrl('demo', '1'), SITE).href}"`);
    // The draft's step has its own change page; its date is none, since its file gives none.
    const draft = items.find((item) => item.guid['#text'].endsWith('/utkast'))!;
    expect(draft.title).toBe('Telemark: utkast til ny versjon 2');
    expect(draft.link).toBe(`${SITE}retningslinjer/telemark/endringer/2/`);
    expect(draft.pubDate).toBeUndefined();
  });

  test('ids and dates are the same in two builds, and taken from the content, not the clock', async () => {
    const [first, second] = [await siteFeed(), await siteFeed()];
    expect(second).toBe(first);
    const dates = channelOf(first).item.flatMap((item) => (item.pubDate ? [item.pubDate] : []));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/ 00:00:00 GMT$/);
  });

  test('a new version file adds exactly one item, and leaves the others’ ids and dates as they were', async () => {
    const demo = readFileSync(`${fixtures}/sites/versions/demo.md`, 'utf8');
    const draft = demo
      .replace('status: gjeldende', 'status: utkast')
      .replace('version: "2"', 'version: "3"')
      .replace('approved: { date: 2025-02-06, by: SSU }', 'approved: null')
      .replace('lastUpdated: null', 'lastUpdated: 2026-11-30')
      .replace('Avtalen gjelder i to år.', 'Avtalen gjelder i tre år.');
    const before = channelOf(await siteFeed()).item;
    const after = channelOf(await siteFeed([{ name: 'demo@3.md', source: draft }])).item;
    const key = (item: Item) => `${item.guid['#text']} ${item.pubDate ?? ''}`;
    const added = after.filter((item) => !before.some((old) => key(old) === key(item)));
    expect(added.map((item) => item.guid['#text'])).toEqual(['ikt-retningslinjer:demo/versjon/3/utkast']);
    expect(after).toHaveLength(before.length + 1);
    expect(added[0]!.pubDate).toBe('Mon, 30 Nov 2026 00:00:00 GMT');
    expect(added[0]!.description).toContain('Endret fra versjon 2: endret ordlyd: 1.');
  });
});
