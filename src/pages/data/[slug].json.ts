import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuidelines, type SiteGuideline } from '../../queries/guidelines.ts';
import { exportGuideline } from '../../lib/publish/export.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getGuidelines()).map((guideline) => ({ params: { slug: guideline.meta.slug }, props: { guideline } }));

export const GET: APIRoute = ({ props }) =>
  Response.json(exportGuideline((props as { guideline: SiteGuideline }).guideline));
