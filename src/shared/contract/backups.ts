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

export const backupChannels = {
  'backups:list': { input: emptyInput, output: z.array(backupInfoSchema) },
  'backups:create': { input: emptyInput, output: backupInfoSchema },
  'backups:restore': { input: z.strictObject({ id: backupIdSchema }), output: restoreResultSchema },
} as const;

/** Backups and the audit log: registered together in channels.ts. */
export const durabilityChannels = { ...backupChannels, ...auditChannels } as const;
