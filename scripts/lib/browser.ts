// What the command-line tools and the browser tests share to look at a built site: the folder
// served on a free port of 127.0.0.1, and one headless Chromium.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './chromium.ts';

/** The built site the tools and browser tests look at: SITE_DIST, or the project's dist/. */
export const siteDist = resolve(process.env.SITE_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)));

/** Headless, and quiet: no sandbox (containers), no GPU, no updates, syncing or first-run pages. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** A folder served over HTTP. */
export interface Served {
  /** Where it is served, e.g. http://127.0.0.1:41234. */
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder as a static host would (index.html for a folder, 404 for what is not there) on a free port. */
export async function serveFolder(dir: string, { etag = false }: { etag?: boolean } = {}): Promise<Served> {
  const serve = sirv(dir, { dev: false, etag });
  const server = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Starts headless Chromium: the one at `executablePath`, or the one findChromium finds (scripts/lib/chromium.ts). */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath ?? (await findChromium()).path, args: CHROMIUM_ARGS });
}
