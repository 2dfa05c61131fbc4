import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { DatabaseOpenError } from '../../src/main/db/errors';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../src/main/db/migrations';
import type { Migration } from '../../src/main/db/migrations/types';
import { backupDirFor } from '../../src/main/db/backup';
import { fileHash, tempDir } from '../helpers/temp';
import { qb, run } from '../../src/main/db/data';

const now = () => new Date('2026-11-23T10:00:00.000Z');

async function expectOpenError(promise: Promise<unknown>, kind: string): Promise<DatabaseOpenError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseOpenError);
  expect((error as DatabaseOpenError).kind).toBe(kind);
  return error as DatabaseOpenError;
}

describe('openDatabase', () => {
  it('creates a migrated database with the durability pragmas read back', async () => {
    const file = path.join(tempDir(), 'a.db');
    const opened = await openDatabase(file, { create: true, now });
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    await opened.close();
  });

  it('refuses a missing file unless asked to create it', async () => {
    await expectOpenError(openDatabase(path.join(tempDir(), 'none.db'), { create: false, now }), 'MISSING');
  });

  it('refuses a database written by a newer Samplan and leaves it untouched', async () => {
    const file = path.join(tempDir(), 'new.db');
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.exec('CREATE TABLE t (x INTEGER)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = fileHash(file);
    const error = await expectOpenError(openDatabase(file, { create: false, now }), 'TOO_NEW');
    expect(error.message).toMatch(/newer Samplan/);
    expect(fileHash(file)).toBe(before);
  });

  it('refuses a damaged file with a clear message and does not write to it', async () => {
    const file = path.join(tempDir(), 'damaged.db');
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const before = fileHash(file);
    const error = await expectOpenError(openDatabase(file, { create: false, now }), 'DAMAGED');
    expect(error.message).toMatch(/cannot be read/);
    expect(fileHash(file)).toBe(before);
  });

  it('takes a verified backup before pending migrations and migrates in one transaction', async () => {
    const file = path.join(tempDir(), 'old.db');
    const v1 = await openDatabase(file, { create: true, now });
    run(v1.conn, qb.insertInto('settings').values({ key: 'marker', value: 'Åsa Öberg' }));
    await v1.close();
    const next: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test-add-table',
      statements: ['CREATE TABLE extra (x TEXT) STRICT'],
    };
    const v2 = await openDatabase(file, { create: false, now, migrations: [...MIGRATIONS, next] });
    expect(v2.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    await v2.close();
    const backups = fs.readdirSync(backupDirFor(file));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(backupDirFor(file), backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({ value: 'Åsa Öberg' });
    copy.close();
  });

  it('rolls a failing migration back completely, leaving the previous schema and data', async () => {
    const file = path.join(tempDir(), 'fail.db');
    const v1 = await openDatabase(file, { create: true, now });
    run(v1.conn, qb.insertInto('settings').values({ key: 'k', value: 'v' }));
    await v1.close();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      statements: ['CREATE TABLE half_done (x TEXT)', "INSERT INTO settings (key, value) VALUES ('k2', 'v2')", 'THIS IS NOT SQL'],
    };
    await expectOpenError(openDatabase(file, { create: false, now, migrations: [...MIGRATIONS, broken] }), 'MIGRATION_FAILED');
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(raw.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
    expect(raw.prepare('SELECT key FROM settings ORDER BY key').all()).toEqual([{ key: 'k' }]);
    raw.close();
  });
});
