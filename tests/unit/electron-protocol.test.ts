import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/static-files';
import { APP_SCHEME_DEFINITION, planAppResponse, respondToAppRequest } from '../../src/main/electron/protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'samplan-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Samplan</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, '.env'), 'SECRET=1');
  fs.writeFileSync(path.join(root, 'samplan.db'), 'db');
  fs.writeFileSync(path.join(base, 'secret.html'), 'outside');
  fs.writeFileSync(path.join(base, 'secret.js'), 'outside');
});

afterEach(() => vi.restoreAllMocks());
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const SEGMENTS = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '%uff0e%uff0e', '..%00', '...'];
const SEPARATORS = ['/', '%2f', '%2F', '%5c', '\\', '%255c', '//'];
const TARGETS = ['secret.html', 'secret.js', 'renderer/../secret.js', 'etc/passwd', 'C:/Windows/win.ini', '%00index.html'];

const EXTRA_PATHS = [
  'app://samplan/.env',
  'app://samplan/samplan.db',
  'app://samplan//etc/passwd',
  'app://samplan/%2fetc%2fpasswd',
  `app://samplan/${encodeURIComponent('/tmp/secret.js')}`,
  `app://samplan/${encodeURIComponent('C:\\Windows\\win.ini')}`,
  'app://samplan/\\\\server\\share\\x.js',
  'app://samplan/%5c%5cserver%5cshare%5cx.js',
  'app://samplan/index.html%00.js',
  'app://samplan/%E0%A4%A',
  'app://samplan/C:%5cWindows%5cwin.ini',
];

function traversalCorpus(): string[] {
  const urls = new Set<string>();
  for (const segment of SEGMENTS) {
    for (const separator of SEPARATORS) {
      for (const target of TARGETS) urls.add(`app://samplan/${segment}${separator}${segment}${separator}${target}`);
      urls.add(`app://samplan/assets/${segment}${separator}secret.js`);
    }
  }
  for (const extra of EXTRA_PATHS) urls.add(extra);
  return [...urls];
}

function isInside(file: string | null): boolean {
  return file === null || file.startsWith(root + path.sep);
}

describe('APP_SCHEME_DEFINITION', () => {
  it('is standard and secure with fetch, and never bypasses the CSP', () => {
    expect(APP_SCHEME_DEFINITION).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });
});

describe('planAppResponse', () => {
  it('serves the entry page and assets from the renderer folder', () => {
    expect(planAppResponse('GET', 'app://samplan/index.html', root)).toMatchObject({
      status: 200,
      filePath: path.join(root, 'index.html'),
    });
    expect(planAppResponse('GET', 'app://samplan/', root).filePath).toBe(path.join(root, 'index.html'));
    expect(planAppResponse('GET', 'app://samplan/assets/index-abc.js', root).headers['Content-Type']).toMatch(/javascript/);
  });

  it('answers only GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'get']) {
      expect(planAppResponse(method, 'app://samplan/index.html', root)).toMatchObject({ status: 405, filePath: null });
    }
  });

  it('answers only the app host', () => {
    for (const url of [
      'app://evil/index.html',
      'app://samplan.evil/index.html',
      'app://x@samplan/index.html',
      'https://samplan/index.html',
    ]) {
      expect(planAppResponse('GET', url, root)).toMatchObject({ status: 404, filePath: null });
    }
  });

  const corpus = traversalCorpus();
  it('has a traversal corpus of at least 200 paths', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it('never maps a traversal path outside the renderer folder, and never to hidden or unknown files', () => {
    for (const url of corpus) {
      const plan = planAppResponse('GET', url, root);
      expect(isInside(plan.filePath), url).toBe(true);
      expect([path.join(root, '.env'), path.join(root, 'samplan.db')]).not.toContain(plan.filePath);
    }
  });

  it('sends the CSP and the other security headers on every response, whatever the status', () => {
    const urls = ['app://samplan/', 'app://samplan/assets/index-abc.js', 'app://samplan/missing.js', 'app://evil/', ...corpus.slice(0, 50)];
    for (const method of ['GET', 'POST']) {
      for (const url of urls) {
        const { headers } = planAppResponse(method, url, root);
        expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
        expect(headers['X-Content-Type-Options']).toBe('nosniff');
      }
    }
  });
});

describe('respondToAppRequest', () => {
  it('returns the file with its headers', async () => {
    const response = await respondToAppRequest({ method: 'GET', url: 'app://samplan/index.html' }, root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Samplan</title>');
  });

  it('reads no file outside the renderer folder over the whole corpus', async () => {
    const readFile = vi.spyOn(fs.promises, 'readFile');
    for (const url of traversalCorpus()) {
      const response = await respondToAppRequest({ method: 'GET', url }, root);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toBe('outside');
    }
    for (const [file] of readFile.mock.calls) expect(typeof file === 'string' && isInside(file)).toBe(true);
  });

  it('answers 404 with the CSP when a planned file disappears', async () => {
    const gone = path.join(root, 'assets', 'gone.js');
    fs.writeFileSync(gone, '');
    vi.spyOn(fs.promises, 'readFile').mockRejectedValueOnce(new Error('ENOENT'));
    const response = await respondToAppRequest({ method: 'GET', url: 'app://samplan/assets/gone.js' }, root);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
