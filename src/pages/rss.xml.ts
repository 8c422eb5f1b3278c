import type { APIRoute } from 'astro';
import { getRssString } from '@astrojs/rss';
import { getSiteFeed } from '../queries/word-and-feeds.ts';
import { rssItem } from '../lib/publish/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    await getRssString({
      title: 'IKT-retningslinjer: nye versjoner',
      description: 'Nye versjoner og utkast av retningslinjene for samarbeid om IKT mellom kommuner og helseforetak.',
      site: site!,
      items: (await getSiteFeed()).map((item) => rssItem(item, site!)),
    }),
    { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  );
