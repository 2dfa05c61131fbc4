import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKEND_LOST, PORT_REQUEST_CHANNEL } from '@shared/contract/port';
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/static-files';
import { fileHash, PROJECT_ROOT, tempDir } from '../helpers/temp';

type RunResult = {
  code: number;
  log: string[];
  paths: Record<string, string>;
  errorBoxes: { title: string; content: string }[];
  openedExternally: string[];
  checks: Record<string, unknown>;
  windowOptions: { webPreferences?: Record<string, unknown> }[];
  ipcChannels: string[];
};

/** Runs the real src/main/index.ts with `electron` replaced by tests/helpers/fake-electron.ts. */
function runMain(env: Record<string, string>): RunResult {
  const child = spawnSync(
    process.execPath,
    ['--import', './tests/helpers/fake-electron-hooks.mjs', '--import', 'tsx', 'tests/helpers/electron-main-driver.ts'],
    { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 110_000, env: { ...process.env, SAMPLAN_SQLITE_BINDING: '', ...env } },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith('FAKE_ELECTRON_RESULT '));
  if (!line) throw new Error(`no result (exit ${child.status}): ${child.stderr}`);
  const result = JSON.parse(line.slice('FAKE_ELECTRON_RESULT '.length)) as RunResult;
  expect(child.status).toBe(result.code);
  return result;
}

function before(log: string[], first: string, second: string): boolean {
  const a = log.findIndex((entry) => entry.startsWith(first));
  const b = log.findIndex((entry) => entry.startsWith(second));
  return a >= 0 && b >= 0 && a < b;
}

describe('the Electron main entry (under a fake electron module)', { timeout: 120_000 }, () => {
  it('starts in the secure order, relays a backend port only to our window, survives a backend crash, checkpoints on quit', () => {
    const dataDir = path.join(tempDir(), 'data');
    const result = runMain({ SAMPLAN_DATA_DIR: dataDir, SAMPLAN_FAKE_SCENARIO: 'run' });
    const { log, checks } = result;
    expect(result.code).toBe(0);
    expect(before(log, 'app.enableSandbox', 'ready')).toBe(true);
    expect(before(log, 'protocol.registerSchemesAsPrivileged', 'ready')).toBe(true);
    expect(before(log, 'app.setPath:userData', 'app.requestSingleInstanceLock')).toBe(true);
    expect(before(log, 'protocol.handle:app', 'new BrowserWindow')).toBe(true);
    expect(before(log, 'utilityProcess.fork backend.js (Samplan backend)', 'ipcMain.on:')).toBe(true);
    expect(before(log, 'ipcMain.on:', 'new BrowserWindow')).toBe(true);
    expect(before(log, 'window.loadURL:app://samplan/index.html', 'window.show')).toBe(true);
    expect(result.paths).toEqual({ userData: dataDir, sessionData: path.join(dataDir, 'session') });
    expect(checks.databaseExistedAtWindow).toBe(true);
    // main handles no channel: it listens only for the port request
    expect(result.ipcChannels).toEqual([PORT_REQUEST_CHANNEL]);
    expect(result.windowOptions).toHaveLength(1);
    expect(result.windowOptions[0]?.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(checks.trustedCall).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
    expect(checks.foreignPort).toBe(false);
    expect(checks.page).toMatchObject({ status: 200, csp: CONTENT_SECURITY_POLICY });
    expect(checks.fileStatus).toBe(404);
    expect(checks.navigationPrevented).toBe(true);
    expect(checks.windowOpen).toEqual({ action: 'deny' });
    expect(result.openedExternally).toEqual(['https://skr.se/']);
    expect(checks.permissionCheck).toBe(false);
    // a job runs inside the backend (a worker thread of the utility process), through the window's port
    expect(checks.job).toMatchObject({ state: 'done', totalRecords: expect.any(Number) });
    // the backend was killed: the call in flight got a typed error, a new backend started and the window got a new port
    expect(checks.inFlightAtCrash).toEqual({ ok: false, error: BACKEND_LOST });
    expect(log.filter((entry) => entry.startsWith('utilityProcess.fork'))).toHaveLength(2);
    expect(checks.afterRestart).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
    // quitting asked the backend to shut down: the WAL was checkpointed into the database file
    const wal = path.join(dataDir, 'samplan.db-wal');
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    expect(log).toContain('window.focus');
    expect(result.errorBoxes).toEqual([]);
  });

  it('quits at once, opening nothing, when another instance holds the lock', () => {
    const dataDir = path.join(tempDir(), 'data');
    const result = runMain({ SAMPLAN_DATA_DIR: dataDir, SAMPLAN_FAKE_LOCK: 'taken' });
    expect(result.code).toBe(0);
    expect(result.log).not.toContain('new BrowserWindow');
    expect(result.log.some((entry) => entry.startsWith('ipcMain') || entry.startsWith('utilityProcess'))).toBe(false);
  });

  it('refuses a data folder on a network share with a dialog and exit code 1', () => {
    const result = runMain({ SAMPLAN_DATA_DIR: '//server/share/samplan' });
    expect(result.code).toBe(1);
    expect(result.errorBoxes).toHaveLength(1);
    expect(result.errorBoxes[0]?.content).toContain('nätverksenhet');
    expect(result.log).not.toContain('new BrowserWindow');
  });

  it('opens in recovery mode for a damaged database: no crash, no dialog, only recovery channels, the file untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'samplan.db');
    fs.writeFileSync(file, Buffer.alloc(16_384, 7));
    const hash = fileHash(file);
    const result = runMain({ SAMPLAN_DATA_DIR: dataDir, SAMPLAN_FAKE_SCENARIO: 'run', SAMPLAN_FAKE_JOB: 'skip' });
    expect(result.code).toBe(0);
    expect(result.errorBoxes).toEqual([]);
    expect(result.log).toContain('window.show');
    expect(result.ipcChannels).toEqual([PORT_REQUEST_CHANNEL]);
    expect(result.checks.trustedCall).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/cannot be read.*Restore a verified backup/) },
    });
    expect(fileHash(file)).toBe(hash);
  });

  it('shows a clear dialog for a database from a newer Samplan, leaves it untouched and exits 1', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'samplan.db');
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma('user_version = 999');
    raw.close();
    const hash = fileHash(file);
    const result = runMain({ SAMPLAN_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.errorBoxes[0]?.title).toBe('Samplan kan inte starta');
    expect(result.errorBoxes[0]?.content).toContain('nyare version');
    expect(result.log).not.toContain('new BrowserWindow');
    expect(fileHash(file)).toBe(hash);
  });
});
