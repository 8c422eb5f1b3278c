import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuidelines, type SiteGuideline } from '../../../queries/guidelines.ts';
import { exportGuideline } from '../../../lib/publish/export.ts';
import { obligationsCsv } from '../../../lib/obligations/csv.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getGuidelines()).map((guideline) => ({ params: { slug: guideline.meta.slug }, props: { guideline } }));

export const GET: APIRoute = ({ props }) =>
  new Response(obligationsCsv(exportGuideline((props as { guideline: SiteGuideline }).guideline)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
