import type { APIRoute } from 'astro';
import type { VersionPair } from '../../../../../queries/version-pairs.ts';
import { pathsByRevisionFile } from '../../../../../queries/word-and-feeds.ts';
import { docxBytes, DOCX_TYPE } from '../../../../../lib/word/document.ts';
import { revisionDocument } from '../../../../../lib/word/revision.ts';

export const getStaticPaths = pathsByRevisionFile;

export const GET: APIRoute = async ({ props }) => {
  const { pair } = props as { pair: VersionPair };
  return new Response(await docxBytes(revisionDocument(pair.from, pair.to, pair.rows)), {
    headers: { 'Content-Type': DOCX_TYPE },
  });
};
