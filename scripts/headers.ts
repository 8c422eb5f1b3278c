// `node scripts/headers.ts`: writes the security headers of src/integrations/security-headers.ts to
// public/_headers and, between its markers, to the nginx snippet in docs/deploying.md.
// tests/unit/integrations/headers.test.ts fails when either differs from what this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { headersFile, nginxSnippet } from '../src/integrations/security-headers.ts';

const root = new URL('..', import.meta.url);
writeFileSync(new URL('public/_headers', root), headersFile());
const docs = new URL('docs/deploying.md', root);
const text = readFileSync(docs, 'utf8');
const updated = text.replace(
  /(<!-- headers:start -->\n```nginx\n)[\s\S]*?(```\n<!-- headers:end -->)/,
  (_all, start: string, end: string) => `${start}${nginxSnippet()}${end}`,
);
if (updated === text && !text.includes(nginxSnippet()))
  throw new Error('docs/deploying.md: the headers markers are missing');
writeFileSync(docs, updated);
console.log('wrote public/_headers and docs/deploying.md');
