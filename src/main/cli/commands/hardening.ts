import type { BackupInfo } from '@shared/contract/backups';
import type { DatabaseOpenError } from '../../db/errors';
import type { Command } from '../command';
import { cliRefusal } from '../errors';
import { withApp } from '../services';

// The backup and audit modules are imported when a command runs, not at start (bench: CLI start).
const backupService = () => import('../../services/backup-service');

const RESTORE_HINT = 'npm run cli -- restore';

function backupLine(b: BackupInfo): string {
  return `${b.id.padEnd(56)} ${b.createdAt}  ${b.reason.padEnd(9)} ${String(Math.ceil(b.sizeBytes / 1024)).padStart(8)} kB`;
}

/** One line for a damaged database: what is wrong, and which verified backup to restore with which command. */
export function damagedDatabaseLine(error: DatabaseOpenError): string {
  const newest = error.backups[0];
  if (!newest) return `${error.message} No verified backup exists.`;
  const others = error.backups.length > 1 ? ` (${error.backups.length} verified backups; list them with: npm run cli -- backups list)` : '';
  return `${error.message} Newest verified backup: ${newest.id} (${newest.createdAt}); restore it with: ${RESTORE_HINT} ${newest.id}${others}`;
}

const backup: Command = {
  name: 'backup',
  summary: 'take a verified manual backup now (kept by the retention rule: the last 5 manual ones)',
  usage: 'backup [--json]',
  async run(ctx) {
    const { createBackup } = await backupService();
    const info = await withApp(ctx, (app) => createBackup(app.ctx, 'manual'));
    ctx.out.print(info, () => `Backup ${info.id} written and verified (${Math.ceil(info.sizeBytes / 1024)} kB).`);
  },
};

const backupsList: Command = {
  name: 'backups list',
  summary: 'the verified backups, newest first (works also when the database is damaged)',
  usage: 'backups list [--json]',
  async run(ctx) {
    const [{ listBackupFiles }, { toBackupInfo }] = await Promise.all([import('../../db/backup'), backupService()]);
    const list = listBackupFiles(ctx.dbPath).map(toBackupInfo);
    ctx.out.print(list, () => (list.length === 0 ? 'No backups yet.' : [...list.map(backupLine), `${list.length} backups`].join('\n')));
  },
};

const restore: Command = {
  name: 'restore',
  summary: 'replace the database with a verified backup; the current file is kept first, so a restore can be undone',
  usage: 'restore ID [--json]   (ID from "backups list")',
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const { backupIdSchema } = await import('@shared/contract/backups');
    const id = backupIdSchema.safeParse(ctx.positionals[0]);
    if (!id.success) throw cliRefusal('cli.notBackupId', { given: String(ctx.positionals[0]).slice(0, 80) });
    const options = { dbPath: ctx.dbPath, ...ctx.runtime, actor: `cli:${ctx.runtime.actor}`, create: false };
    const { restoreOffline } = await backupService();
    const result = await restoreOffline(options, id.data);
    ctx.out.print(result, () =>
      [
        `Restored ${result.restoredFrom}${result.migrated ? ` and migrated it to schema ${result.schemaVersion}` : ''}.`,
        result.undoBackupId
          ? `To undo: ${RESTORE_HINT} ${result.undoBackupId}`
          : `The damaged file was moved, unchanged, to ${result.damagedCopy}`,
      ].join('\n'),
    );
  },
};

function erasedNote(erased: number): string {
  return erased === 0 ? '' : ` (${erased} payloads erased by person erasures)`;
}

const auditVerify: Command = {
  name: 'audit verify',
  summary: 'check the hash chain of the audit log (edited, inserted or removed entries); exits 1 when broken',
  usage: 'audit verify [--json]',
  async run(ctx) {
    const { verifyAuditChain } = await import('../../repositories/audit-chain');
    const report = await withApp(ctx, async (app) => verifyAuditChain(app.ctx.sqlite));
    ctx.out.print(report, () =>
      report.ok
        ? `ok: ${report.entries} audit entries, chain intact${erasedNote(report.erasedPayloads)}`
        : `broken at entry ${report.firstBrokenSeq}: ${report.reason}`,
    );
    if (!report.ok) throw cliRefusal('cli.auditBroken');
  },
};

export const hardeningCommands: Command[] = [backup, backupsList, restore, auditVerify];
