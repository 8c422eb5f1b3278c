import type { APIRoute } from 'astro';
import type { SiteGuideline } from '../../../queries/guidelines.ts';
import { exportGuideline } from '../../../lib/publish/export.ts';
import { obligationsCsv } from '../../../lib/obligations/csv.ts';
import { pathsBySlug } from '../../../queries/paths.ts';

export const getStaticPaths = pathsBySlug;

export const GET: APIRoute = ({ props }) =>
  new Response(obligationsCsv(exportGuideline((props as { guideline: SiteGuideline }).guideline)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
