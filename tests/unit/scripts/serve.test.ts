import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import {
  guardClientErrors,
  guardedHandler,
  hiddenPath,
  readablePath,
  SERVER_ERROR_PAGE,
  type App,
} from '../../../scripts/lib/request-guard.ts';
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

test.each([
  ['/.env', true],
  ['/.git/config', true],
  ['/%2eenv', true],
  ['/%2Egit/HEAD', true],
  ['/a/.hidden/b.html', true],
  ['/_headers', true],
  ['/_headers?x=1', true],
  ['/_redirects', true],
  ['/', false],
  ['/retningslinjer/telemark/', false],
  ['/_astro/site.css', false],
  ['/data/_headers.json', false],
  ['/a.b/', false],
])('%s is a file the site never serves: %s', (url, hidden) => {
  expect(hiddenPath(url)).toBe(hidden);
});

test('dotfiles and the host configuration get the 404 page, whatever sits in dist/', async () => {
  // A stand-in for the static server: it would serve any file asked for.
  const origin = await serve((_request, response) => response.end('SECRET=1'));
  for (const path of ['/.env', '/.git/config', '/%2eenv', '/_headers']) {
    const response = await fetch(`${origin}${path}`);
    expect([path, response.status]).toEqual([path, 404]);
    expect(await response.text()).not.toContain('SECRET');
    expectHeaders(response);
  }
  expect(await (await fetch(`${origin}/robots.txt`)).text()).toBe('SECRET=1');
});

/** The raw answer to a request written byte for byte, as a client with a long header would send it. */
function rawRequest(origin: string, request: string): Promise<string> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

test.each([
  ['a 64 KB header', `GET / HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(64 * 1024)}\r\n\r\n`, 431],
  ['a 20 KB request line', `GET /${'a'.repeat(20 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
  ['a request that is not HTTP', 'HELLO\r\n\r\n', 400],
])('%s is answered before any handler with the security headers', async (_name, request, status) => {
  const origin = await serve((_request, response) => response.end('page'));
  guardClientErrors(server!);
  const answer = await rawRequest(origin, request);
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  expect(head.split('\r\n')[0]).toBe(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`,
  );
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(head).toContain(`${name}: ${value}`);
  expect(body).toContain('lang="nb"');
});
