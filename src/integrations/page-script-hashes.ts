import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

// Astro writes the hash of every script of the build into every page's Content Security Policy
// (eight on each page here), so that a policy with 'strict-dynamic' could allow them. This policy
// allows the site's own files by 'self' (src/integrations/security-headers.ts), so a page needs only
// the hashes of its own inline scripts: the others are about 250 bytes of every page that gzip cannot
// shrink. After the build each page keeps the hashes of the inline scripts it holds.

const POLICY = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )([^;"]*)/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const HASH = /^'sha(256|384|512)-[^']+'$/;

/** The page with its policy's script hashes cut to those of the inline scripts it holds; unchanged without a policy. */
export function keepOwnScriptHashes(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const sources = policy[2]!.trim().split(/\s+/);
  const own = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT))
    for (const bits of ['256', '384', '512'])
      own.add(`'sha${bits}-${createHash(`sha${bits}`).update(body!).digest('base64')}'`);
  const kept = sources.filter((source) => !HASH.test(source) || own.has(source));
  if (kept.length === sources.length) return html;
  const start = policy.index + policy[1]!.length;
  return html.slice(0, start) + kept.join(' ') + html.slice(start + policy[2]!.trimEnd().length);
}

/** Rewrites every page of the build folder with only its own script hashes. */
export default function pageScriptHashes(): AstroIntegration {
  return {
    name: 'ikt:page-script-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        // A few dozen files at a time: a national build has thousands, more than a process may hold open.
        for (let first = 0; first < pages.length; first += 64)
          await Promise.all(
            pages.slice(first, first + 64).map(async (page) => {
              const file = join(root, page);
              const html = await readFile(file, 'utf8');
              const kept = keepOwnScriptHashes(html);
              if (kept !== html) await writeFile(file, kept);
            }),
          );
      },
    },
  };
}
