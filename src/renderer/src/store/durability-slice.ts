import type { StateCreator } from 'zustand';
import type { AuditListEntry, AuditVerifyResult } from '@shared/contract/audit';
import type { BackupInfo, RecoveryStatus, RestoreResult } from '@shared/contract/backups';
import type { AppError, Result } from '@shared/contract/errors';
import { call } from '../api';
import type { Store } from './index';

export const AUDIT_PAGE_SIZE = 50;

type DurabilityTask = 'backups' | 'backupCreate' | 'restore' | 'audit' | 'auditVerify' | 'recovery' | 'recover';

/** Backups (list, create, restore and its undo) and the audit log (pages, chain check). */
export type DurabilitySlice = {
  backups: readonly BackupInfo[] | null;
  /** The last restore in this session: its undo backup restores the database as it was before. */
  lastRestore: RestoreResult | null;
  lastCreatedBackup: BackupInfo | null;
  auditPage: { offset: number; total: number; rows: readonly AuditListEntry[] } | null;
  auditVerify: AuditVerifyResult | null;
  /** Read when the app cannot start: a damaged database file and the backups that can replace it. */
  recovery: RecoveryStatus | null;
  durabilityBusy: Partial<Record<DurabilityTask, true>>;
  durabilityErrors: Partial<Record<DurabilityTask, AppError>>;
  loadBackups: () => Promise<void>;
  createBackupNow: () => Promise<void>;
  /** Restores a backup; `undo` marks the restore of the previous restore's undo backup. */
  restoreBackup: (id: string, undo: boolean) => Promise<boolean>;
  loadAuditPage: (offset: number) => Promise<void>;
  verifyAuditChain: () => Promise<void>;
  loadRecovery: () => Promise<void>;
  /** Replaces the damaged database by a backup, then starts the app normally. */
  recoverFrom: (id: string) => Promise<boolean>;
};

export const createDurabilitySlice: StateCreator<Store, [], [], DurabilitySlice> = (set, get) => {
  /** Runs one task: marks it busy, keeps its error, returns the value or null. */
  const run = async <T>(task: DurabilityTask, work: () => Promise<Result<T>>): Promise<T | null> => {
    set((s) => ({ durabilityBusy: { ...s.durabilityBusy, [task]: true }, durabilityErrors: { ...s.durabilityErrors, [task]: undefined } }));
    const result = await work().catch((error: unknown): Result<T> => ({
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    }));
    set((s) => ({
      durabilityBusy: { ...s.durabilityBusy, [task]: undefined },
      durabilityErrors: { ...s.durabilityErrors, [task]: result.ok ? undefined : result.error },
    }));
    return result.ok ? result.value : null;
  };
  return {
    backups: null,
    lastRestore: null,
    lastCreatedBackup: null,
    auditPage: null,
    auditVerify: null,
    recovery: null,
    durabilityBusy: {},
    durabilityErrors: {},
    loadBackups: async () => {
      const list = await run('backups', () => call('backups:list', {}));
      if (list) set({ backups: list });
    },
    createBackupNow: async () => {
      const created = await run('backupCreate', () => call('backups:create', {}));
      if (!created) return;
      set({ lastCreatedBackup: created });
      await get().loadBackups();
    },
    restoreBackup: async (id, undo) => {
      const restored = await run('restore', () => call('backups:restore', { id }));
      if (!restored) return false;
      set({ lastRestore: undo ? null : restored, lastCreatedBackup: null, auditVerify: null });
      await Promise.all([get().loadBackups(), get().refreshCounts()]);
      return true;
    },
    loadAuditPage: async (offset) => {
      const page = await run('audit', () => call('audit:list', { offset, limit: AUDIT_PAGE_SIZE, entity: null, recordId: null }));
      if (page) set({ auditPage: { offset, total: page.total, rows: page.rows } });
    },
    verifyAuditChain: async () => {
      set({ auditVerify: null });
      const result = await run('auditVerify', () => call('audit:verify', {}));
      if (result) set({ auditVerify: result });
    },
    loadRecovery: async () => {
      const status = await run('recovery', () => call('recovery:status', {}));
      if (status) set({ recovery: status });
    },
    recoverFrom: async (id) => {
      const restored = await run('recover', () => call('recovery:restore', { id }));
      if (!restored) return false;
      set({ recovery: null });
      await get().loadAppInfo();
      return true;
    },
  };
};
