import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { headersFile, nginxSnippet, SECURITY_HEADERS } from '../../../src/integrations/security-headers.ts';
import { root } from '../helpers/index.ts';

// One list of security headers, three places it is shipped: none may drift from it.
test('public/_headers is the list as scripts/headers.ts writes it', () => {
  expect(readFileSync(`${root}public/_headers`, 'utf8')).toBe(headersFile());
});

test('docs/deploying.md holds the list as an nginx snippet', () => {
  expect(readFileSync(`${root}docs/deploying.md`, 'utf8')).toContain(
    `<!-- headers:start -->\n\`\`\`nginx\n${nginxSnippet()}\`\`\`\n<!-- headers:end -->`,
  );
});

test('the server npm start runs sends the list', async () => {
  const { default: config } = (await import('../../../astro.config.mjs')) as {
    default: { server: { headers: Record<string, string> } };
  };
  expect(config.server.headers).toEqual(SECURITY_HEADERS);
}, 30_000); // loading the config loads Astro's integrations

test.each([
  'Content-Security-Policy',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'X-Frame-Options',
  'Permissions-Policy',
])('the list has %s', (name) => {
  expect(SECURITY_HEADERS[name]).toBeTruthy();
});

test('the header policy forbids framing and plugins, and leaves scripts to the page’s hashed policy', () => {
  const policy = SECURITY_HEADERS['Content-Security-Policy']!;
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/default-src|script-src/);
});
