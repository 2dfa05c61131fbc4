import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import { createHandlers } from '../../src/main/ipc/handlers';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { createWebServer, TOKEN_HEADER } from '../../src/main/web/server';
import { caller } from '../helpers/call';
import { startTestApp, tempDir } from '../helpers/temp';

/**
 * Browser mode under fuzzed requests: any request that lacks the exact token, comes from another
 * origin or host (DNS rebinding), uses another method or content type is refused before it reaches
 * the dispatcher; requests that pass the guard but name odd channels get a typed error. No request
 * writes to the database.
 */
const RUNS = Math.max(300, Math.floor(Number(process.env.SAMPLAN_FUZZ_RUNS ?? 1000) / 2));
const TOKEN = 'fuzz-token-4f1c2a9b7d3e5f60718293a4b5c6d7e8';

let app: StartedApp;
let server: http.Server;
let port: number;
let dispatched = 0;

beforeAll(async () => {
  app = await startTestApp();
  await caller(app).ok('setup:complete', { ownerCode: '23' });
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samplan</title>');
  const handlers = createHandlers(app);
  server = await createWebServer({
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    staticDir,
    dispatch: (channel, input) => {
      dispatched += 1;
      return dispatch(handlers, channel, input);
    },
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  server.close();
  await app.opened.close();
});

type Probe = { method: string; host: string; origin: string | null; token: string | null; contentType: string; path: string; body: string };
type Reply = { status: number; body: string };

function send(probe: Probe): Promise<Reply> {
  const headers: Record<string, string> = { host: probe.host, 'content-type': probe.contentType };
  if (probe.origin !== null) headers.origin = probe.origin;
  if (probe.token !== null) headers[TOKEN_HEADER] = probe.token;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: probe.method, path: probe.path, headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(probe.method === 'GET' || probe.method === 'HEAD' ? undefined : probe.body);
  });
}

const headerText = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });
const good = () => ({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` });

function probes(): fc.Arbitrary<Probe> {
  const { host, origin } = good();
  const wrongToken = fc.oneof(
    fc.constantFrom(
      null,
      '',
      TOKEN.toUpperCase(),
      `${TOKEN} `,
      ` ${TOKEN}`,
      TOKEN.slice(0, -1),
      `${TOKEN}x`,
      'null',
      'undefined',
      `Bearer ${TOKEN}`,
    ),
    headerText,
  );
  const wrongOrigin = fc.oneof(
    fc.constantFrom(
      'null',
      'http://evil.example',
      `http://127.0.0.1:${port + 1}`,
      `https://127.0.0.1:${port}`,
      `http://localhost.evil.example:${port}`,
      `http://127.0.0.1:${port}.evil.example`,
      `HTTP://127.0.0.1:${port}`,
      `http://127.0.0.1:${port}/`,
      'file://',
      'app://samplan',
    ),
    headerText.map((t) => `http://${t}`),
  );
  const wrongHost = fc.oneof(
    fc.constantFrom(
      'evil.example',
      '127.0.0.1',
      `127.0.0.1:${port + 1}`,
      `localhost.:${port}`,
      `127.0.0.2:${port}`,
      `[::1]:${port}`,
      `0.0.0.0:${port}`,
    ),
    headerText.filter((t) => t.length > 0),
  ); // an empty Host is replaced by the client
  const channelPath = fc.oneof(
    fc.constantFrom(
      'app:info',
      'backups:restore',
      'persons:create',
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      '%E0%A4%A',
      '%',
      '__proto__',
      'constructor',
      'app:info/../backups:create',
      'app%3Ainfo',
      '',
    ),
    headerText.map((t) => encodeURIComponent(t)),
  );
  const correct = fc.record({
    token: fc.constant<string | null>(TOKEN),
    origin: fc.constantFrom<string | null>(null, origin),
    host: fc.constant(host),
  });
  const spoiled = fc.record({
    token: fc.oneof(fc.constant<string | null>(TOKEN), wrongToken),
    origin: fc.oneof(fc.constantFrom<string | null>(null, origin), wrongOrigin),
    host: fc.oneof(fc.constant(host), wrongHost),
  });
  return fc
    .record({
      auth: fc.oneof({ weight: 1, arbitrary: correct }, { weight: 4, arbitrary: spoiled }),
      method: fc.oneof(
        { weight: 4, arbitrary: fc.constant('POST') },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
      ),
      contentType: fc.oneof(
        { weight: 4, arbitrary: fc.constant('application/json') },
        { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '') },
      ),
      path: channelPath.map((c) => `/api/${c}`),
      body: fc.oneof(fc.constantFrom('{}', '', '{"a":', 'null', '[]', '{"__proto__":{"polluted":1}}', '{"ownerCode":"23"}'), fc.json()),
    })
    .map(({ auth, ...rest }) => ({ ...rest, ...auth }));
}

function isAuthorised(p: Probe): boolean {
  const { host, origin } = good();
  // HTTP strips leading and trailing blanks of a header value, so ` token ` arrives as the exact token
  return (
    p.method === 'POST' &&
    p.token?.trim() === TOKEN &&
    p.host === host &&
    (p.origin === null || p.origin === origin) &&
    p.contentType.startsWith('application/json')
  );
}

describe('browser-mode server under fuzzed requests', () => {
  it(
    `refuses every request without the exact token, from another origin or host, or with another method (${RUNS} requests)`,
    { timeout: 120_000 },
    async () => {
      const started = Date.now();
      const changesBefore = (app.ctx.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(probes(), async (probe) => {
          const before = dispatched;
          const reply = await send(probe);
          const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { code: string; message: string } };
          if (!isAuthorised(probe)) {
            expect(dispatched, JSON.stringify(probe)).toBe(before);
            expect(reply.status).toBeGreaterThanOrEqual(400);
            expect(parsed).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(FORBIDDEN|VALIDATION)$/) } });
            refused += 1;
          } else {
            expect(reply.status).toBeLessThan(500);
            expect(parsed.ok === true || typeof parsed.error?.code === 'string').toBe(true);
          }
          expect(Object.prototype).not.toHaveProperty('polluted');
        }),
        { numRuns: RUNS },
      );
      const changesAfter = (app.ctx.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      process.stdout.write(
        `[fuzz-web] ${RUNS} requests, ${refused} refused before dispatch, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      expect(refused).toBeGreaterThan(RUNS / 2);
      expect(changesAfter).toBe(changesBefore);
    },
  );
});
