import type { durabilityChannels } from '@shared/contract/backups';
import { refusal } from '@shared/contract/errors';
import { listAuditEntries, verifyAuditChain } from '../../repositories/audit-chain';
import { withRecordNames } from '../../repositories/audit-names';
import { createBackup, listBackups, restoreBackup } from '../../services/backup-service';
import type { StartedApp } from '../../services/bootstrap';
import type { HandlersFor } from './types';

/** Backups and the audit log. `app` (not a copied ctx) is read at call time: a restore swaps it. */
export function backupHandlers(app: StartedApp): HandlersFor<typeof durabilityChannels> {
  return {
    'backups:list': async () => listBackups(app.ctx),
    'backups:create': () => createBackup(app.ctx, 'manual'),
    'backups:restore': (input) => restoreBackup(app, input.id),
    // The database opened, so there is nothing to recover (src/main/ipc/recovery.ts serves these when it is damaged).
    'recovery:status': async () => ({ damaged: false, reason: null, backups: [] }),
    'recovery:restore': async () => {
      throw refusal('CONFLICT', 'backup.notDamaged');
    },
    'audit:verify': async () => verifyAuditChain(app.ctx.sqlite),
    'audit:list': async (input) => {
      const page = listAuditEntries(app.ctx.sqlite, input);
      return { total: page.total, rows: withRecordNames(app.ctx.conn, page.rows) };
    },
  };
}
