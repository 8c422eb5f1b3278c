import { createHash } from 'node:crypto';

// Astro writes the hash of every script of the build into every page's Content Security Policy
// (eight on each page here), so that a policy with 'strict-dynamic' could allow them. This policy
// allows the site's own files by 'self' (src/integrations/security-headers.ts), so a page needs only
// the hashes of its own inline scripts: the others are about 250 bytes of every page that gzip cannot
// shrink. As each page is rendered (src/middleware.ts), it keeps the hashes of the inline scripts it holds.

const POLICY = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )([^;"]*)/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const HASH = /^'sha(256|384|512)-[^']+'$/;

/** The page with its policy's script hashes cut to those of the inline scripts it holds; unchanged without a policy. */
export function keepOwnScriptHashes(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const sources = policy[2]!.trim().split(/\s+/);
  const algorithms = new Set(sources.map((source) => HASH.exec(source)?.[1]).filter(Boolean));
  const own = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT))
    for (const bits of algorithms) own.add(`'sha${bits}-${createHash(`sha${bits}`).update(body!).digest('base64')}'`);
  const kept = sources.filter((source) => !HASH.test(source) || own.has(source));
  if (kept.length === sources.length) return html;
  const start = policy.index + policy[1]!.length;
  return html.slice(0, start) + kept.join(' ') + html.slice(start + policy[2]!.trimEnd().length);
}
