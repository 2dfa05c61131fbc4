import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import { createHandlers } from '../../src/main/ipc/handlers';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { createWebServer, TOKEN_HEADER } from '../../src/main/web/server';
import { startTestApp, tempDir } from '../helpers/temp';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';

let app: StartedApp;
let server: http.Server;
let base: string;
const token = 'test-token-0123456789';

beforeAll(async () => {
  app = await startTestApp();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samplan</title>');
  const handlers = createHandlers(app);
  server = await createWebServer({ host: '127.0.0.1', port: 0, token, staticDir, dispatch: (c, i) => dispatch(handlers, c, i) });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  server.close();
  await app.opened.close();
});

function post(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body: JSON.stringify(body),
  });
}

describe('browser-mode server', () => {
  it('answers a call with the right token', async () => {
    const res = await post('app:info', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { schemaVersion: LATEST_SCHEMA_VERSION } });
  });

  it('refuses calls without the token, with a wrong token, or from another origin', async () => {
    const none = await fetch(`${base}/api/app:info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect((await post('app:info', {}, { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await post('app:info', {}, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('returns typed validation errors for bad input and bad JSON', async () => {
    expect(await (await post('setup:complete', { ownerCode: 5 })).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const bad = await fetch(`${base}/api/app:info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: '{"a":',
    });
    expect(bad.status).toBe(400);
  });

  it('sends the Content-Security-Policy on every response', async () => {
    for (const url of ['/', '/reference', '/missing.js']) {
      const res = await fetch(base + url);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    const api = await post('app:info', {});
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
