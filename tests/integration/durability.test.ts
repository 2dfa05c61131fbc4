import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas, assertPragmas } from '../../src/main/db/connection';
import { createVerifiedBackup } from '../../src/main/db/backup';
import { DatabaseOpenError } from '../../src/main/db/errors';
import { startServices } from '../../src/main/services/bootstrap';
import { caller } from '../helpers/call';
import { fileHash, RESOURCES_DIR, startTestApp, tempDir } from '../helpers/temp';

const now = () => new Date('2026-11-23T10:00:00.000Z');

/** A raw connection with every durability pragma applied, then `spoil` undoing one of them. */
function connectionWith(spoil: string): Database.Database {
  const raw = new Database(path.join(tempDir(), 'p.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('secure_delete = ON');
  if (spoil) raw.pragma(spoil);
  return raw;
}

describe('durability pragmas (checklist D1)', () => {
  it('accepts a connection with all of them', () => {
    const raw = connectionWith('');
    expect(() => assertPragmas(raw)).not.toThrow();
    raw.close();
  });

  it.each([
    ['journal_mode = DELETE', /journal_mode/],
    ['synchronous = NORMAL', /synchronous/],
    ['synchronous = OFF', /synchronous/],
    ['foreign_keys = OFF', /foreign_keys/],
    ['busy_timeout = 0', /busy_timeout/],
    ['secure_delete = OFF', /secure_delete/],
  ])('refuses a connection with %s', (spoil, message) => {
    const raw = connectionWith(spoil);
    expect(() => assertPragmas(raw)).toThrow(message);
    raw.close();
  });

  it('refuses a connection that cannot take WAL (an in-memory database)', () => {
    const memory = new Database(':memory:');
    expect(() => applyPragmas(memory)).toThrow(/journal_mode is memory/);
    memory.close();
  });
});

async function damagedWithBackups(damage: (file: string) => void) {
  const dir = tempDir();
  const app = await startTestApp({ dir, now });
  await caller(app).ok('setup:complete', { ownerCode: '23' });
  const older = await createVerifiedBackup(app.ctx.sqlite, app.ctx.dbPath, 'daily', new Date('2026-11-22T10:00:00.000Z'));
  const newer = await createVerifiedBackup(app.ctx.sqlite, app.ctx.dbPath, 'startup', now());
  await app.opened.close();
  damage(app.ctx.dbPath);
  return { dbPath: app.ctx.dbPath, ids: [path.basename(newer), path.basename(older)] };
}

/** Overwrites everything after the first page: the header still says "SQLite", the tables are gone. */
function zeroPagesAfterFirst(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, 4096);
  fs.writeFileSync(file, bytes);
}

describe('a damaged database (checklist D4)', () => {
  it.each([
    ['garbage bytes', (file: string) => fs.writeFileSync(file, Buffer.alloc(16_384, 7))],
    ['a valid header with scrambled pages', zeroPagesAfterFirst],
  ])('with %s: DAMAGED, listing the verified backups, and the file is not written', async (_name, damage) => {
    const { dbPath, ids } = await damagedWithBackups(damage);
    const before = fileHash(dbPath);
    const options = { dbPath, resourcesDir: RESOURCES_DIR, appVersion: 't', actor: 't', create: true, now };
    const error = await startServices(options).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseOpenError);
    const openError = error as DatabaseOpenError;
    expect(openError.kind).toBe('DAMAGED');
    expect(openError.message).not.toContain('\n');
    expect(openError.backups.map((b) => b.id)).toEqual(ids);
    expect(fileHash(dbPath)).toBe(before);
  });
});
