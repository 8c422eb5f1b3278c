import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { guardedHandler, readablePath, SERVER_ERROR_PAGE, type App } from '../../../scripts/lib/request-guard.ts';
import { SECURITY_HEADERS } from '../../../src/integrations/security-headers.ts';

// The guard `npm start` puts in front of Astro's preview server (scripts/lib/request-guard.ts), here in
// front of stand-in apps that fail the ways Vite's middleware does; tests/e2e/serve.test.ts runs
// the real server.
let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function serve(app: App, logged: unknown[] = []): Promise<string> {
  server = createServer(
    guardedHandler(
      app,
      () => '<h1>Fant ikke siden</h1>',
      (error) => logged.push(error),
    ),
  );
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const expectHeaders = (response: Response) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
};

test('an address whose escapes do not decode to a file path is not a page', () => {
  for (const url of ['/%E0%A4%A', '/%', '/%ZZ/', '/a%2Fb/', '/a%2fb', '/%5C..%5C', '/%00', '/x/%C3/'])
    expect(readablePath(url), url).toBe(false);
  for (const url of ['/', '/retningslinjer/telemark/', '/s%C3%B8k/', '/sok/?q=%E0%A4%A', '/a%20b/', undefined])
    expect(readablePath(url), url).toBe(true);
});

test('a middleware that fails gets a Norwegian page with no stack, the security headers and a line in the log', async () => {
  const logged: unknown[] = [];
  const origin = await serve((_request, response, next) => {
    response.removeHeader('X-Frame-Options'); // as Vite's error page clears the headers
    next(new URIError('URI malformed at /work/secret/path.js:1:1'));
  }, logged);
  const response = await fetch(`${origin}/noe/`);
  expect(response.status).toBe(500);
  expectHeaders(response);
  const body = await response.text();
  expect(body).toBe(SERVER_ERROR_PAGE);
  expect(body).toContain('lang="nb"');
  expect(body).not.toMatch(/URIError|\/work|\bat\b/);
  expect(logged).toHaveLength(1);
});

test('a middleware that throws is answered the same way', async () => {
  const origin = await serve(() => {
    throw new TypeError('boom');
  });
  const response = await fetch(`${origin}/`);
  expect([response.status, await response.text()]).toEqual([500, SERVER_ERROR_PAGE]);
  expectHeaders(response);
});

test('a malformed address gets the 404 page and never reaches the app; a good one does, with the headers', async () => {
  const reached: string[] = [];
  const origin = await serve((request, response) => {
    reached.push(request.url!);
    response.end('side');
  });
  const bad = await fetch(`${origin}/%E0%A4%A`);
  expect([bad.status, await bad.text()]).toEqual([404, '<h1>Fant ikke siden</h1>']);
  expectHeaders(bad);
  const good = await fetch(`${origin}/retningslinjer/`);
  expect([good.status, await good.text()]).toEqual([200, 'side']);
  expectHeaders(good);
  expect(reached).toEqual(['/retningslinjer/']);
});
