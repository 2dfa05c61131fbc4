import { hash } from 'node:crypto';
import { first, qb, run, type Connection } from '../db/data';
import { noteAuditEntry } from './undo-journal';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntry = {
  action: string;
  entity: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
};

/** What the chain hash covers: the entry's header and the digest of its payload (never the payload itself). */
export type ChainFields = {
  prev_hash: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  record_id: string | null;
  payload_sha256: string;
};

/** A new audit_log row: chain fields, the payload (erasable by a person erasure) and the entry's hash. */
export type AuditRowValues = ChainFields & { before_json: string | null; after_json: string | null; hash: string };

/** One-shot hashing (no Hash object per call): bulk imports write one entry per record. */
function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The digest of an entry's before/after payload; it stays in the chain when the payload is erased. */
export function payloadDigest(beforeJson: string | null, afterJson: string | null): string {
  return sha256(JSON.stringify([beforeJson, afterJson]));
}

/** The hash of one entry covers its header, its payload digest and the previous entry's hash, so edits break the chain. */
export function auditHash(fields: ChainFields): string {
  return sha256(
    JSON.stringify([fields.prev_hash, fields.at, fields.actor, fields.action, fields.entity, fields.record_id, fields.payload_sha256]),
  );
}

function payloadJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** The row to insert for one entry after the entry whose hash is `prevHash`. */
export function auditRow(entry: AuditEntry, actor: string, nowIso: string, prevHash: string): AuditRowValues {
  const before_json = payloadJson(entry.before);
  const after_json = payloadJson(entry.after);
  const fields: ChainFields = {
    prev_hash: prevHash,
    at: nowIso,
    actor,
    action: entry.action,
    entity: entry.entity,
    record_id: entry.recordId,
    payload_sha256: payloadDigest(before_json, after_json),
  };
  return { ...fields, before_json, after_json, hash: auditHash(fields) };
}

/** Appends one entry to the hash-chained audit log on the synchronous data API, inside the caller's transaction. */
export function appendAuditEntry(conn: Connection, entry: AuditEntry, actor: string, nowIso: string): void {
  const last = first(conn, qb.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1));
  const inserted = run(conn, qb.insertInto('audit_log').values(auditRow(entry, actor, nowIso, last?.hash ?? GENESIS_HASH)));
  noteAuditEntry(conn, Number(inserted.lastInsertRowid));
}
