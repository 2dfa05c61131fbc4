import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor, createVerifiedBackup, listBackupFiles } from '../../src/main/db/backup';
import { openDatabase } from '../../src/main/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { verifyAuditChain } from '../../src/main/repositories/audit-chain';
import { dailyBackupIfDue, needsDailyBackup, startBackupRoutine } from '../../src/main/services/backup-schedule';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { fileHash, startTestApp, tempDir } from '../helpers/temp';

let app: StartedApp;
let api: ReturnType<typeof caller>;
const person = { email: null, phone: '', regionCode: '23', organisationId: null, profession: '', gender: null, notes: '' };

beforeEach(async () => {
  app = await startTestApp();
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
  await api.ok('persons:create', { ...person, name: 'Åsa Öberg' });
});
afterEach(() => app.opened.close());

/** Every table except the audit log and its head, which a restore extends by one entry. */
function dataDump(sqlite: Database.Database): string {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'audit_%' AND name NOT IN ('change_log', 'saved_answers') ORDER BY name",
    )
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]));
}

function auditRows(sqlite: Database.Database): { seq: number; action: string; hash: string }[] {
  return sqlite.prepare('SELECT seq, action, hash FROM audit_log ORDER BY seq').all() as { seq: number; action: string; hash: string }[];
}

function dumpOfFile(file: string): string {
  const copy = new Database(file, { readonly: true });
  try {
    return dataDump(copy);
  } finally {
    copy.close();
  }
}

