import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/shared/contract/errors';
import { createWebServer, TOKEN_HEADER } from '../../src/main/web/server';
import { tempDir } from '../helpers/temp';

/** Issue 16, point 5: browser mode answers 413 without reading an oversized body and holds few bodies at once. */
const token = 'body-test-token-0123456789';
const LIMIT = 2 * 1024 * 1024;
let server: http.Server;
let port = 0;
const dispatched: string[] = [];
let releaseFirst: () => void = () => undefined;
const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));

beforeAll(async () => {
  server = await createWebServer({
    host: '127.0.0.1',
    port: 0,
    token,
    staticDir: tempDir(),
    maxBodyBytes: LIMIT,
    maxBodiesInMemory: 1,
    dispatch: async (channel, input): Promise<Result<unknown>> => {
      const tag = String((input as { tag?: unknown }).tag);
      dispatched.push(`${channel}:${tag}`);
      if (tag === 'first') await firstMayFinish;
      return { ok: true, value: null };
    },
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => {
  server.close();
});

/**
 * A request whose body is written piece by piece (chunked unless a Content-Length is given); `answer`
 * resolves with the status and parsed body as soon as the server answers, whatever was sent so far.
 */
function upload(headers: Record<string, string> = {}) {
  const req = http.request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/app:info',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
  });
  req.on('error', () => undefined);
  const answer = new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      res.on('error', reject);
    });
  });
  const connected = new Promise<void>((resolve) => req.on('socket', (socket) => socket.once('connect', () => resolve())));
  req.flushHeaders();
  const write = async (text: string) => {
    await connected;
    await new Promise<void>((resolve) => req.write(text, () => resolve()));
  };
  return { req, answer, write };
}

/** Resolves once `done()` holds, checking after each turn of the event loop (no timing involved). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setImmediate(resolve));
}

describe('request bodies in browser mode', () => {
  it('answers 413 from the Content-Length alone, before a byte of the body is sent, in Swedish with a detail', async () => {
    const { req, answer } = upload({ 'content-length': String(LIMIT + 1) });
    const { status, body } = await answer;
    req.destroy();
    expect(status).toBe(413);
    expect(body).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Anropet är större än 2 MB och togs inte emot.',
        detail: { key: 'request.tooLarge', params: { megabytes: 2 } },
      },
    });
  });

  it('answers 413 as soon as a body of unknown length passes the limit, without waiting for its end', async () => {
    const { req, answer, write } = upload();
    await write(`{"tag":"${'x'.repeat(LIMIT)}`);
    const { status, body } = await answer;
    req.destroy();
    expect(status).toBe(413);
    expect(body).toMatchObject({ ok: false, error: { detail: { key: 'request.tooLarge' } } });
  });

  it('reads one large body at a time: a second upload waits while the first is being answered, small calls do not', async () => {
    dispatched.length = 0;
    const first = upload();
    await first.write('{"tag":"first"}');
    first.req.end();
    await until(() => dispatched.length === 1);
    const second = upload();
    await second.write('{"tag":"second"}');
    second.req.end();
    const small = upload({ 'content-length': String(Buffer.byteLength('{"tag":"small"}')) });
    await small.write('{"tag":"small"}');
    small.req.end();
    expect((await small.answer).status).toBe(200);
    expect(dispatched).toEqual(['app:info:first', 'app:info:small']);
    releaseFirst();
    expect((await first.answer).status).toBe(200);
    expect((await second.answer).status).toBe(200);
    expect(dispatched).toEqual(['app:info:first', 'app:info:small', 'app:info:second']);
  });
});
