import type { APIRoute } from 'astro';
import { sitemapUrl } from '../lib/model/routes.ts';
import { robotsTxt } from '../lib/publish/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(sitemapUrl(), site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
