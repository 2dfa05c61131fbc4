import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Sqlite } from 'better-sqlite3';
import { DatabaseOpenError } from './errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { pendingMigrations, runMigrations, schemaVersionOf } from './migrate';
import { pruneChangeLog } from './change-log';
import { createVerifiedBackup, listBackupFiles, nativeBindingPath, type BackupFile } from './backup';
import { Connection } from './data';

export type OpenedDatabase = {
  readonly sqlite: Sqlite;
  /** The synchronous data API's connection (src/main/db/data.ts): the handle and its prepared statements. */
  readonly conn: Connection;
  readonly path: string;
  readonly createdNow: boolean;
  close(): Promise<void>;
};

export type OpenOptions = {
  /** Create the file when it does not exist (first start, `init`); otherwise a missing file is an error. */
  create: boolean;
  now: () => Date;
  /** The migration list; tests pass their own to exercise failures. */
  migrations?: readonly Migration[];
  /**
   * Leave the change log as it is: this is another connection of an app that has the file open and
   * follows the log (a job's worker thread), so emptying it would make that app's read model and views
   * reload everything. Otherwise the log is pruned at open (db/change-log.ts).
   */
  keepChangeLog?: boolean;
};

/** secure_delete: deleted content (e.g. an erased person) is overwritten with zeros, not left in free pages. */
const REQUIRED_PRAGMAS = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, secure_delete: 1 } as const;
const BUSY_TIMEOUT_MS = 5000;

function safeBackupList(dbPath: string): BackupFile[] {
  try {
    return listBackupFiles(dbPath);
  } catch {
    return [];
  }
}

/**
 * Reads the schema version and runs `quick_check` without writing anything, so a damaged or newer
 * file is left untouched. A damaged file's error lists the verified backups that can replace it.
 */
function inspectExisting(dbPath: string): number {
  let peek: Sqlite | undefined;
  try {
    peek = new Database(dbPath, { readonly: true, fileMustExist: true, nativeBinding: nativeBindingPath() });
    const version = schemaVersionOf(peek);
    peek.pragma('schema_version');
    const check = peek.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`quick_check: ${String(check).split('\n')[0]}`);
    return version;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseOpenError('DAMAGED', `The database file ${dbPath} cannot be read (${reason}).`, safeBackupList(dbPath));
  } finally {
    peek?.close();
  }
}

export function applyPragmas(sqlite: Sqlite): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  assertPragmas(sqlite);
}

/** Reads the durability pragmas back; a connection that did not take them is not used. */
export function assertPragmas(sqlite: Sqlite): void {
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = sqlite.pragma(name, { simple: true });
    if (actual !== expected) throw new Error(`PRAGMA ${name} is ${String(actual)}, expected ${String(expected)}`);
  }
  if (sqlite.pragma('busy_timeout', { simple: true }) !== BUSY_TIMEOUT_MS) throw new Error('busy_timeout not set');
}

function openWritable(dbPath: string, create: boolean): Sqlite {
  try {
    if (create) fs.mkdirSync(path.dirname(dbPath), { recursive: true });
    return new Database(dbPath, { fileMustExist: !create, nativeBinding: nativeBindingPath() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError('UNWRITABLE', `Cannot open ${dbPath} for writing (${reason}).`);
  }
}

/**
 * Opens (or creates) the database: refuses files written by a newer Samplan, sets and verifies the
 * pragmas, takes a verified backup when migrations are pending, then migrates in one transaction.
 */
export async function openDatabase(dbPath: string, options: OpenOptions): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  const exists = fs.existsSync(dbPath);
  if (!exists && !options.create) {
    throw new DatabaseOpenError('MISSING', `No Samplan database at ${dbPath}; run "init" first.`);
  }
  if (exists) {
    const version = inspectExisting(dbPath);
    if (version > latest) {
      throw new DatabaseOpenError(
        'TOO_NEW',
        `The database was written by a newer Samplan (schema ${version}, this version knows ${latest}); update Samplan. The file was not changed.`,
      );
    }
  }
  const sqlite = openWritable(dbPath, options.create);
  try {
    applyPragmas(sqlite);
    if (exists && schemaVersionOf(sqlite) > 0 && pendingMigrations(sqlite, migrations).length > 0) {
      await createVerifiedBackup(sqlite, dbPath, 'migration', options.now());
    }
    runMigrations(sqlite, migrations);
    if (!options.keepChangeLog) pruneChangeLog(sqlite);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const conn = new Connection(sqlite);
  return {
    sqlite,
    conn,
    path: dbPath,
    createdNow: !exists,
    close() {
      conn.forgetStatements();
      if (sqlite.open) sqlite.close();
      return Promise.resolve();
    },
  };
}
