// The request handling `npm start` puts in front of Astro's preview server. Astro serves dist/
// through Vite's preview server, whose last resort for an error is a page with the Node stack (and
// absolute paths) and none of the site's headers: an address with a malformed escape (`/%E0%A4%A`)
// or an encoded slash (`/a%2Fb/`) reached it. Here such an address gets the site's 404 page, any
// other fault a plain Norwegian page with no stack, and every response the security headers.
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from '../../src/integrations/security-headers.ts';
import { homeUrl } from '../../src/lib/model/routes.ts';

/** A connect app, as Vite's preview server hands requests to it: `next` runs when no middleware answered or one failed. */
export type App = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The page an unexpected fault gets: it says what happened in Norwegian and nothing of the server. */
export const SERVER_ERROR_PAGE = `<!doctype html>
<html lang="nb">
<meta charset="utf-8">
<title>Feil på serveren – IKT-retningslinjer</title>
<h1>Noe gikk galt</h1>
<p>Serveren kunne ikke vise denne siden. Prøv igjen, eller gå til <a href="${homeUrl()}">forsiden</a>.</p>
</html>
`;

/**
 * Whether an address's path can be read as a file path: every escape decodes, as UTF-8, to
 * something other than a slash, a backslash or a NUL.
 */
export function readablePath(url: string | undefined): boolean {
  const path = (url ?? '/').replace(/[?#].*$/s, '');
  try {
    return path.split('/').every((segment) => !/[/\\\0]/.test(decodeURIComponent(segment)));
  } catch {
    return false;
  }
}

/**
 * Whether an address names a file the site never serves, though it may sit in dist/: a dotfile or
 * dot-folder (`/.env`, `/.git/config`, `/%2eenv`) or the host's configuration (`/_headers`,
 * `/_redirects`), which a static host reads and never serves.
 */
export function hiddenPath(url: string | undefined): boolean {
  const path = (url ?? '/').replace(/[?#].*$/s, '');
  try {
    const segments = path.split('/').map((segment) => decodeURIComponent(segment));
    return segments.some((segment) => segment.startsWith('.')) || /^\/_(?:headers|redirects)$/.test(segments.join('/'));
  } catch {
    return false; // not readable: readablePath answers it
  }
}

/**
 * An answer Node's HTTP parser gives before any handler runs (431 for a header or request line
 * over its limit, 400 for a request it cannot parse), written with the security headers: Node's
 * own is a bare status line.
 */
export function clientErrorAnswer(error: NodeJS.ErrnoException): string {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'HPE_REQUEST_TIMEOUT' ? 408 : 400;
  const body = `<!doctype html>\n<html lang="nb">\n<meta charset="utf-8">\n<title>Feil i forespørselen – IKT-retningslinjer</title>\n<h1>Forespørselen kunne ikke leses</h1>\n<p>Adressen eller feltene i forespørselen er for lange eller ikke gyldige.</p>\n</html>\n`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...lines, '', body].join('\r\n');
}

/** The request handler: `app` behind the checks above, answering with `notFoundPage` (the site's 404.html) where an address cannot be read. */
export function guardedHandler(
  app: App,
  notFoundPage: () => Buffer | string,
  log: (error: unknown) => void = console.error,
) {
  return (request: IncomingMessage, response: ServerResponse) => {
    // Set before any middleware writes, and put back if one clears them (Vite's error page does).
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        if (!this.hasHeader(name)) this.setHeader(name, value);
      return writeHead.apply(this, args);
    } as ServerResponse['writeHead'];
    const answer = (status: number, body: Buffer | string) => {
      if (response.headersSent) return void response.end();
      response.statusCode = status;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Content-Length', Buffer.byteLength(body));
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (!readablePath(request.url) || hiddenPath(request.url)) return answer(404, notFoundPage());
    try {
      app(request, response, (error) => {
        if (error === undefined) return answer(404, notFoundPage());
        log(error);
        answer(500, SERVER_ERROR_PAGE);
      });
    } catch (error) {
      log(error);
      answer(500, SERVER_ERROR_PAGE);
    }
  };
}

/** Puts the guard in front of the one request handler a server has (Vite's connect app). */
export function guardServer(server: Server, notFoundPage: () => Buffer | string): void {
  const handlers = server.listeners('request');
  if (handlers.length !== 1)
    throw new Error(`expected the preview server to have one request handler, found ${handlers.length}`);
  server.removeAllListeners('request');
  server.on('request', guardedHandler(handlers[0] as App, notFoundPage));
  guardClientErrors(server);
}

/** Answers what Node's parser refuses (431, 400) with the security headers, not its bare status line. */
export function guardClientErrors(server: Server): void {
  server.removeAllListeners('clientError');
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A socket that is gone, or one that already has an answer on its way, gets nothing more.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    socket.end(clientErrorAnswer(error));
  });
}
