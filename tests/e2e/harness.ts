import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveFolder, siteDist, type Served } from '../../scripts/lib/browser.ts';
import { isMovedTopicPage, movedTopicUrls } from '../../src/lib/model/routes.ts';
import { loadTopics } from '../unit/helpers/index.ts';

// SITE_DIST serves another build (e.g. `astro build --outDir /tmp/x`) without touching dist/.
export { siteDist };

/** The built site served on a free port, and a headless Chromium; shared by the tests of one file. */
export interface Site {
  /** The origin the site is served on, e.g. http://127.0.0.1:41234. */
  origin: string;
  browser: Browser;
  /** A fresh browser context (cookies, storage and JavaScript setting of its own). */
  context(
    options?: Pick<BrowserContextOptions, 'javaScriptEnabled' | 'bypassCSP' | 'viewport' | 'colorScheme'>,
  ): Promise<BrowserContext>;
}

/** Serves dist/ (or `dist`, a build a test made itself) and starts Chromium before the file's tests, and stops both after them. */
export function useSite(options: { dist?: string } = {}): Site {
  let served: Served | undefined;
  const site = {} as Site;
  beforeAll(async () => {
    site.browser = await launchChromium();
    served = await serveFolder(options.dist ?? siteDist, { etag: true });
    site.origin = served.origin;
    site.context = (options = {}) => site.browser.newContext({ baseURL: site.origin, ...options });
  });
  afterAll(async () => {
    await site.browser?.close();
    await served?.close();
  });
  return site;
}

/** The slugs of the guidelines the site publishes: content/guidelines/<slug>.md (other versions, `<slug>@…`, and .expect.yaml files left out). */
export function publishedSlugs(): string[] {
  return readdirSync(fileURLToPath(new URL('../../content/guidelines', import.meta.url)))
    .filter((name) => /^[^@]+\.md$/.test(name))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
}

/**
 * The files a build wrote that a link may lead to (pages, JSON, CSV, the source documents), as site paths:
 * `/tema/index.html`; not the pages at a topic's former address, which only send the reader on.
 */
export function builtFiles(dist: string): string[] {
  const moved = movedTopicUrls(loadTopics());
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((name) => `/${name}`)
    .filter((name) => /\.(?:html|json|csv|docx|xml|txt)$/.test(name) && !/^\/(?:pagefind|_astro)\//.test(name))
    .filter((name) => !isMovedTopicPage(moved, name))
    .sort();
}

/** The file an address is served from: a folder's index.html. */
export const servedFile = (address: string) => (address.endsWith('/') ? `${address}index.html` : address);
