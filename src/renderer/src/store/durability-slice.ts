import type { StateCreator } from 'zustand';
import type { BackupInfo, RestoreResult } from '@shared/contract/backups';
import type { Store } from './index';

/**
 * What the user did on the backup page, kept while they move between views: the last restore (its undo
 * backup restores the database as it was before) and the last backup made by hand. The backups, the
 * audit log and the recovery status are queries.
 */
export type DurabilitySlice = {
  lastRestore: RestoreResult | null;
  lastCreatedBackup: BackupInfo | null;
  setLastRestore: (restore: RestoreResult | null) => void;
  setLastCreatedBackup: (backup: BackupInfo | null) => void;
};

export const createDurabilitySlice: StateCreator<Store, [], [], DurabilitySlice> = (set) => ({
  lastRestore: null,
  lastCreatedBackup: null,
  setLastRestore: (restore) => set({ lastRestore: restore }),
  setLastCreatedBackup: (backup) => set({ lastCreatedBackup: backup }),
});
