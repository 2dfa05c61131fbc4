import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import { createHandlers } from '../../src/main/ipc/handlers';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { createWebServer, TOKEN_HEADER } from '../../src/main/web/server';
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/static-files';
import { CHANNEL_NAMES } from '../../src/shared/contract/channels';
import { PROJECT_ROOT, startTestApp, tempDir } from '../helpers/temp';

/**
 * Items of Electron's security checklist that docs/security.md maps to this file: the real preload
 * exposes exactly the contract (20), browser mode sends the CSP on every response, refusals
 * included (7), and Electron is pinned to one exact, documented version (16).
 */
type PreloadResult = { worlds: string[]; keys: string[]; nonFunctions: string[]; frozen: boolean; invoked: unknown[][] };

function runPreload(): PreloadResult {
  const child = spawnSync(
    process.execPath,
    ['--import', './tests/helpers/fake-electron-hooks.mjs', '--import', 'tsx', 'tests/helpers/electron-preload-driver.ts'],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 50_000 },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('FAKE_PRELOAD_RESULT '));
  if (!line) throw new Error(`no result (exit ${child.status}): ${child.stderr}`);
  return JSON.parse(line.slice('FAKE_PRELOAD_RESULT '.length)) as PreloadResult;
}

describe('checklist 20: the real preload exposes exactly the contract', () => {
  it('one frozen window.api with one function per channel, each forwarding only its own channel and one argument', () => {
    const result = runPreload();
    expect(result.worlds).toEqual(['api']);
    expect([...result.keys].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(result.nonFunctions).toEqual([]);
    expect(result.frozen).toBe(true);
    expect(result.invoked).toEqual(result.keys.map((key) => [key, { probe: key }]));
  }, 60_000);
});

let app: StartedApp;
let server: http.Server;
let port = 0;
const token = 'checklist-token-0123456789';

beforeAll(async () => {
  app = await startTestApp();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Samplan</title>');
  const handlers = createHandlers(app);
  server = await createWebServer({ host: '127.0.0.1', port: 0, token, staticDir, dispatch: (c, i) => dispatch(handlers, c, i) });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  server.close();
  await app.opened.close();
});

/** A raw request (fetch cannot send a foreign Host header). */
function request(
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, csp: res.headers['content-security-policy'] as string | undefined }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('checklist 7: the Content-Security-Policy is on every browser-mode response', () => {
  it('pages, assets, missing files, API answers and every refusal carry the same CSP', async () => {
    const host = () => ({ host: `127.0.0.1:${port}` });
    const json = { 'content-type': 'application/json' };
    const cases: [string, string, Record<string, string>, string?][] = [
      ['GET', '/', host()],
      ['GET', '/index.html', host()],
      ['GET', '/missing.js', host()],
      ['GET', '/../../etc/passwd', host()],
      ['HEAD', '/', host()],
      ['PUT', '/', host()],
      ['DELETE', '/index.html', host()],
      ['OPTIONS', '/api/app:info', host()],
      ['POST', '/api/app:info', { ...host(), ...json, [TOKEN_HEADER]: token }, '{}'],
      ['POST', '/api/app:info', { ...host(), ...json }, '{}'],
      ['POST', '/api/app:info', { ...host(), ...json, [TOKEN_HEADER]: 'wrong' }, '{}'],
      ['POST', '/api/app:info', { host: 'evil.example', ...json, [TOKEN_HEADER]: token }, '{}'],
      ['POST', '/api/app:info', { ...host(), origin: 'https://evil.example', ...json, [TOKEN_HEADER]: token }, '{}'],
      ['POST', '/api/app:info', { ...host(), 'content-type': 'text/plain', [TOKEN_HEADER]: token }, '{}'],
      ['POST', '/api/no:such-channel', { ...host(), ...json, [TOKEN_HEADER]: token }, '{}'],
      ['POST', '/api/%zz', { ...host(), ...json, [TOKEN_HEADER]: token }, '{}'],
      ['POST', '/api/app:info', { ...host(), ...json, [TOKEN_HEADER]: token }, '{not json'],
      ['GET', '/api/app:info', { ...host(), [TOKEN_HEADER]: token }],
    ];
    const statuses = new Set<number>();
    for (const [method, url, headers, body] of cases) {
      const response = await request(method, url, headers, body);
      statuses.add(response.status);
      expect(response.csp, `${method} ${url} ${JSON.stringify(headers)}`).toBe(CONTENT_SECURITY_POLICY);
    }
    expect([...statuses].filter((s) => s >= 400).length).toBeGreaterThanOrEqual(3);
  });
});

describe('checklist 16: a current Electron, pinned', () => {
  it('is pinned to one exact version whose major docs/security.md names', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    const version = pkg.devDependencies?.['electron'] ?? pkg.dependencies?.['electron'] ?? '';
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'security.md'), 'utf8');
    expect(doc).toContain(`Electron ${version.split('.')[0]} (pinned`);
  });
});
