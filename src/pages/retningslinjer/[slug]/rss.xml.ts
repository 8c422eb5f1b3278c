import type { APIRoute } from 'astro';
import { getRssString } from '@astrojs/rss';
import type { SiteGuideline } from '../../../queries/guidelines.ts';
import { pathsBySlug } from '../../../queries/paths.ts';
import { getGuidelineFeed } from '../../../queries/word-and-feeds.ts';
import { rssItem } from '../../../lib/publish/feed.ts';
import { guidelineUrl } from '../../../lib/model/routes.ts';

export const getStaticPaths = pathsBySlug;

export const GET: APIRoute = async ({ props, site }) => {
  const { meta } = (props as { guideline: SiteGuideline }).guideline;
  return new Response(
    await getRssString({
      title: `${meta.shortTitle}: nye versjoner – IKT-retningslinjer`,
      description: `Nye versjoner og utkast av ${meta.title} (${meta.region}).`,
      site: new URL(guidelineUrl(meta.slug), site!).href,
      items: (await getGuidelineFeed((props as { guideline: SiteGuideline }).guideline)).map((item) =>
        rssItem(item, site!),
      ),
    }),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
};
