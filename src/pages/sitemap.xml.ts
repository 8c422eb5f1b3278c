import type { APIRoute } from 'astro';
import { getAllVersions } from '../queries/guidelines.ts';
import { getTopics } from '../queries/topic-entries.ts';
import { isPublicPage, siteAddresses } from '../lib/model/routes.ts';
import { siteContents } from '../lib/parse/load.ts';
import { sitemapXml } from '../lib/publish/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const addresses = siteAddresses(
    siteContents(
      await getAllVersions(),
      (await getTopics()).map((topic) => topic.id),
    ),
  );
  return new Response(sitemapXml([...addresses.keys()].filter(isPublicPage), site!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
