import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveStaticFile } from '../../src/main/web/static-files';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'samplan-static-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(root, 'secret.db'), '');
});

describe('resolveStaticFile', () => {
  it('serves index.html for / and for client routes', () => {
    expect(resolveStaticFile(root, '/')?.filePath).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/reference')?.filePath).toBe(path.join(root, 'index.html'));
  });
  it('serves assets with their type', () => {
    expect(resolveStaticFile(root, '/assets/app.js')?.contentType).toMatch(/javascript/);
  });
  it.each(['/../etc/passwd', '/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc', '/..\\..\\x', '/%00', '/.env', '/secret.db', '/%E0%A4%A'])(
    'refuses %s',
    (url) => {
      expect(resolveStaticFile(root, url)).toBeNull();
    },
  );
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows scripts only from the app itself and nothing inline or remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});
