import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// SITE_DIST serves another build (e.g. `astro build --outDir /tmp/x`) without touching dist/.
/** The build the browser tests run against. */
export const siteDist = process.env.SITE_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
/** The Chromium the tests drive. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  let server: Server | undefined;
  const site = {} as Site;
  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium not found at ${executablePath}: install it with \`apt-get install chromium\` or set CHROMIUM_PATH`,
      );
    }
    const serve = sirv(options.dist ?? siteDist, { dev: false, etag: true });
    server = createServer((request, response) =>
      serve(request, response, () => {
        response.statusCode = 404;
        response.end('Not found');
      }),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    site.browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    site.context = (options = {}) => site.browser.newContext({ baseURL: site.origin, ...options });
  });
  afterAll(async () => {
    await site.browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
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
