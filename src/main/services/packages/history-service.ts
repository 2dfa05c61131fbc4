import { PACKAGE_RECORD_TYPES, RECORD_OUTCOMES, type HistoryEntry } from '@shared/contract/packages';
import type { ServiceContext } from '../../lib/context';
import { listPackageLog, listRecipients } from '../../repositories/packages/exchange-log';
import { undoPackageId } from '../../repositories/packages/undo-store';

/** Total records of a log entry: OUT logs counts per type, IN logs outcome counts per type. */
function totalOf(countsJson: string): number {
  const parsed = JSON.parse(countsJson) as Record<string, unknown>;
  let total = 0;
  for (const type of PACKAGE_RECORD_TYPES) {
    const value = parsed[type];
    if (typeof value === 'number') total += value;
    else if (typeof value === 'object' && value !== null) {
      for (const kind of RECORD_OUTCOMES) total += Number((value as Record<string, unknown>)[kind] ?? 0);
    }
  }
  return total;
}

export function packageHistory(ctx: ServiceContext): { entries: HistoryEntry[] } {
  const undoPackage = undoPackageId(ctx.conn);
  const rows = listPackageLog(ctx.conn, 500);
  const latestImport = rows.find((r) => r.direction === 'IN');
  return {
    entries: rows.map((r) => ({
      packageId: r.package_id,
      direction: r.direction,
      at: r.at,
      originOwner: r.origin_owner,
      recipient: r.recipient,
      scope: r.scope,
      sequence: r.sequence,
      sha256: r.sha256,
      status: r.status,
      totalRecords: totalOf(r.counts_json),
      undoable: r === latestImport && r.status !== 'UNDONE' && r.package_id === undoPackage,
    })),
  };
}

export function packageRecipients(ctx: ServiceContext, personId: string | null) {
  return {
    rows: listRecipients(ctx.conn, personId).map((r) => ({
      personId: r.person_id,
      personName: r.person_name,
      recipient: r.recipient,
      packageCount: r.package_count,
      firstSentAt: r.first_sent_at,
      lastSentAt: r.last_sent_at,
    })),
  };
}
