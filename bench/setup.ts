import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers, type Handlers } from '../src/main/ipc/handlers';
import { findUp } from '../src/main/lib/paths';
import { moduleDir } from '../src/main/lib/runtime';
import { startServices, type StartedApp } from '../src/main/services/bootstrap';
import { call } from './measure';

/** Where the running bench bundle is (out/node); its other bundles (cli.js, bench-rss-probe.js) are beside it. */
export const BENCH_BUNDLE_DIR = moduleDir(import.meta.url);
export const PROJECT_ROOT = findUp(BENCH_BUNDLE_DIR, 'package.json') ?? process.cwd();
export const RESOURCES_DIR = path.join(PROJECT_ROOT, 'resources');

export type OpenApp = { app: StartedApp; handlers: Handlers; dbPath: string };

export function benchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'samplan-bench-'));
}

/** Opens (and migrates) a database the way the app does; with an owner, a new one is set up like `init --region`. */
export async function openApp(dbPath: string, owner: string | null): Promise<OpenApp> {
  const app = await startServices({ dbPath, resourcesDir: RESOURCES_DIR, appVersion: 'bench', actor: 'bench', create: owner !== null });
  const handlers = createHandlers(app);
  if (owner !== null) await call(handlers, 'setup:complete', { ownerCode: owner });
  return { app, handlers, dbPath };
}

export async function closeApp(open: OpenApp): Promise<void> {
  await open.app.opened.close();
}

/** The machine the figures come from (results.json and the README table quote it). */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
  };
}

export { loadAverage } from './report';
