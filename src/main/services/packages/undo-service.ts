import { DomainError } from '@shared/contract/errors';
import { createVerifiedBackup } from '../../db/backup';
import { transaction } from '../../db/data';
import { rowToWire, type DbRow } from '../../domain/packages/wire';
import { wordMessage } from '@shared/messages';
import { RecordNames } from './record-names';
import type { ServiceContext } from '../../lib/context';
import { createAuditWriter } from '../../repositories/packages/audit-writer';
import { importsOf, setPackageStatus } from '../../repositories/packages/exchange-log';
import { RecordStore } from '../../repositories/packages/record-store';
import { clearUndo, deleteOrigin, listUndo, upsertOrigin, type OriginRow, type UndoRow } from '../../repositories/packages/undo-store';
import { isConstraintError } from '../../db/errors';
import { contentHash, isRecordType } from './records';

/** Refuses when any row the import touched changed afterwards (a later local edit or import). */
function assertUntouched(store: RecordStore, rows: readonly UndoRow[], names: RecordNames): void {
  for (const row of rows) {
    if (!isRecordType(row.entity)) throw new Error(`unknown entity ${row.entity} in the undo table`);
    const current = store.get(row.entity, row.record_id);
    if (!current || contentHash(current) !== row.row_after_sha256) {
      const record = current ? names.labelText(row.entity, rowToWire(row.entity, current)) : wordMessage('sv', 'package.label.unknownName');
      throw new DomainError('CONFLICT', `The import can no longer be undone: ${row.entity} ${row.record_id} was changed after it`, {
        key: 'package.undo.changedAfter',
        params: { record },
      });
    }
  }
}

function lastImport(ctx: ServiceContext, rows: readonly UndoRow[]) {
  const packageId = rows[0]?.package_id;
  const entry = packageId === undefined ? undefined : importsOf(ctx.conn, packageId)[0];
  if (!entry || entry.status === 'UNDONE')
    throw new DomainError('NOT_FOUND', 'There is no import to undo', { key: 'package.undo.nothing', params: {} });
  return entry;
}

/**
 * Undoes the most recent import in one transaction: every row it touched gets its before-image back
 * (rows it added are removed), provenance included. Only the latest import, only once, and only
 * while no later change touched those rows.
 */
export async function undoLastImport(ctx: ServiceContext): Promise<{ packageId: string; originOwner: string; restoredRecords: number }> {
  const store = new RecordStore(ctx.conn);
  const names = new RecordNames(ctx.conn, store);
  const rows = listUndo(ctx.conn);
  const entry = lastImport(ctx, rows);
  assertUntouched(store, rows, names);
  await createVerifiedBackup(ctx.conn.sqlite, ctx.dbPath, 'restore', ctx.now());
  const nowIso = ctx.now().toISOString();
  try {
    transaction(ctx.conn, () => {
      const current = listUndo(ctx.conn);
      assertUntouched(store, current, names);
      const audit = createAuditWriter(ctx.conn, ctx.actor, nowIso);
      for (const row of current) {
        if (!isRecordType(row.entity)) continue;
        store.restore(row.entity, row.record_id, row.row_before_json === null ? null : (JSON.parse(row.row_before_json) as DbRow));
        if (row.origin_before_json === null) deleteOrigin(ctx.conn, row.entity, row.record_id);
        else upsertOrigin(ctx.conn, JSON.parse(row.origin_before_json) as OriginRow);
        audit.append({
          action: 'import-undo',
          entity: row.entity,
          recordId: row.record_id,
          before: null,
          after: { packageId: entry.package_id, removed: row.row_before_json === null },
        });
      }
      setPackageStatus(ctx.conn, entry.id, 'UNDONE');
      clearUndo(ctx.conn);
      audit.append({
        action: 'package-undo',
        entity: 'package_log',
        recordId: entry.package_id,
        before: null,
        after: { origin: entry.origin_owner, records: current.length },
      });
    });
  } catch (error) {
    if (isConstraintError(error))
      throw new DomainError('CONFLICT', 'The import can no longer be undone: later records refer to records it added', {
        key: 'package.undo.referredTo',
        params: {},
      });
    throw error;
  }
  return { packageId: entry.package_id, originOwner: entry.origin_owner, restoredRecords: rows.length };
}
