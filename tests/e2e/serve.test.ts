import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../src/integrations/security-headers.ts';

// The server `npm start` runs (scripts/serve.ts: Astro's preview server over dist/), started as
// npm starts it, asked for addresses that made it answer with a Node stack trace (issue 23).
const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess;
let origin: string;
// Files a careless deploy could leave in dist/: the server must never hand them out (issue 33).
const planted = [`${root}dist/.env`, `${root}dist/.git/config`];

beforeAll(async () => {
  mkdirSync(`${root}dist/.git`, { recursive: true });
  for (const file of planted) writeFileSync(file, 'SECRET=planted\n');
  child = spawn(process.execPath, ['scripts/serve.ts', '--port', String(40000 + (process.pid % 20000))], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  origin = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/localhost:(\d+)\//.exec(output);
      if (found) resolve(`http://127.0.0.1:${found[1]}`);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`the server stopped (${code}): ${output}`)));
  });
});
afterAll(() => {
  child?.kill();
  rmSync(`${root}dist/.env`, { force: true });
  rmSync(`${root}dist/.git`, { recursive: true, force: true });
});

async function get(path: string) {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

test.each(['/%E0%A4%A', '/%', '/a%2Fb/', '/retningslinjer/%E0%A4%A/', '/finnes-ikke/'])(
  '%s gets the site’s 404 page with the security headers and no stack trace',
  async (path) => {
    const { status, headers, body } = await get(path);
    expect(status).toBe(404);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
    expect(body).toContain('<h1>Fant ikke siden</h1>');
    expect(body).not.toMatch(/Error|\s at |node_modules|file:\/\/|\/work\//);
  },
);

test('a page gets the security headers', async () => {
  const { status, headers, body } = await get('/retningslinjer/telemark/');
  expect(status).toBe(200);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
  expect(body).toContain('id="punkt-1"');
});

test.each(['/.env', '/.git/config', '/%2eenv', '/_headers'])('%s is never served', async (path) => {
  const { status, headers, body } = await get(path);
  expect(status).toBe(404);
  expect(headers.get('Content-Security-Policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  expect(body).not.toMatch(/SECRET|Content-Security-Policy/);
});

test('a 20 KB request line gets 431 with the security headers', async () => {
  const { port } = new URL(origin);
  const answer = await new Promise<string>((resolve, reject) => {
    let text = '';
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.end(`GET /${'a'.repeat(20 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
    );
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
  });
  expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer).toContain(`${name}: ${value}`);
});
