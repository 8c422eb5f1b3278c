import type { APIRoute } from 'astro';
import type { SiteGuideline } from '../../../queries/guidelines.ts';
import { pathsByWordFile } from '../../../queries/word-and-feeds.ts';
import { docxBytes, guidelineDocument, DOCX_TYPE } from '../../../lib/word/guideline.ts';

export const getStaticPaths = pathsByWordFile;

export const GET: APIRoute = async ({ props }) =>
  new Response(await docxBytes(guidelineDocument((props as { guideline: SiteGuideline }).guideline)), {
    headers: { 'Content-Type': DOCX_TYPE },
  });
