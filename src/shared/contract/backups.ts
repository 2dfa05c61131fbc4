import { z } from 'zod';
import { auditChannels } from './audit';
import { emptyInput } from './common';

export const BACKUP_REASON_VALUES = ['migration', 'startup', 'import', 'daily', 'manual', 'restore'] as const;

/** A backup is named by its file name in the backup folder: no folders, no path separators. */
export const backupIdSchema = z
  .string()
  .min(4)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.db$/, 'a backup id is a file name such as samplan-2026-11-23T10-00-00-000Z-manual.db');

export const backupInfoSchema = z.strictObject({
  id: z.string(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASON_VALUES),
  sizeBytes: z.number().int().nonnegative(),
  /** Passed integrity_check when it was made; checked again before a restore. */
  verified: z.boolean(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const restoreResultSchema = z.strictObject({
  restoredFrom: z.string(),
  /** The backup of the database as it was just before the restore: restoring it undoes the restore. */
  undoBackupId: z.string().nullable(),
  schemaVersion: z.number().int(),
  migrated: z.boolean(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

/** What start-up found: a damaged database file is never opened for writing; a backup can replace it. */
export const recoveryStatusSchema = z.strictObject({
  damaged: z.boolean(),
  /** One line: why the file could not be read. */
  reason: z.string().nullable(),
  /** The verified backups that can replace the damaged file, newest first. */
  backups: z.array(backupInfoSchema),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

export const recoveryResultSchema = z.strictObject({
  ...restoreResultSchema.shape,
  /** Where the damaged file was moved, untouched (backups/damaged/…), or null when it could not be kept. */
  damagedCopy: z.string().nullable(),
});
export type RecoveryResult = z.infer<typeof recoveryResultSchema>;

export const backupChannels = {
  'backups:list': { input: emptyInput, output: z.array(backupInfoSchema) },
  'backups:create': { input: emptyInput, output: backupInfoSchema },
  'backups:restore': { input: z.strictObject({ id: backupIdSchema }), output: restoreResultSchema },
  'recovery:status': { input: emptyInput, output: recoveryStatusSchema },
  'recovery:restore': { input: z.strictObject({ id: backupIdSchema }), output: recoveryResultSchema },
} as const;

/** Backups and the audit log: registered together in channels.ts. */
export const durabilityChannels = { ...backupChannels, ...auditChannels } as const;
