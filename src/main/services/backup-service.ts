import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, RestoreResult } from '@shared/contract/backups';
import { DomainError, type ErrorCode, refusal } from '@shared/contract/errors';
import type { MessageKey } from '@shared/messages';
import { createVerifiedBackup, listBackupFiles, nativeBindingPath, type BackupFile, type BackupReason } from '../db/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { findBackup, RestoreError, setAsideDamaged, stageBackup, swapIn } from '../db/restore';
import type { ServiceContext } from '../lib/context';
import { transaction } from '../db/data';
import { appendAuditEntry } from '../repositories/audit';
import { quickCheckPasses } from '../repositories/database-checks';
import { listErasureRows, type ErasureRow } from '../repositories/person-erasures';
import { adoptDatabase } from './app-swap';
import { startServices, type StartedApp, type StartOptions } from './bootstrap';
import { checkDatabase } from './check-service';
import { readErasureJournal } from '../db/erasure-journal';
import { erasuresOfJournal, journalErasures } from './privacy/erasure-effects';
import { reapplyErasures } from './privacy/privacy-service';

export function toBackupInfo(file: BackupFile): BackupInfo {
  return { id: file.id, createdAt: file.createdAt, reason: file.reason, sizeBytes: file.sizeBytes, verified: true };
}

/** The verified backups of the open database, newest first. Reads only the backup folder. */
export function listBackups(ctx: Pick<ServiceContext, 'dbPath'>): BackupInfo[] {
  return listBackupFiles(ctx.dbPath).map(toBackupInfo);
}

/** Takes a verified backup now (retention runs afterwards). */
export async function createBackup(ctx: ServiceContext, reason: BackupReason = 'manual'): Promise<BackupInfo> {
  const file = await createVerifiedBackup(ctx.conn.sqlite, ctx.dbPath, reason, ctx.now());
  const info = listBackupFiles(ctx.dbPath).find((b) => b.path === file);
  if (!info) throw refusal('INTERNAL', 'backup.missingAfterWrite', { file: path.basename(file) });
  return toBackupInfo(info);
}

const RESTORE_REFUSALS: Record<RestoreError['kind'], readonly [ErrorCode, MessageKey]> = {
  NOT_FOUND: ['NOT_FOUND', 'restore.notFound'],
  DAMAGED: ['CONFLICT', 'restore.damaged'],
  TOO_NEW: ['CONFLICT', 'restore.tooNew'],
};

function stage(dbPath: string, id: string): { staged: string; schemaVersion: number } {
  try {
    return stageBackup(dbPath, findBackup(dbPath, id), LATEST_SCHEMA_VERSION);
  } catch (error) {
    if (error instanceof RestoreError) {
      const [code, key] = RESTORE_REFUSALS[error.kind];
      throw new DomainError(code, error.message, { key, params: { id: error.backupId } });
    }
    throw error;
  }
}

function startOptionsOf(ctx: ServiceContext): StartOptions {
  return { dbPath: ctx.dbPath, resourcesDir: ctx.resourcesDir, appVersion: ctx.appVersion, actor: ctx.actor, create: false, now: ctx.now };
}

/**
 * Opens the file now in place, checks it, records the restore in its audit log and re-applies the
 * person erasures made after the backup was taken (an erased person never comes back).
 */
