/**
 * The address the site is published at: SITE_URL when the build is given one, else the address
 * `npm start` serves it on. Canonical links, the sitemap, robots.txt and the feeds are absolute on it
 * (astro.config.mjs's `site`; see docs/deploying.md).
 */
export const siteUrl = (): string => process.env.SITE_URL || 'http://localhost:4321';
