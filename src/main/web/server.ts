import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { ErrorDetail, Result } from '@shared/contract/errors';
import { resolveStaticFile, SECURITY_HEADERS } from './static-files';

export type Dispatcher = (channel: string, input: unknown) => Promise<Result<unknown>>;

export type WebServerOptions = {
  host: string;
  port: number;
  token: string;
  staticDir: string;
  dispatch: Dispatcher;
  /** The largest request body; a larger one is answered 413 without being read. */
  maxBodyBytes?: number;
  /** How many request bodies may be read into memory at once; further requests wait their turn. */
  maxBodiesInMemory?: number;
};

export const TOKEN_HEADER = 'x-samplan-token';
/** A 50 MB package as base64 (four characters per three bytes) in a JSON body, with room to spare. */
const DEFAULT_MAX_BODY = 72 * 1024 * 1024;
const DEFAULT_BODIES_IN_MEMORY = 2;
const MEGABYTE = 1024 * 1024;
/** Bodies up to this size (declared) do not wait for a slot. */
const SMALL_BODY_BYTES = MEGABYTE;

function send(res: http.ServerResponse, status: number, body: string, contentType = 'application/json; charset=utf-8') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string, detail?: ErrorDetail) {
  send(res, status, JSON.stringify({ ok: false, error: { code, message, ...(detail ? { detail } : {}) } }));
}

/**
 * 413 and close: the rest of the body is never read (the connection goes when the answer is out).
 * The message is for a person; the renderer words the detail in the user's language.
 */
function sendTooLarge(req: http.IncomingMessage, res: http.ServerResponse, limit: number) {
  const megabytes = Math.floor(limit / MEGABYTE);
  res.setHeader('Connection', 'close');
  res.once('finish', () => req.socket.destroySoon());
  sendError(res, 413, 'VALIDATION', `Anropet är större än ${megabytes} MB och togs inte emot.`, {
    key: 'request.tooLarge',
    params: { megabytes },
  });
}

function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The declared body length; NaN when there is none or it is not a plain number. */
function declaredLength(req: http.IncomingMessage): number {
  const value = req.headers['content-length'];
  return value !== undefined && /^\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
}

/** Reads the body up to `limit` bytes; resolves null (and stops reading) as soon as more arrive. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    let ended = false;
    req.on('data', onData);
    req.on('end', () => {
      ended = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
    // A client that goes away mid-body (or a request timeout) frees the slot instead of holding it.
    req.on('close', () => {
      if (!ended) reject(new Error('the request was closed before its body ended'));
    });
  });
}

/** At most `size` holders at once; the others wait in order. Bounds how many bodies sit in memory. */
export class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
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

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  server: http.Server,
  options: WebServerOptions,
  slots: Slots,
) {
  if (req.method !== 'POST') return sendError(res, 405, 'FORBIDDEN', 'Only POST is allowed for API calls');
  if (!sameOrigin(req, server)) return sendError(res, 403, 'FORBIDDEN', 'Request from another origin refused');
  if (!tokenMatches(options.token, req.headers[TOKEN_HEADER])) return sendError(res, 401, 'FORBIDDEN', 'Missing or wrong session token');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(res, 415, 'VALIDATION', 'API calls must be application/json');
  }
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  if (declaredLength(req) > limit) return sendTooLarge(req, res, limit);
  const answer = async () => {
    const body = await readBody(req, limit);
    if (body === null) return sendTooLarge(req, res, limit);
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
  };
  // A large body (a file upload, or one of unknown length) is read, parsed and dispatched inside a slot, so only a
  // few such bodies are in memory at once; ordinary calls (progress, lists) never wait behind an upload.
  return declaredLength(req) <= SMALL_BODY_BYTES ? answer() : slots.run(answer);
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
  const slots = new Slots(options.maxBodiesInMemory ?? DEFAULT_BODIES_IN_MEMORY);
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '/').startsWith('/api/')
      ? handleApi(req, res, server, options, slots)
      : handleStatic(req, res, options.staticDir);
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
