import type { APIRoute } from 'astro';
import type { SiteGuideline } from '../../../queries/guidelines.ts';
import { pathsByWordFile } from '../../../queries/word-and-feeds.ts';
import { docxBytes, guidelineDocument, DOCX_TYPE } from '../../../lib/word/document.ts';

export const getStaticPaths = pathsByWordFile;

// The current version is published twice (under the guideline's name and the version's): made once.
const made = new Map<SiteGuideline, Promise<Uint8Array<ArrayBuffer>>>();

export const GET: APIRoute = async ({ props }) => {
  const { guideline } = props as { guideline: SiteGuideline };
  if (!made.has(guideline)) made.set(guideline, docxBytes(guidelineDocument(guideline)));
  return new Response(await made.get(guideline)!, { headers: { 'Content-Type': DOCX_TYPE } });
};
