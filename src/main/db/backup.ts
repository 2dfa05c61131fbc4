import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Sqlite } from 'better-sqlite3';

export type BackupReason = 'migration' | 'startup' | 'import' | 'daily' | 'manual' | 'restore';

/** Folder for a database's backups: beside the file, never inside another user's folder. */
export function backupDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

function timestampForFile(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies the live database with SQLite's online backup and checks the copy with `integrity_check`.
 * A copy that fails the check is deleted and the call throws, so a listed backup is always usable.
 */
export async function createVerifiedBackup(
  sqlite: Sqlite,
  dbPath: string,
  reason: BackupReason,
  now: Date,
): Promise<string> {
  const dir = backupDirFor(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.basename(dbPath).replace(/\.[^.]+$/, '');
  const target = path.join(dir, `${base}-${timestampForFile(now)}-${reason}.db`);
  await sqlite.backup(target);
  const copy = new Database(target, { nativeBinding: nativeBindingPath() });
  try {
    copy.pragma('journal_mode = DELETE'); // a backup is one self-contained file
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`backup failed its integrity check: ${String(result)}`);
  } catch (error) {
    copy.close();
    fs.rmSync(target, { force: true });
    throw error;
  }
  copy.close();
  return target;
}

/** Under Electron the addon compiled for Electron's ABI is used (see README, "Native module"). */
export function nativeBindingPath(): string | undefined {
  return process.env.SAMPLAN_SQLITE_BINDING || undefined;
}
