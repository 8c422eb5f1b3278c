import type { AstroIntegrationLogger } from 'astro';
import { afterEach, expect, test, vi } from 'vitest';
import { siteUrl, siteUrlNotice } from '../../../src/integrations/site-url.ts';

afterEach(() => vi.unstubAllEnvs());

/** What the notice's build hook logs as warnings. */
function warnings(): string[] {
  const logged: string[] = [];
  const logger = { warn: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const start = siteUrlNotice().hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => void;
  start({ logger });
  return logged;
}

test('a build without SITE_URL warns that its addresses point to this machine, and how to set it', () => {
  vi.stubEnv('SITE_URL', '');
  expect(siteUrl()).toBe('http://localhost:4321');
  expect(warnings()).toEqual([expect.stringMatching(/^SITE_URL is not set: .*localhost:4321.*SITE_URL=https:/)]);
});

test('a build with SITE_URL is quiet and uses it', () => {
  vi.stubEnv('SITE_URL', 'https://retningslinjer.example.no');
  expect(siteUrl()).toBe('https://retningslinjer.example.no');
  expect(warnings()).toEqual([]);
});
