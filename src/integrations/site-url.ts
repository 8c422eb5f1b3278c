import type { AstroIntegration } from 'astro';

/** Where `npm start` serves the site: the address a build without SITE_URL is made for. */
const LOCAL = 'http://localhost:4321';

/**
 * The address the site is published at: SITE_URL when the build is given one, else the address
 * `npm start` serves it on. Canonical links, the sitemap, robots.txt and the feeds are absolute on it
 * (astro.config.mjs's `site`; see docs/deploying.md).
 */
export const siteUrl = (): string => process.env.SITE_URL || LOCAL;

/** Says, when a build starts without SITE_URL, that its absolute addresses point to this machine. */
export function siteUrlNotice(): AstroIntegration {
  return {
    name: 'ikt:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL)
          logger.warn(
            `SITE_URL is not set: canonical links, the sitemap, the feeds and the printed verification address point to ${LOCAL}. To publish, build with SITE_URL=https://<the site's address> (docs/deploying.md).`,
          );
      },
    },
  };
}
