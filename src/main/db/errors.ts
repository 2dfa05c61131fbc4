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
