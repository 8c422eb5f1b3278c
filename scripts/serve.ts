// `npm start` (after the build) and `npm run preview [-- --port 4321 --host]`: serves dist/ with
// Astro's preview server (the headers of astro.config.mjs's `server.headers`), behind the guard of
// scripts/lib/request-guard.ts: no address makes it answer with a stack trace, and error pages carry the
// security headers too.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { parseArgs } from 'node:util';
import { runMain, SetupError, UsageError } from './lib/cli.ts';
import { guardServer } from './lib/request-guard.ts';

// Vite's error handler leaves the stack out in production; it reads NODE_ENV when it loads.
process.env.NODE_ENV = 'production';

await runMain(import.meta.url, 'serve', async () => {
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}: usage: npm start -- [--port 4321] [--host 0.0.0.0]`);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new UsageError(`--port ${values.port} is not a port number: give one from 0 to 65535`);
  const notFound = 'dist/404.html';
  if (!existsSync(notFound)) throw new SetupError(`${notFound} is missing`, 'build the site first: npm run build');
  const { preview } = await import('astro');
  const server = await preview({ server: { port, host: values.host } });
  // Astro's static preview server returns its http.Server, though its public type does not say so.
  const http = (server as unknown as { server?: Server }).server;
  if (!http?.listeners) {
    await server.stop();
    throw new SetupError(
      "Astro's preview server no longer hands out its HTTP server",
      'see scripts/lib/request-guard.ts',
    );
  }
  guardServer(http, () => readFileSync(notFound));
  await server.closed();
});
