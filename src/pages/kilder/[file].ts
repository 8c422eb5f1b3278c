import type { APIRoute } from 'astro';
import { getSourceNames, readSource } from '../../queries/sources.ts';

// Each source document, published as it is: the reader checks a word against what was transcribed.
export async function getStaticPaths() {
  return (await getSourceNames()).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => new Response(new Uint8Array(await readSource(params.file!)));