describe('backups', () => {
  it('creates verified, self-contained backups and lists them newest first', async () => {
    const first = await api.ok('backups:create', {});
    const second = await api.ok('backups:create', {});
    expect(first).toMatchObject({ reason: 'manual', verified: true });
    expect(second.createdAt > first.createdAt).toBe(true);
    expect((await api.ok('backups:list', {})).map((b) => b.id)).toEqual([second.id, first.id]);
    const copy = new Database(path.join(backupDirFor(app.ctx.dbPath), first.id), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(fs.readdirSync(backupDirFor(app.ctx.dbPath)).filter((n) => !n.endsWith('.db'))).toEqual([]);
  });

  it('keeps the import API and prunes by the retention rule after each backup', async () => {
    const base = Date.parse('2026-11-01T08:00:00.000Z');
    for (let n = 0; n < 8; n++) await createVerifiedBackup(app.ctx.sqlite, app.ctx.dbPath, 'import', new Date(base + n * 3_600_000));
    for (let n = 0; n < 7; n++) await createVerifiedBackup(app.ctx.sqlite, app.ctx.dbPath, 'manual', new Date(base + n * 60_000));
    const files = listBackupFiles(app.ctx.dbPath);
    expect(files.filter((f) => f.reason === 'import').map((f) => f.createdAt.slice(11, 13))).toEqual(['15', '14', '13', '12', '11']);
    expect(files.filter((f) => f.reason === 'manual')).toHaveLength(5);
  });

  it('restores a backup under the running app: same handlers see the restored data, and the restore can be undone', async () => {
    const backup = await api.ok('backups:create', {});
    const atBackup = dumpOfFile(path.join(backupDirFor(app.ctx.dbPath), backup.id));
    const auditAtBackup = auditRows(app.ctx.sqlite);
    await api.ok('persons:create', { ...person, name: 'Per Persson' });
    const beforeRestore = dataDump(app.ctx.sqlite);
    const oldConnection = app.opened;
    const oldReadModel = app.ctx.readModel;
    expect((await api.ok('cost-report:year', { year: 2026 })).year).toBe(2026); // the read model holds the old file's views

    const result = await api.ok('backups:restore', { id: backup.id });
    expect(result).toMatchObject({ restoredFrom: backup.id, migrated: false, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(app.opened).not.toBe(oldConnection);
    // the swap replaced the read model with the new connection's and disposed the old one
    expect(app.ctx.readModel).not.toBe(oldReadModel);
    expect(() => oldReadModel.mirror()).toThrow();
    expect(app.ctx.readModel.mirror().persons.size).toBe(1);
    expect(dataDump(app.ctx.sqlite)).toBe(atBackup);
    expect((await api.ok('persons:search', {})).rows.map((p) => p.name)).toEqual(['Åsa Öberg']);
    const audit = auditRows(app.ctx.sqlite);
    expect(audit.slice(0, -1)).toEqual(auditAtBackup);
    expect(audit.at(-1)?.action).toBe('restore');
    expect(verifyAuditChain(app.ctx.sqlite).ok).toBe(true);

    const undo = await api.ok('backups:restore', { id: result.undoBackupId! });
    expect(undo.restoredFrom).toBe(result.undoBackupId);
    expect(dataDump(app.ctx.sqlite)).toBe(beforeRestore);
    expect((await api.ok('persons:search', {})).total).toBe(2);
    expect(app.ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('lets calls made during a restore wait for it instead of hitting a closed connection', async () => {
    const backup = await api.ok('backups:create', {});
    const [restored, info, search] = await Promise.all([
      api.raw('backups:restore', { id: backup.id }),
      api.raw('app:info', {}),
      api.raw('persons:search', {}),
    ]);
    expect([restored.ok, info.ok, search.ok]).toEqual([true, true, true]);
  });

  it.each([
    ['an unknown id', 'samplan-2020-01-01T00-00-00-000Z-manual.db', 'NOT_FOUND'],
    ['a path instead of an id', '../samplan.db', 'VALIDATION'],
    ['an absolute path', '/etc/passwd', 'VALIDATION'],
    ['the live database name', 'samplan.db', 'NOT_FOUND'],
  ])('refuses %s without touching the database', async (_name, id, code) => {
    const before = fileHash(app.ctx.dbPath);
    const result = await api.raw('backups:restore', { id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
    expect(fileHash(app.ctx.dbPath)).toBe(before);
  });

  it('refuses a backup that was damaged after it was made, and the app keeps working', async () => {
    const backup = await api.ok('backups:create', {});
    const file = path.join(backupDirFor(app.ctx.dbPath), backup.id);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096, bytes.length);
    fs.writeFileSync(file, bytes);
    const before = dataDump(app.ctx.sqlite);
    const result = await api.raw('backups:restore', { id: backup.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message).toMatch(/failed its check/);
    expect(dataDump(app.ctx.sqlite)).toBe(before);
    expect((await api.ok('app:info', {})).counts.persons).toBe(1);
    expect(fs.existsSync(`${app.ctx.dbPath}.restore-tmp`)).toBe(false);
  });

  it('restores a backup from an older schema and migrates it', async () => {
    const older = MIGRATIONS.filter((m) => m.version < LATEST_SCHEMA_VERSION);
    const oldFile = path.join(tempDir(), 'old.db');
    const opened = await openDatabase(oldFile, { create: true, now: () => new Date(), migrations: older });
    opened.sqlite.pragma('journal_mode = DELETE');
    await opened.close();
    const id = 'samplan-2026-01-01T00-00-00-000Z-manual.db';
    fs.mkdirSync(backupDirFor(app.ctx.dbPath), { recursive: true });
    fs.copyFileSync(oldFile, path.join(backupDirFor(app.ctx.dbPath), id));
    const result = await api.ok('backups:restore', { id });
    expect(result).toMatchObject({ migrated: true, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(app.ctx.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect((await api.ok('app:info', {})).counts.regions).toBe(21);
  });
});

describe('automatic backups', () => {
  it('takes a start-up backup (not for a database created now) and a daily one when the last is a day old', async () => {
    const logged: string[] = [];
    const stopNew = startBackupRoutine(app, { error: (m) => logged.push(m) });
    await stopNew();
    await app.opened.close();
    app = await startTestApp({ dir: path.dirname(app.ctx.dbPath) });
    expect(listBackupFiles(app.ctx.dbPath)).toEqual([]);
    const stop = startBackupRoutine(app, { error: (m) => logged.push(m) });
    await waitFor(() => listBackupFiles(app.ctx.dbPath).length === 1);
    await stop();
    const files = listBackupFiles(app.ctx.dbPath);
    expect(files.map((f) => f.reason)).toEqual(['startup']);
    expect(needsDailyBackup(files, new Date(Date.parse(files[0]!.createdAt) + 23 * 3_600_000))).toBe(false);
    expect(needsDailyBackup(files, new Date(Date.parse(files[0]!.createdAt) + 24 * 3_600_000))).toBe(true);
    expect(await dailyBackupIfDue(app)).toBeNull();
    expect(logged).toEqual([]);
  });
});

describe('a quick shutdown', () => {
  it('waits for the start-up backup that is still being written before the database is closed', async () => {
    await app.opened.close();
    app = await startTestApp({ dir: path.dirname(app.ctx.dbPath) });
    const logged: string[] = [];
    const stop = startBackupRoutine(app, { error: (m) => logged.push(m) });
    await stop();
    await app.opened.close();
    expect(logged).toEqual([]);
    const files = listBackupFiles(app.ctx.dbPath);
    expect(files.map((f) => f.reason)).toEqual(['startup']);
    app = await startTestApp({ dir: path.dirname(app.ctx.dbPath) });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
