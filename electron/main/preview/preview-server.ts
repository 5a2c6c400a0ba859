import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../handlers/dispatch';
import type { HandlerTable } from '../handlers/handler-table';
import { bridgeScript, TOKEN_HEADER } from './bridge-script';
import { isLoopbackHost } from './loopback';
import { readStatic } from './static-files';

export interface PreviewServerOptions {
  readonly table: HandlerTable;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  readonly token: string;
  readonly host?: string;
  /** 0: a free port. */
  readonly port?: number;
  readonly onError?: (error: unknown) => void;
}

export interface PreviewServer {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Largest API request body: a scenario file at its size limit, JSON-escaped inside the request. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Until a page says otherwise, nothing may load or run. */
const LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'";

/** The page's own CSP (its meta tag), so the header and the desktop app's page never disagree. */
export function pageCsp(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
}

/** The build names its assets after their content (`index-CrK1aRV8.js`): one name, one content. */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css)$/;

/**
 * Content-named assets may be kept in the browser's cache, as the desktop app reads them from its own
 * files (and keeps V8's code cache for them, `codeCache: true`); anything else (the page, the API) is
 * asked for again every time.
 */
export function cacheControl(path: string): string {
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-store';
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  csp = LOCKED_DOWN,
  cache = 'no-store',
): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
    // frame-ancestors only works as a header: add it to the page's policy.
    'content-security-policy': csp.includes('frame-ancestors') ? csp : `${csp}; frame-ancestors 'none'`,
    'cross-origin-resource-policy': 'same-origin',
  });
  response.end(body);
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** index.html with the bridge script first in <head>, so `window.planner` exists before the app runs. */
function withBridge(html: string): string {
  return html.replace(/<head>/i, '<head>\n    <script src="./preview-bridge.js"></script>');
}

/**
 * Serves the built renderer and the handler table on a loopback address only, behind a per-run token
 * (a header, so other sites' pages cannot call it: a custom header needs a CORS preflight we never
 * grant) and a Host check (so DNS rebinding cannot reach it either).
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host))
    throw new Error(
      `The preview only listens on this machine (127.0.0.1, ::1 or localhost), not on "${host}".`,
    );
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();
  const server = createServer((request, response) => {
    void handle(request, response).catch((error) => {
      options.onError?.(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? ''))
      return send(response, 421, 'text/plain; charset=utf-8', 'Unknown host');
    // A page from another origin may send requests (a form, an image) even without reading the answer.
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin))
      return send(response, 403, 'text/plain; charset=utf-8', 'Cross-origin requests are refused');
    const rawPath = (request.url ?? '/').split('?')[0]!;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'Malformed path');
    }
    if (path.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'POST only');
      if (!sameToken(request.headers[TOKEN_HEADER], options.token)) {
        return send(
          response,
          403,
          'application/json',
          JSON.stringify({
            ok: false,
            error: { code: 'invalid-input', message: 'Missing or wrong session token.' },
          }),
        );
      }
      const body = await readBody(request);
      if (body === undefined)
        return send(
          response,
          413,
          'application/json',
          JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'Request too large.' } }),
        );
      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return send(
          response,
          400,
          'application/json',
          JSON.stringify({
            ok: false,
            error: { code: 'invalid-input', message: 'The request is not JSON.' },
          }),
        );
      }
      const result = await dispatch(options.table, path.slice('/api/'.length), input, options.onError);
      return send(response, 200, 'application/json', JSON.stringify(result));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'GET only');
    if (path === '/preview-bridge.js')
      return send(response, 200, 'text/javascript; charset=utf-8', bridgeScript());
    const file = await readStatic(options.staticDir, rawPath);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    if (file.type.startsWith('text/html')) {
      const html = file.body.toString('utf8');
      return send(response, 200, file.type, withBridge(html), pageCsp(html) ?? LOCKED_DOWN);
    }
    return send(response, 200, file.type, file.body, LOCKED_DOWN, cacheControl(path));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  allowedHosts = new Set([`${hostForUrl}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((allowed) => `http://${allowed}`));
  return {
    server,
    port,
    url: `http://${hostForUrl}:${port}/?token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of an open browser tab must not hold the preview open.
        server.closeAllConnections();
      }),
  };
}
