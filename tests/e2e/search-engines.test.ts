import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import {
  changeListUrl,
  changesUrl,
  feedUrl,
  guidelineFeedUrl,
  isMovedTopicPage,
  isPublicPage,
  movedTopicUrls,
  robotsUrl,
  siteAddresses,
  sitemapUrl,
} from '../../src/lib/model/routes.ts';
import { siteContents } from '../../src/lib/parse/load.ts';
import { siteUrl } from '../../src/integrations/site-url.ts';
import { loadSite, loadTopics } from '../unit/helpers/index.ts';

// What a search engine, a link preview and a feed reader read of the production build: the sitemap
// and robots.txt, and in every page's head one canonical address, a description and Open Graph's
// title and description. Read from the files the build wrote; no browser needed.
const dist = process.env.SITE_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
const site = loadSite();
const addresses = [
  ...siteAddresses(
    siteContents(
      site,
      loadTopics().map((topic) => topic.id),
    ),
  ).keys(),
];
const absolute = (path: string) => new URL(path, siteUrl()).href;

const moved = movedTopicUrls(loadTopics());
/** Every HTML page of the build, by its address (a folder's index.html), the error page and a topic's former addresses aside. */
const built = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html') && !/^(?:pagefind|_astro)\//.test(file))
  .map((file) => `/${file.replace(/index\.html$/, '')}`)
  .sort();
const pages = built.filter((page) => !isMovedTopicPage(moved, page));
/** Each page at a topic's former address, with the address it sends the reader to. */
const movedPages = built
  .filter((page) => isMovedTopicPage(moved, page))
  .map((page) => {
    const [from, to] = [...moved].find(([old]) => page.startsWith(old))!;
    return [page, `${to}${page.slice(from.length)}`] as const;
  });

function head(path: string): Element[] {
  const tree = fromHtml(readFileSync(`${dist}${path}index.html`, 'utf8'));
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'head') visit(node, 'element', (child: Element) => void found.push(child));
  });
  return found;
}
const attribute = (element: Element, name: string) => String(element.properties[name] ?? '');
const metas = (elements: Element[], key: 'name' | 'property', value: string) =>
  elements.filter((element) => element.tagName === 'meta' && attribute(element, key) === value);

describe('search engines', () => {
  test('sitemap.xml lists exactly the routes module’s public pages, each a page the build wrote', () => {
    const xml = new XMLParser({ isArray: (name) => name === 'url' }).parse(
      readFileSync(`${dist}${sitemapUrl()}`, 'utf8'),
    );
    const listed = (xml.urlset.url as Array<{ loc: string }>).map((url) => url.loc);
    expect(listed).toEqual(addresses.filter(isPublicPage).map(absolute));
    expect([...listed].sort()).toEqual(pages.map(absolute).sort());
  });

  // Split topics (begreper-og-vedlegg into begreper and referanser-og-vedlegg, parter-og-lovgrunnlag into
  // parter-og-forankring and lovgrunnlag): their published addresses hold.
  test('a topic’s former address and its pages against a baseline were built', () => {
    expect(movedPages.map(([from]) => from)).toEqual(expect.arrayContaining([...moved.keys()]));
  });
  test.each(movedPages)('%s, at a topic’s former address, sends the reader to %s and is not indexed', (from, to) => {
    const elements = head(from);
    expect(metas(elements, 'name', 'robots').map((meta) => attribute(meta, 'content'))).toEqual(['noindex']);
    const refresh = elements.find(
      (element) => element.tagName === 'meta' && attribute(element, 'httpEquiv').toLowerCase() === 'refresh',
    );
    expect(refresh && attribute(refresh, 'content')).toBe(`0;url=${to}`);
  });

  test('robots.txt lets every page be read and names the sitemap', () => {
    expect(readFileSync(`${dist}${robotsUrl()}`, 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${absolute(sitemapUrl())}\n`,
    );
  });

  test.each(pages)('%s has one canonical address, a description and Open Graph’s title and description', (path) => {
    const elements = head(path);
    const canonical = elements.filter(
      (element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical',
    );
    expect(canonical).toHaveLength(1);
    // The change list shows the change page of its version: that page is its canonical address.
    const changeList = site.find((guideline) => guideline.current && changeListUrl(guideline.meta.slug) === path);
    const expected = changeList
      ? [
          ...new Set(
            site
              .filter((g) => g.meta.slug === changeList.meta.slug && !g.current)
              .map((g) => changesUrl(g.meta.slug, g.meta.version)),
          ),
        ]
      : [path];
    expect(expected.map(absolute)).toContain(attribute(canonical[0]!, 'href'));
    const [description] = metas(elements, 'name', 'description');
    expect(metas(elements, 'name', 'description')).toHaveLength(1);
    expect(attribute(description!, 'content').length).toBeGreaterThan(30);
    expect(attribute(metas(elements, 'property', 'og:description')[0]!, 'content')).toBe(
      attribute(description!, 'content'),
    );
    expect(attribute(metas(elements, 'property', 'og:title')[0]!, 'content')).toBe(
      elements
        .find((element) => element.tagName === 'title')!
        .children.map((child) => ('value' in child ? child.value : ''))
        .join(''),
    );
  });

  test('a reading page’s description is written from its content: title, region and its first words', () => {
    const withText = site
      .filter((g) => g.current)
      .filter((guideline) => {
        const [description] = metas(head(`/retningslinjer/${guideline.meta.slug}/`), 'name', 'description');
        const content = attribute(description!, 'content');
        expect(content).toContain(guideline.meta.title);
        expect(content).toContain(guideline.meta.region);
        expect(content.length).toBeLessThanOrEqual(160 + 20);
        const first = guideline.clauses
          .map((clause) => clause.text)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 20);
        return content.includes(first);
      });
    // St. Olav's title alone fills a description; the others go on with their first words.
    expect(withText.map((guideline) => guideline.meta.slug).sort()).toEqual([
      'innlandet',
      'more-og-romsdal',
      'telemark',
      'unn',
    ]);
  });

  test('the front page names the site’s feed, a reading page its guideline’s as well', () => {
    const feeds = (path: string) =>
      head(path)
        .filter((element) => element.tagName === 'link' && attribute(element, 'rel') === 'alternate')
        .map((element) => attribute(element, 'href'));
    expect(feeds('/')).toEqual([feedUrl()]);
    expect(feeds('/retningslinjer/telemark/')).toEqual([guidelineFeedUrl('telemark')]);
    const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(
      readFileSync(`${dist}${feedUrl()}`, 'utf8'),
    );
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.item).toHaveLength(site.length);
  });
});
