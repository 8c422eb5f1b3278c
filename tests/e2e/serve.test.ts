import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../src/integrations/security-headers.ts';

// The server `npm start` runs (scripts/serve.ts: Astro's preview server over dist/), started as
// npm starts it, asked for addresses that made it answer with a Node stack trace (issue 23).
const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess;
let origin: string;

beforeAll(async () => {
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
