import type { Database as Sqlite } from 'better-sqlite3';
import { connectionOf, type Connection } from '../../db/data';
import { auditRow, GENESIS_HASH, type AuditEntry } from '../audit';
import { noteAuditEntry } from '../undo-journal';

/**
 * Appends to the hash-chained audit log from inside a synchronous transaction of the data API (the
 * bulk package paths), with exactly the chain rules of appendAudit. The previous hash is read once.
 */
export type AuditWriter = { append(entry: AuditEntry): void };

/** Takes the raw handle too until services/privacy is on the data API. */
export function createAuditWriter(handle: Connection | Sqlite, actor: string, nowIso: string): AuditWriter {
  const conn = connectionOf(handle);
  const last = conn.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  let previous = last?.hash ?? GENESIS_HASH;
  // Bound by position: one entry per imported record, and named parameters cost a lookup each.
  const insert = conn.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, record_id, before_json, after_json, payload_sha256, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    append(entry) {
      const r = auditRow(entry, actor, nowIso, previous);
      const inserted = insert.run(
        r.at,
        r.actor,
        r.action,
        r.entity,
        r.record_id,
        r.before_json,
        r.after_json,
        r.payload_sha256,
        r.prev_hash,
        r.hash,
      );
      noteAuditEntry(conn, Number(inserted.lastInsertRowid));
      previous = r.hash;
    },
  };
}
