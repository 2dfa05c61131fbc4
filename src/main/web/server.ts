import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { Result } from '@shared/contract/errors';
import { resolveStaticFile, SECURITY_HEADERS } from './static-files';

export type Dispatcher = (channel: string, input: unknown) => Promise<Result<unknown>>;

export type WebServerOptions = {
  host: string;
  port: number;
  token: string;
  staticDir: string;
  dispatch: Dispatcher;
  maxBodyBytes?: number;
};

export const TOKEN_HEADER = 'x-samplan-token';
const DEFAULT_MAX_BODY = 64 * 1024 * 1024;

function send(res: http.ServerResponse, status: number, body: string, contentType = 'application/json; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string) {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Requests from another origin or for another host (DNS rebinding) are refused. */
function sameOrigin(req: http.IncomingMessage, server: http.Server): boolean {
  const address = server.address();
  if (!address || typeof address === 'string') return false;
  const allowedHosts = [`127.0.0.1:${address.port}`, `localhost:${address.port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((h) => origin === `http://${h}`);
}

/** The channel named by `/api/<channel>`; null when its percent-encoding is malformed (e.g. a lone `%`). */
function channelOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, server: http.Server, options: WebServerOptions) {
  if (req.method !== 'POST') return sendError(res, 405, 'FORBIDDEN', 'Only POST is allowed for API calls');
  if (!sameOrigin(req, server)) return sendError(res, 403, 'FORBIDDEN', 'Request from another origin refused');
  if (!tokenMatches(options.token, req.headers[TOKEN_HEADER])) return sendError(res, 401, 'FORBIDDEN', 'Missing or wrong session token');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(res, 415, 'VALIDATION', 'API calls must be application/json');
  }
  const body = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY);
  if (body === null) return sendError(res, 413, 'VALIDATION', 'Request body too large');
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return sendError(res, 400, 'VALIDATION', 'Request body is not valid JSON');
  }
  const channel = channelOf(req.url ?? '');
  if (channel === null) return sendError(res, 400, 'VALIDATION', 'Malformed channel name in the URL');
  const result = await options.dispatch(channel, input);
  send(res, 200, JSON.stringify(result));
}

function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, staticDir: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'FORBIDDEN', 'Method not allowed');
  const file = resolveStaticFile(staticDir, req.url ?? '/');
  if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType });
  if (req.method === 'HEAD') return res.end();
  fs.createReadStream(file.filePath).pipe(res);
}

/** Browser mode: the renderer and the same services over HTTP on loopback, guarded by a per-start token. */
export function createWebServer(options: WebServerOptions): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '/').startsWith('/api/') ? handleApi(req, res, server, options) : handleStatic(req, res, options.staticDir);
    Promise.resolve(route).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'Internal error');
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}
