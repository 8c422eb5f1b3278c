import { defineMiddleware } from 'astro:middleware';
import { keepOwnScriptHashes } from './integrations/page-script-hashes.ts';

// Every page as it is rendered: its Content Security Policy keeps only the hashes of its own inline
// scripts (see the file). Done here rather than on the built files, which at national size would be
// read and written again (8,568 pages, 3 s).
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(keepOwnScriptHashes(await response.text()), response);
});
