import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Sqlite } from 'better-sqlite3';
import { BACKUP_REASONS, backupsToDelete, type BackupReason } from '../domain/backup-retention';

export type { BackupReason } from '../domain/backup-retention';

/** One verified backup file; `id` is its file name inside the backup folder. */
export type BackupFile = {
  readonly id: string;
  readonly path: string;
  readonly reason: BackupReason;
  readonly createdAt: string;
  readonly sizeBytes: number;
};

const STALE_PARTIAL_MS = 60 * 60 * 1000;

/** Folder for a database's backups: beside the file, never inside another user's folder. */
export function backupDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

function baseNameOf(dbPath: string): string {
  return path.basename(dbPath).replace(/\.[^.]+$/, '');
}

function timestampForFile(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

const NAME_PATTERN = new RegExp(`^(.+)-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.db$`);

/** Reads reason and time from a backup file name of this database, or null for any other file. */
export function parseBackupName(dbPath: string, name: string): { reason: BackupReason; createdAt: string } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match || match[1] !== baseNameOf(dbPath)) return null;
  const [, , day, hh, mm, ss, ms, reason] = match;
  const createdAt = `${day}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { reason: reason as BackupReason, createdAt };
}

/**
 * The verified backups of a database, newest first. A file appears here only after its copy passed
 * `integrity_check` (it is written under a `.partial` name and renamed afterwards).
 */
export function listBackupFiles(dbPath: string): BackupFile[] {
  const dir = backupDirFor(dbPath);
  if (!fs.existsSync(dir)) return [];
  const files: BackupFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parsed = parseBackupName(dbPath, entry.name);
    if (!parsed) continue;
    const file = path.join(dir, entry.name);
    files.push({ id: entry.name, path: file, ...parsed, sizeBytes: fs.statSync(file).size });
  }
  return files.sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? 1 : -1));
}

/**
 * Reserves a file name whose time is unique among this database's backups (a clash moves it on by
 * 1 ms, so backups have a total order) by creating its empty `.partial` file exclusively.
 */
function reserveTarget(dir: string, dbPath: string, reason: BackupReason, now: Date): { target: string; at: Date } {
  const taken = new Set(fs.readdirSync(dir).map((name) => parseBackupName(dbPath, name.replace(/\.partial$/, ''))?.createdAt));
  for (let ms = 0; ms < 100_000; ms++) {
    const at = new Date(now.getTime() + ms);
    if (taken.has(at.toISOString())) continue;
    const target = path.join(dir, `${baseNameOf(dbPath)}-${timestampForFile(at)}-${reason}.db`);
    try {
      fs.closeSync(fs.openSync(`${target}.partial`, 'wx'));
      return { target, at };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  throw new Error('no free backup file name');
}

/** Flushes a file (and, where the platform allows, its folder entry) to disk. */
export function fsyncPath(target: string, directory = false): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, directory ? 'r' : 'r+');
    fs.fsyncSync(fd);
  } catch (error) {
    if (!directory) throw error; // Windows cannot open a folder for fsync; the rename is still atomic there
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Opens a copy, makes it one self-contained file and runs `integrity_check`; throws when it fails. */
function verifyCopy(file: string): void {
  const copy = new Database(file, { nativeBinding: nativeBindingPath() });
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`backup failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
}

/**
 * Copies the live database with SQLite's online backup and checks the copy with `integrity_check`.
 * The copy is written as `*.partial`, checked, flushed and only then renamed, so a listed backup is
 * always usable; a copy that fails is deleted and the call throws. Retention runs afterwards.
 */
export async function createVerifiedBackup(sqlite: Sqlite, dbPath: string, reason: BackupReason, now: Date): Promise<string> {
  const dir = backupDirFor(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const { target, at } = reserveTarget(dir, dbPath, reason, now);
  const partial = `${target}.partial`;
  try {
    await sqlite.backup(partial);
    verifyCopy(partial);
    fsyncPath(partial);
    fs.renameSync(partial, target);
    fsyncPath(dir, true);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  pruneBackups(dbPath, at);
  return target;
}

/**
 * Applies the retention rule (src/main/domain/backup-retention.ts) and removes stale `.partial`
 * files of interrupted backups (by file age on the real clock). Best effort: a file that cannot be deleted now is tried next time.
 */
export function pruneBackups(dbPath: string, now: Date): string[] {
  const files = listBackupFiles(dbPath);
  const removed: string[] = [];
  for (const id of backupsToDelete(files, now)) {
    try {
      fs.rmSync(path.join(backupDirFor(dbPath), id));
      removed.push(id);
    } catch {
      // locked (e.g. by a virus scanner on Windows): kept until the next backup
    }
  }
  const dir = backupDirFor(dbPath);
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    const file = path.join(dir, name);
    if (Date.now() - fs.statSync(file).mtimeMs > STALE_PARTIAL_MS) fs.rmSync(file, { force: true });
  }
  return removed;
}

/** Under Electron the addon compiled for Electron's ABI is used (see README, "Native module"). */
export function nativeBindingPath(): string | undefined {
  return process.env.SAMPLAN_SQLITE_BINDING || undefined;
}