async function openRestored(
  options: StartOptions,
  id: string,
  undoBackupId: string | null,
  erasures: readonly ErasureRow[],
): Promise<StartedApp> {
  const next = await startServices(options);
  try {
    const check = checkDatabase(next.ctx);
    if (!check.ok) throw new Error(`the restored database failed its check: ${check.problems.join('; ')}`);
    const nowIso = next.ctx.now().toISOString();
    transaction(next.ctx.conn, () =>
      appendAuditEntry(
        next.ctx.conn,
        { action: 'restore', entity: 'database', recordId: id, before: null, after: { undoBackupId } },
        next.ctx.actor,
        nowIso,
      ),
    );
    reapplyErasures(next.ctx, erasures);
    return next;
  } catch (error) {
    await next.opened.close();
    throw error;
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** Puts the pre-restore backup back after a failed restore and opens it again. */
async function rollBack(app: StartedApp, options: StartOptions, undoPath: string): Promise<void> {
  const undo = listBackupFiles(options.dbPath).find((b) => b.path === undoPath);
  if (!undo) throw new Error('the pre-restore backup is missing');
  const { staged } = stageBackup(options.dbPath, undo, LATEST_SCHEMA_VERSION);
  swapIn(options.dbPath, staged);
  adoptDatabase(app, await startServices(options));
}

/**
 * Restores a backup under the running app: stage and check the copy, take a 'restore' backup of
 * the current database (restoring that one undoes this restore), close, swap the file in atomically,
 * reopen (migrating an older backup), check, audit, and point the app at the new connection.
 * On failure the previous database is put back.
 */
export function restoreBackup(app: StartedApp, id: string): Promise<RestoreResult> {
  return app.swaps.run(async () => {
    const options = startOptionsOf(app.ctx);
    const { staged, schemaVersion } = stage(options.dbPath, id);
    let undoPath: string;
    try {
      undoPath = await createVerifiedBackup(app.ctx.conn.sqlite, options.dbPath, 'restore', app.ctx.now());
    } catch (error) {
      fs.rmSync(staged, { force: true });
      throw error;
    }
    journalErasures(app.ctx);
    const erasures = knownErasures(options.dbPath, listErasureRows(app.ctx.conn));
    await app.opened.close();
    swapIn(options.dbPath, staged);
    try {
      adoptDatabase(app, await openRestored(options, id, path.basename(undoPath), erasures));
    } catch (error) {
      await rollBack(app, options, undoPath);
      throw new DomainError('INTERNAL', `Restoring ${id} failed (${oneLine(error)}); the database is back as it was`, {
        key: 'backup.restoreFailed',
        params: { id },
      });
    }
    return {
      restoredFrom: id,
      undoBackupId: path.basename(undoPath),
      schemaVersion: LATEST_SCHEMA_VERSION,
      migrated: schemaVersion < LATEST_SCHEMA_VERSION,
    };
  });
}

/**
 * Every erasure known before a restore: the current database's markers and the erasure journal beside
 * it (which also holds those of a database that is damaged, replaced or gone), each person once.
 */
function knownErasures(dbPath: string, current: readonly ErasureRow[]): ErasureRow[] {
  const known = new Map(current.map((e) => [e.id, e]));
  for (const entry of erasuresOfJournal(readErasureJournal(dbPath))) if (!known.has(entry.id)) known.set(entry.id, entry);
  return [...known.values()];
}

/** The erasures of the current file before an offline restore ([] when it cannot be read). */
function erasuresOf(dbPath: string): ErasureRow[] {
  let peek: Database.Database | undefined;
  try {
    peek = new Database(dbPath, { readonly: true, fileMustExist: true, nativeBinding: nativeBindingPath() });
    return listErasureRows(peek);
  } catch {
    return [];
  } finally {
    peek?.close();
  }
}

/**
 * Keeps the current file before an offline restore (CLI): a verified 'restore' backup when it can
 * be read, otherwise the damaged file is moved aside untouched into backups/damaged/.
 */
async function preserveCurrent(dbPath: string, now: Date): Promise<{ undoPath: string | null; damagedCopy: string | null }> {
  if (!fs.existsSync(dbPath)) return { undoPath: null, damagedCopy: null };
  let peek: Database.Database | undefined;
  try {
    peek = new Database(dbPath, { readonly: true, fileMustExist: true, nativeBinding: nativeBindingPath() });
  } catch {
    return { undoPath: null, damagedCopy: setAsideDamaged(dbPath, now) };
  }
  try {
    if (!quickCheckPasses(peek)) {
      peek.close();
      return { undoPath: null, damagedCopy: setAsideDamaged(dbPath, now) };
    }
    return { undoPath: await createVerifiedBackup(peek, dbPath, 'restore', now), damagedCopy: null };
  } finally {
    if (peek.open) peek.close();
  }
}

/** After a failed offline restore: the previous file (backup or damaged original) goes back in place. */
function putBack(dbPath: string, kept: { undoPath: string | null; damagedCopy: string | null }): void {
  if (kept.undoPath !== null) {
    const undo = listBackupFiles(dbPath).find((b) => b.path === kept.undoPath);
    if (undo) swapIn(dbPath, stageBackup(dbPath, undo, LATEST_SCHEMA_VERSION).staged);
  } else if (kept.damagedCopy !== null) {
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(dbPath + suffix, { force: true });
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      if (fs.existsSync(kept.damagedCopy + suffix)) fs.renameSync(kept.damagedCopy + suffix, dbPath + suffix);
    }
  }
}

/** Restores a backup with no app running (the CLI), also when the live file is damaged. */
export async function restoreOffline(options: StartOptions, id: string): Promise<RestoreResult & { damagedCopy: string | null }> {
  const now = (options.now ?? (() => new Date()))();
  const { staged, schemaVersion } = stage(options.dbPath, id);
  const erasures = knownErasures(options.dbPath, erasuresOf(options.dbPath));
  const kept = await preserveCurrent(options.dbPath, now).catch((error: unknown) => {
    fs.rmSync(staged, { force: true });
    throw error;
  });
  swapIn(options.dbPath, staged);
  const undoBackupId = kept.undoPath === null ? null : path.basename(kept.undoPath);
  try {
    const app = await openRestored({ ...options, create: false }, id, undoBackupId, erasures);
    await app.opened.close();
  } catch (error) {
    putBack(options.dbPath, kept);
    throw new DomainError('INTERNAL', `Restoring ${id} failed (${oneLine(error)}); the previous file is back in place`, {
      key: 'restore.failedFileBack',
      params: { id },
    });
  }
  const migrated = schemaVersion < LATEST_SCHEMA_VERSION;
  return { restoredFrom: id, undoBackupId, schemaVersion: LATEST_SCHEMA_VERSION, migrated, damagedCopy: kept.damagedCopy };
}
