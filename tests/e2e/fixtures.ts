import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The bundled browser-mode server (built by Playwright's globalSetup, tests/setup/build-bundles.ts). */
const WEB_BUNDLE = path.join(ROOT, 'out', 'node', 'web.js');
const START_TIMEOUT_MS = 30_000;
const URL_PATTERN = /Öppna: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/;

type ServerFixtures = {
  /** A fresh, empty data folder for this test only. */
  dataDir: string;
  /** The browser-mode URL with its session token, e.g. http://127.0.0.1:PORT/#token=… */
  appUrl: string;
};

export function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`Server did not start in ${START_TIMEOUT_MS} ms.\n${stdout}\n${stderr}`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = URL_PATTERN.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with code ${code} before printing its URL.\n${stdout}\n${stderr}`));
    });
  });
}

/** Stops the server's whole process group (the server and anything it started). */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    signalGroup('SIGKILL');
    await exited;
  }
}

/** Starts a browser-mode server on `dataDir` in its own process group (read its URL with waitForUrl). */
export function spawnServer(dataDir: string): ChildProcess {
  return spawn(process.execPath, [WEB_BUNDLE, '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'test' },
  });
}

export const test = base.extend<ServerFixtures>({
  dataDir: async ({}, provide) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'samplan-e2e-'));
    await provide(dir);
    await rm(dir, { recursive: true, force: true });
  },
  appUrl: async ({ dataDir }, provide) => {
    if (!fs.existsSync(path.resolve(ROOT, process.env['SAMPLAN_WEB_DIR'] ?? path.join('out', 'web'), 'index.html'))) {
      throw new Error('The renderer is not built: run `npm run build:web` before the E2E tests.');
    }
    const child = spawnServer(dataDir);
    try {
      await provide(await waitForUrl(child));
    } finally {
      await stopServer(child);
    }
  },
});

export { expect };
