import type { BackupFile } from './backup';

/** Why a database file could not be opened; each kind has a message a person can act on. */
export type DatabaseOpenErrorKind = 'MISSING' | 'TOO_NEW' | 'DAMAGED' | 'UNWRITABLE' | 'MIGRATION_FAILED';

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: DatabaseOpenErrorKind,
    message: string,
    /** For DAMAGED: the verified backups (newest first) the UI or CLI can offer to restore. */
    readonly backups: readonly BackupFile[] = [],
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/** The SQLite result code of a driver error (`SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_BUSY` …), or null for anything else. */
export function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return null;
  return error.code.startsWith('SQLITE_') ? error.code : null;
}

/** True for SQLite's constraint errors (unique, check, foreign key, not null, trigger RAISE(ABORT)). */
export function isConstraintError(error: unknown): error is Error & { code: string } {
  return sqliteCode(error)?.startsWith('SQLITE_CONSTRAINT') ?? false;
}

/** True when another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED and their extended codes). */
export function isBusyError(error: unknown): error is Error & { code: string } {
  const code = sqliteCode(error);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
