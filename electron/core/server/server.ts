// `cuttings serve`: the app's UI and API on 127.0.0.1 for a browser (and the e2e tests).
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiErrorBody, CuttingsApi } from '../../shared/api';
import { ApiArgumentError, isApiCall, parseApiArg } from '../../shared/api-schema';
import { NotFoundError } from '../api';
import { MAX_BODY_BYTES, SECURITY_HEADERS, TOKEN_HEADER, hostAllowed, newToken, originAllowed, tokenMatches } from './security';

const LOOPBACK = '127.0.0.1';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface ServeOptions {
  api: CuttingsApi;
  /** the built renderer (dist/renderer) */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, readonly code: ApiErrorBody['code'], message: string) {
    super(message);
  }
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  let port = options.port ?? 0;
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendError(response, error));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostAllowed(request, port)) throw new HttpError(421, 'forbidden', 'unknown Host');
    if (!originAllowed(request, port)) throw new HttpError(403, 'forbidden', 'foreign Origin');
    const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice(5));
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'bad-request', 'method not allowed');
    return serveStatic(response, url.pathname);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, call: string): Promise<void> {
    if (request.method !== 'POST') throw new HttpError(405, 'bad-request', 'API calls are POST');
    if (request.headers[TOKEN_HEADER] === undefined) throw new HttpError(401, 'forbidden', 'missing token');
    if (!tokenMatches(token, request.headers[TOKEN_HEADER])) throw new HttpError(403, 'forbidden', 'wrong token');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'bad-request', 'send application/json');
    }
    if (!isApiCall(call)) throw new HttpError(404, 'not-found', `no API call named ${call}`);
    const arg = parseApiArg(call, JSON.parse((await readBody(request)) || '{}'));
    const method = options.api[call] as (a: unknown) => Promise<unknown>;
    const result = await method.call(options.api, arg);
    sendJson(response, 200, result ?? null);
  }

  function serveStatic(response: ServerResponse, pathname: string): void {
    const root = path.resolve(options.staticDir);
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(root, '.' + relative);
    if (file !== root && !file.startsWith(root + path.sep)) throw new HttpError(403, 'forbidden', 'outside the app');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new HttpError(404, 'not-found', 'not found');
    let body: Buffer | string = fs.readFileSync(file);
    if (path.basename(file) === 'index.html') body = injectToken(body.toString('utf8'), token);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The page learns the token from a meta tag; only a page served from here can read it. */
export function injectToken(html: string, token: string): string {
  const tag = `<meta name="cuttings-token" content="${token}">`;
  return html.includes('</head>') ? html.replace('</head>', `${tag}</head>`) : tag + html;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, 'bad-request', `request body over ${MAX_BODY_BYTES} bytes`));
      request.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'bad-request', `request body over ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) return sendJson(response, error.status, { error: error.message, code: error.code });
  if (error instanceof ApiArgumentError || error instanceof SyntaxError) {
    return sendJson(response, 400, { error: error.message, code: 'bad-request' });
  }
  if (error instanceof NotFoundError) return sendJson(response, 404, { error: error.message, code: 'not-found' });
  sendJson(response, 500, { error: (error as Error)?.message ?? 'internal error', code: 'internal' });
}
