import type { APIRoute } from 'astro';
import type { SiteGuideline } from '../../queries/guidelines.ts';
import { exportGuideline } from '../../lib/publish/export.ts';
import { pathsBySlug } from '../../queries/paths.ts';

export const getStaticPaths = pathsBySlug;

export const GET: APIRoute = ({ props }) =>
  Response.json(exportGuideline((props as { guideline: SiteGuideline }).guideline));
