import type { Migration } from './types';

const GENESIS = '0'.repeat(64);

/**
 * The audit log becomes append-only inside the database itself:
 * - UPDATE and DELETE on audit_log abort, so no code path of the app can rewrite history;
 * - a new entry must continue the chain (its prev_hash is the current head's hash);
 * - audit_chain_head holds the last entry's seq and hash, kept by a trigger in the same transaction
 *   as the insert, so removing the newest entries (truncation) is detected by verifyAuditChain.
 *   The head can only point at the real last entry and cannot be deleted.
 */
export const auditAppendOnly: Migration = {
  version: 5,
  name: 'audit-append-only',
  statements: [
    `CREATE TABLE audit_chain_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      seq INTEGER NOT NULL,
      hash TEXT NOT NULL CHECK (length(hash) = 64)) STRICT`,
    `INSERT INTO audit_chain_head (id, seq, hash)
      SELECT 1, seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`,
    `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    `CREATE TRIGGER audit_log_chain_link BEFORE INSERT ON audit_log
      WHEN NEW.prev_hash IS NOT COALESCE((SELECT hash FROM audit_chain_head WHERE id = 1), '${GENESIS}')
      BEGIN SELECT RAISE(ABORT, 'audit_log entry does not continue the hash chain'); END`,
    `CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log
      BEGIN
        INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, NEW.seq, NEW.hash)
          ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash;
      END`,
    ...['INSERT', 'UPDATE'].map(
      (event) => `CREATE TRIGGER audit_chain_head_${event.toLowerCase()} BEFORE ${event} ON audit_chain_head
      WHEN NEW.id IS NOT 1
        OR NEW.seq IS NOT (SELECT max(seq) FROM audit_log)
        OR NEW.hash IS NOT (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)
      BEGIN SELECT RAISE(ABORT, 'audit_chain_head only follows the newest audit_log entry'); END`,
    ),
    `CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
      BEGIN SELECT RAISE(ABORT, 'audit_chain_head cannot be deleted'); END`,
  ],
};
