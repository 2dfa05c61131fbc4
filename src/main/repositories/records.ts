import type { Kysely, Transaction } from 'kysely';
import { refusal } from '@shared/contract/errors';
import type { AuditEntryView, Provenance } from '@shared/contract/records';
import type { Database } from '../db/schema';
import { writeRefusal, type StampedRow } from '../domain/record-checks';
import { first, qb, type Connection } from '../db/data';
import { historyOf } from './history';
import { getSetting, readSetting, SETTING_KEYS } from './settings';

type Executor = Kysely<Database> | Transaction<Database>;

/** The region or healthcare region this installation works for; writes need it. */
export async function requireOwnerCode(db: Executor): Promise<string> {
  const code = await getSetting(db, SETTING_KEYS.ownerCode);
  if (!code) throw refusal('NOT_INITIALISED', 'installation.notChosen');
  return code;
}

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

export async function auditHistory(db: Executor, entity: string, recordId: string): Promise<AuditEntryView[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor', 'action', 'before_json', 'after_json'])
    .where('entity', '=', entity)
    .where('record_id', '=', recordId)
    .orderBy('seq', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity,
    recordId,
    before: r.before_json,
    after: r.after_json,
    names: {},
  }));
}

export async function provenanceOf(db: Executor, entity: string, recordId: string): Promise<Provenance | null> {
  const row = await db
    .selectFrom('record_origins')
    .select(['origin_owner', 'package_id', 'received_at'])
    .where('entity', '=', entity)
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  return row ? { originOwner: row.origin_owner, packageId: row.package_id, receivedAt: row.received_at } : null;
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
