import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKEND_LOST } from '@shared/contract/port';
import type { BackendHost } from '../../src/main/backend/host';
import { nodeBackendHost } from '../../src/main/backend/node-host';
import { hostCall } from '../../bench/backend-relay';
import { NODE_OUT_DIR } from '../helpers/build-node';
import { RESOURCES_DIR, tempDir } from '../helpers/temp';

const ENTRY = path.join(NODE_OUT_DIR, 'backend.js');
const hosts: BackendHost[] = [];
const dirs: string[] = [];

function backend(dbPath: string): BackendHost {
  const host = nodeBackendHost(ENTRY, { dbPath, resourcesDir: RESOURCES_DIR, appVersion: '0.0.0-test', actor: 'test' });
  hosts.push(host);
  return host;
}

function freshDb(): string {
  const dir = tempDir();
  dirs.push(dir);
  return path.join(dir, 'samplan.db');
}

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const PERSON = {
  name: 'Åsa Öberg',
  email: null,
  phone: null,
  regionCode: '23',
  profession: 'Läkare',
  gender: null,
  notes: null,
  organisationId: null,
};

describe('the backend in a Node child process (the host Electron uses, over child_process.fork)', () => {
  it('starts, answers calls with the contract (typed errors included), and opens the database in the child only', async () => {
    const dbPath = freshDb();
    const host = backend(dbPath);
    await expect(host.start()).resolves.toEqual({ damaged: false });
    expect(host.pid()).not.toBe(process.pid);
    const info = await hostCall<{ schemaVersion: number }>(host, 'app:info', {});
    expect(info.schemaVersion).toBeGreaterThan(0);
    await hostCall(host, 'setup:complete', { ownerCode: '23' });
    const created = await hostCall<{ id: string }>(host, 'persons:create', PERSON);
    await expect(hostCall(host, 'persons:get', { id: created.id })).resolves.toMatchObject({ name: 'Åsa Öberg' });
    await expect(host.call('persons:get', { id: 5 })).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expect(host.call('no:such', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('restarts after the child is killed: the call in flight gets a typed error, later calls work on the same data', async () => {
    const host = backend(freshDb());
    await host.start();
    await hostCall(host, 'setup:complete', { ownerCode: '23' });
    const created = await hostCall<{ id: string }>(host, 'persons:create', PERSON);
    const exits: (number | null)[] = [];
    host.onExit((code) => exits.push(code));
    const restarted = new Promise<void>((resolve) => host.onRestart(resolve));
    const first = host.pid();
    const inFlight = host.call('persons:search', { query: 'öberg' });
    process.kill(first ?? 0, 'SIGKILL');
    await expect(inFlight).resolves.toEqual({ ok: false, error: BACKEND_LOST });
    await restarted;
    expect(exits).toHaveLength(1);
    expect(host.pid()).not.toBe(first);
    await expect(hostCall(host, 'persons:get', { id: created.id })).resolves.toMatchObject({ name: 'Åsa Öberg' });
  });

  it('a call made while the backend restarts waits for the new process instead of failing', async () => {
    const host = backend(freshDb());
    await host.start();
    const restarted = new Promise<void>((resolve) => host.onRestart(resolve));
    process.kill(host.pid() ?? 0, 'SIGKILL');
    await new Promise<void>((resolve) => host.onExit(() => resolve()));
    const during = host.call('app:info', {});
    await restarted;
    await expect(during).resolves.toMatchObject({ ok: true });
  });

  it('shuts down cleanly: the WAL is checkpointed and the file opens without recovery', async () => {
    const dbPath = freshDb();
    const host = backend(dbPath);
    await host.start();
    await hostCall(host, 'setup:complete', { ownerCode: '23' });
    for (let i = 0; i < 20; i++) await hostCall(host, 'persons:create', { ...PERSON, name: `Person ${i}` });
    await host.stop();
    const wal = `${dbPath}-wal`;
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    const raw = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((raw.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n).toBe(20);
    } finally {
      raw.close();
    }
    await expect(host.call('app:info', {})).resolves.toEqual({ ok: false, error: BACKEND_LOST });
  });

  it('reports a database it cannot open as a start failure with the kind the dialog needs', async () => {
    const dbPath = freshDb();
    const raw = new Database(dbPath);
    raw.pragma('user_version = 999');
    raw.close();
    const host = backend(dbPath);
    await expect(host.start()).rejects.toMatchObject({ name: 'BackendStartError', failure: { kind: 'TOO_NEW' } });
  });
});
