import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { root } from './fixture-site.ts';

// Issue 28: `npm run dev` kept the content it read at start; an editor who changed a word saw the
// old one on every reload. The real dev server, on a free port, over a copy of a fixture folder
// (GUIDELINES_DIR): an edit shows on the next request, a broken edit shows its `file:line` in the
// browser (Astro's error overlay), and mending it brings the page back.
const work = mkdtempSync(join(tmpdir(), 'ikt-dev-'));
const guidelines = join(work, 'guidelines');
const file = join(guidelines, 'voss.md');
const page = '/retningslinjer/voss/';
let origin = '';
let server: ChildProcess | undefined;
let output = '';
let browser: Browser | undefined;

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Asks for `path` every 100 ms until `done` holds of the answer or `timeout` ms have passed: the answer and how long it took. */
async function poll(path: string, done: (status: number, body: string) => boolean, timeout = 20_000) {
  const start = performance.now();
  for (;;) {
    const response = await fetch(origin + path).catch(() => undefined);
    const body = (await response?.text()) ?? '';
    if (response && done(response.status, body))
      return { status: response.status, body, ms: performance.now() - start };
    if (performance.now() - start > timeout) {
      throw new Error(
        `${path} did not change within ${timeout} ms (last status ${response?.status}); the server said:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Writes the fixture's text with one replacement, as an editor's save does. */
const save = (from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

/** The environment of a dev server started by hand: vitest's own variables (NODE_ENV=test) would make Astro answer 404 to every page. */
const devEnvironment = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));

beforeAll(async () => {
  cpSync(join(root, 'tests/fixtures/sites/signing'), guidelines, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    // Its own process group, so that stopping it stops Vite's children too.
    {
      cwd: root,
      env: {
        ...devEnvironment(),
        GUIDELINES_DIR: guidelines,
        // The signing site's sources are its own, in the folder copied with it.
        SOURCES_DIR: join(guidelines, 'sources'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      detached: true,
    },
  );
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  await poll(page, (status) => status === 200, 120_000);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

test('an edited guideline shows on the next request', async () => {
  expect((await poll(page, (status) => status === 200)).body).toContain('sikker elektronisk samhandling');
  save('sikker elektronisk samhandling', 'trygg elektronisk samhandling');
  const { body, ms } = await poll(page, (_, text) => text.includes('trygg elektronisk samhandling'));
  expect(body).not.toContain('sikker elektronisk samhandling');
  console.info(`the edit showed ${Math.round(ms)} ms after the save`);
}, 60_000);

test('a broken edit shows its file:line in the browser, and mending it brings the page back', async () => {
  save('status: gjeldende', 'status: ferdig');
  await poll(page, (status) => status === 500);
  const tab = await browser!.newPage();
  await tab.goto(origin + page);
  // Astro's error overlay (a custom element; the locator reaches into its shadow root).
  const message = tab.locator('vite-error-overlay #message-content');
  await message.waitFor();
  expect(await message.innerText()).toMatch(/voss\.md:13: `?status`?: .*"gjeldende"/);
  await tab.close();

  save('status: ferdig', 'status: gjeldende');
  expect((await poll(page, (status) => status === 200)).body).toContain('trygg elektronisk samhandling');
}, 60_000);

test('a new guideline file shows without a restart', async () => {
  const text = readFileSync(file, 'utf8')
    .replace('slug: voss', 'slug: granvin')
    .replace(/shortTitle: .*/, 'shortTitle: Granvin')
    .replace(/region: .*/, 'region: Granvin')
    .replace(/title: .*Voss herad.*/, 'title: Retningslinje for samarbeid om IKT mellom Granvin og Helse Bergen')
    .replace(/municipalities: .*/, 'municipalities: Granvin herad');
  writeFileSync(join(guidelines, 'granvin.md'), text);
  expect((await poll('/retningslinjer/granvin/', (status) => status === 200)).body).toContain('Granvin');
}, 60_000);
