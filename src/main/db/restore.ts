import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Sqlite } from 'better-sqlite3';
import { backupDirFor, fsyncPath, listBackupFiles, nativeBindingPath, type BackupFile } from './backup';
import { schemaVersionOf } from './migrate';

/** Why a backup cannot be restored, with a one-line message. */
export class RestoreError extends Error {
  constructor(
    readonly kind: 'NOT_FOUND' | 'DAMAGED' | 'TOO_NEW',
    message: string,
    /** The backup's id, for the worded refusal (services/backup-service.ts). */
    readonly backupId: string,
  ) {
    super(message);
    this.name = 'RestoreError';
  }
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** The listed backup with exactly this id (a file name; anything else, e.g. a path, is not found). */
export function findBackup(dbPath: string, id: string): BackupFile {
  const found = listBackupFiles(dbPath).find((b) => b.id === id);
  if (!found) throw new RestoreError('NOT_FOUND', `No verified backup named ${id.slice(0, 120)}`, id.slice(0, 120));
  return found;
}

/**
 * Copies a backup beside the live database (same folder, so the final rename is atomic), flushes it
 * and checks the copy: integrity_check ok and not written by a newer Samplan. Returns its path.
 */
export function stageBackup(dbPath: string, backup: BackupFile, latestVersion: number): { staged: string; schemaVersion: number } {
  const staged = `${dbPath}.restore-tmp`;
  for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(staged + suffix, { force: true });
  fs.copyFileSync(backup.path, staged);
  fsyncPath(staged);
  let copy: Sqlite | undefined;
  try {
    copy = new Database(staged, { readonly: true, fileMustExist: true, nativeBinding: nativeBindingPath() });
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(String(result).split('\n')[0]);
    const schemaVersion = schemaVersionOf(copy);
    if (schemaVersion > latestVersion) {
      throw new RestoreError('TOO_NEW', `Backup ${backup.id} was written by a newer Samplan (schema ${schemaVersion})`, backup.id);
    }
    return { staged, schemaVersion };
  } catch (error) {
    copy?.close();
    copy = undefined;
    fs.rmSync(staged, { force: true });
    if (error instanceof RestoreError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RestoreError('DAMAGED', `Backup ${backup.id} failed its check (${reason}); choose another backup`, backup.id);
  } finally {
    copy?.close();
  }
}

/**
 * Puts the staged copy in place of the live database. The live connection must be closed. Stale
 * WAL/SHM files are removed first (an old WAL replayed onto the restored file would corrupt it),
 * then the rename replaces the file in one step and the folder entry is flushed.
 */
export function swapIn(dbPath: string, staged: string): void {
  for (const suffix of SIDE_FILES) fs.rmSync(dbPath + suffix, { force: true });
  fs.renameSync(staged, dbPath);
  fsyncPath(path.dirname(dbPath), true);
}

/**
 * Moves a database that cannot be opened (and its WAL/SHM) into `backups/damaged/`, untouched, so
 * a restore never writes into it and an expert can still look at it. Returns the new path.
 */
export function setAsideDamaged(dbPath: string, now: Date): string {
  const dir = path.join(backupDirFor(dbPath), 'damaged');
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${path.basename(dbPath)}.${now.toISOString().replace(/[:.]/g, '-')}.damaged`);
  for (const suffix of ['', ...SIDE_FILES]) {
    if (fs.existsSync(dbPath + suffix)) fs.renameSync(dbPath + suffix, target + suffix);
  }
  fsyncPath(dir, true);
  return target;
}
