import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntry = {
  action: string;
  entity: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
};

type ChainFields = {
  prev_hash: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  record_id: string | null;
  before_json: string | null;
  after_json: string | null;
};

/** The hash of one entry covers its content and the previous entry's hash, so edits break the chain. */
export function auditHash(fields: ChainFields): string {
  const canonical = JSON.stringify([
    fields.prev_hash,
    fields.at,
    fields.actor,
    fields.action,
    fields.entity,
    fields.record_id,
    fields.before_json,
    fields.after_json,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Appends one entry to the hash-chained audit log, inside the caller's transaction. */
export async function appendAudit(
  trx: Transaction<Database>,
  entry: AuditEntry,
  actor: string,
  nowIso: string,
): Promise<void> {
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const fields: ChainFields = {
    prev_hash: last?.hash ?? GENESIS_HASH,
    at: nowIso,
    actor,
    action: entry.action,
    entity: entry.entity,
    record_id: entry.recordId,
    before_json: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
  };
  await trx
    .insertInto('audit_log')
    .values({ ...fields, hash: auditHash(fields) })
    .execute();
}
