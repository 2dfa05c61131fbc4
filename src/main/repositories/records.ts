import { refusal } from '@shared/contract/errors';
import type { AuditEntryView, Provenance } from '@shared/contract/records';
import { writeRefusal, type StampedRow } from '../domain/record-checks';
import { first, qb, type Connection } from '../db/data';
import { historyOf } from './history';
import { readSetting, SETTING_KEYS } from './settings';

/**
 * A record may be changed here only by its owner, only while it exists, and only from the version
 * the user saw (optimistic concurrency): otherwise nothing is written. The rule is writeRefusal's
 * (domain/record-checks.ts), shared with the record writer and package import; the services not yet
 * on the record writer keep these messages.
 */
export function assertWritable(row: StampedRow | undefined, what: string, owner: string, expectedVersion: number): asserts row {
  const problem = writeRefusal(row, { entity: what, id: '', label: what }, owner, expectedVersion);
  if (problem === null) return;
  if (problem.code === 'NOT_FOUND') throw refusal('NOT_FOUND', 'record.notFound', { entity: what });
  if (problem.code === 'FORBIDDEN') throw refusal('FORBIDDEN', 'record.readOnly', { entity: what, owner: String(row?.owner) });
  throw refusal('CONFLICT', 'record.stale', { entity: what, version: Number(row?.version), expected: expectedVersion });
}

/** The owner this installation writes for, or null before setup (synchronous data API). */
export function ownerCodeOf(conn: Connection): string | null {
  return readSetting(conn, SETTING_KEYS.ownerCode);
}

/** The owner this installation writes for; writes need it (synchronous data API). */
export function requireOwner(conn: Connection): string {
  const code = ownerCodeOf(conn);
  if (!code) throw refusal('NOT_INITIALISED', 'installation.notChosen');
  return code;
}

/** The latest 100 audit entries of one record, newest first, with the names they refer to (synchronous data API). */
export function recordHistory(conn: Connection, entity: string, recordId: string): AuditEntryView[] {
  return historyOf(conn, entity, recordId);
}

/** Where a received record came from, or null for a local one (synchronous data API). */
export function recordProvenance(conn: Connection, entity: string, recordId: string): Provenance | null {
  const row = first(
    conn,
    qb
      .selectFrom('record_origins')
      .select(['origin_owner', 'package_id', 'received_at'])
      .where('entity', '=', entity)
      .where('record_id', '=', recordId),
  );
  return row ? { originOwner: row.origin_owner, packageId: row.package_id, receivedAt: row.received_at } : null;
}
