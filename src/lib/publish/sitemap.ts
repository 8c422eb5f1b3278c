// The files that tell search engines what the site holds. The addresses come from the routes
// module's list of the site's pages (siteAddresses, isPublicPage): the sitemap lists exactly them.

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** sitemap.xml (sitemaps.org 0.9): one `<url>` per page, its address absolute on the site's. */
export function sitemapXml(pages: Iterable<string>, site: URL | string): string {
  const urls = [...pages].map((page) => `<url><loc>${escape(new URL(page, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: every page may be read, and where the sitemap is. */
export function robotsTxt(sitemap: string, site: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemap, site).href}\n`;
}
