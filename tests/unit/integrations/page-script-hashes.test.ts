import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { keepOwnScriptHashes } from '../../../src/integrations/page-script-hashes.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const own = 'document.body.dataset.ready = "1";';
const other = 'console.log("another page");';
const page = (scripts: string, policy: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${policy}; style-src 'self' ;">${scripts}</head><body></body></html>`;
const scriptSrc = (html: string) => /script-src ([^;]*);/.exec(html)?.[1];

test.each([
  {
    case: 'a page keeps its own inline script’s hash and loses the others',
    scripts: `<script type="module">${own}</script><script type="module" src="/_astro/a.js"></script>`,
    policy: `'self' 'wasm-unsafe-eval' ${hash(own)} ${hash(other)} 'sha256-AAAA'`,
    kept: `'self' 'wasm-unsafe-eval' ${hash(own)}`,
  },
  {
    case: 'a page without inline scripts keeps only its sources',
    scripts: `<script type="module" src="/_astro/a.js"></script>`,
    policy: `'self' ${hash(other)}`,
    kept: `'self'`,
  },
  {
    case: 'a hash the policy does not list is not added',
    scripts: `<script>${own}</script>`,
    policy: `'self' ${hash(other)}`,
    kept: `'self'`,
  },
  {
    case: 'two inline scripts keep both',
    scripts: `<script>${own}</script><script>${other}</script>`,
    policy: `'self' ${hash(own)} ${hash(other)}`,
    kept: `'self' ${hash(own)} ${hash(other)}`,
  },
])('$case', ({ scripts, policy, kept }) => {
  expect(scriptSrc(keepOwnScriptHashes(page(scripts, policy)))).toBe(kept);
});

test('the rest of the page is left as it was, byte for byte', () => {
  const before = page(`<script>${own}</script>`, `'self' ${hash(own)} ${hash(other)}`);
  const after = keepOwnScriptHashes(before);
  expect(after).toBe(before.replace(` ${hash(other)}`, ''));
  expect(keepOwnScriptHashes(after)).toBe(after);
});

test('a page without a policy is unchanged', () => {
  const html = `<html><head><script>${own}</script></head></html>`;
  expect(keepOwnScriptHashes(html)).toBe(html);
});
