import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check, LinkState } from 'linkinator';
import { expect, test } from 'vitest';
import { isMovedTopicPage, movedTopicUrls, pdfUrl, siteAddresses } from '../../src/lib/model/routes.ts';
import { siteContents } from '../../src/lib/parse/load.ts';
import { loadSite, loadTopics } from '../unit/helpers/index.ts';
import { builtFiles, servedFile } from './harness.ts';
import { siteUrl } from '../../src/integrations/site-url.ts';

const dist = process.env.SITE_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));

// linkinator crawls the built site from its own static server: every internal link and every
// #fragment must resolve. External links are not fetched (CI has no internet); they must be
// well-formed web, mail or phone addresses: the schemes the parser lets through (src/lib/parse/safety.ts).
test('every internal link and #fragment of the built site resolves, and external links are well-formed', async () => {
  const external = new Set<string>();
  // Canonical links are absolute on the site's address (SITE_URL): not fetched, but each must be a page of the build.
  const own = new Set<string>();
  const result = await check({
    path: dist,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => {
      if (link.startsWith(siteUrl())) return (own.add(new URL(link).pathname), true);
      const url = new URL(link, 'http://localhost/');
      const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
      if (!local) external.add(link);
      return !local;
    },
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map(
      (link) =>
        `${link.url} (from ${link.parent}): ${link.status ?? ''} ${link.failureDetails?.map(String).join('; ') ?? ''}`,
    );
  expect(broken).toEqual([]);
  // The crawl reached every page of the build (so nothing went unchecked).
  // (A topic's former address is linked from nowhere: it only sends the reader on.)
  const moved = movedTopicUrls(loadTopics());
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((page) => !isMovedTopicPage(moved, page));
  const reached = new Set(
    result.links
      .filter((link) => link.state === LinkState.OK)
      .map((link) => new URL(link.url, 'file:///').pathname.replace(dist, '').replace(/^\/?/, '/')),
  );
  expect(pages.filter((page) => !reached.has(page))).toEqual([]);
  expect([...own].filter((path) => !pages.includes(path))).toEqual([]);
  expect(own.size).toBeGreaterThan(0);
  const malformed = [...external].filter((link) => {
    try {
      const url = new URL(link);
      const web = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
      return !web && url.protocol !== 'mailto:' && url.protocol !== 'tel:';
    } catch {
      return true;
    }
  });
  expect(malformed).toEqual([]);
  expect(external.size).toBeGreaterThan(0);
}, 120_000);

// The guideline loader checks links to site pages against the addresses the routes module lists
// (siteAddresses); they must be the pages the build writes, no more and no fewer.
test('the addresses a guideline may link to are the pages the build writes', () => {
  const site = loadSite();
  const addresses = [
    ...siteAddresses(
      siteContents(
        site,
        loadTopics().map((topic) => topic.id),
      ),
    ).keys(),
  ];
  // The PDFs are made after the build, by npm run pdf.
  const pdfs = new Set(site.filter((guideline) => guideline.current).map((guideline) => pdfUrl(guideline.meta.slug)));
  expect(
    addresses
      .filter((address) => !pdfs.has(address))
      .map(servedFile)
      .sort(),
  ).toEqual(builtFiles(dist));
  expect(pdfs.size).toBeGreaterThan(0);
});
