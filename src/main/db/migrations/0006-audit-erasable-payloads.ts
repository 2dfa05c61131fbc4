import { createHash } from 'node:crypto';
import type { Database as Sqlite } from 'better-sqlite3';
import type { Migration } from './types';

type LegacyRow = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  record_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
};

/** FROZEN copies of the audit chain as it was when this migration landed (never import live code here). */
const GENESIS_HASH = '0'.repeat(64);

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The digest of an entry's before/after payload (frozen). */
function payloadDigest(beforeJson: string | null, afterJson: string | null): string {
  return sha256(JSON.stringify([beforeJson, afterJson]));
}

type ChainFields = {
  prev_hash: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  record_id: string | null;
  payload_sha256: string;
};

/** The chain hash over the header and the payload digest (frozen). */
function auditHash(fields: ChainFields): string {
  return sha256(
    JSON.stringify([fields.prev_hash, fields.at, fields.actor, fields.action, fields.entity, fields.record_id, fields.payload_sha256]),
  );
}

/** The chain hash as migrations 0001–0005 wrote it: over the full payload (frozen here). */
function legacyHash(row: LegacyRow): string {
  const canonical = JSON.stringify([
    row.prev_hash,
    row.at,
    row.actor,
    row.action,
    row.entity,
    row.record_id,
    row.before_json,
    row.after_json,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

function legacyProblem(row: LegacyRow, expectedSeq: number, previous: string): string | null {
  if (row.seq !== expectedSeq) return `entry ${expectedSeq} is missing or out of order`;
  if (row.prev_hash !== previous) return `entry ${row.seq} does not link to the entry before it`;
  if (legacyHash(row) !== row.hash) return `entry ${row.seq} was changed after it was written`;
  return null;
}

/**
 * Checks the old chain, then re-chains every entry over its payload digest. A log that was already
 * broken is not re-chained (that would hide the tampering): the migration fails and nothing changes.
 */
function rechain(sqlite: Sqlite): void {
  const rows = sqlite
    .prepare('SELECT seq, at, actor, action, entity, record_id, before_json, after_json, prev_hash, hash FROM audit_log ORDER BY seq')
    .all() as LegacyRow[];
  const head = sqlite.prepare('SELECT seq, hash FROM audit_chain_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  const update = sqlite.prepare(
    'UPDATE audit_log SET payload_sha256 = @payload_sha256, prev_hash = @prev_hash, hash = @hash WHERE seq = @seq',
  );
  let oldPrevious = GENESIS_HASH;
  let newPrevious = GENESIS_HASH;
  rows.forEach((row, index) => {
    const problem = legacyProblem(row, index + 1, oldPrevious);
    if (problem !== null) throw new Error(`the audit log is broken (${problem}); restore a backup before updating`);
    oldPrevious = row.hash;
    const fields = { ...row, prev_hash: newPrevious, payload_sha256: payloadDigest(row.before_json, row.after_json) };
    newPrevious = auditHash(fields);
    update.run({ seq: row.seq, payload_sha256: fields.payload_sha256, prev_hash: fields.prev_hash, hash: newPrevious });
  });
  const last = rows.at(-1);
  if (head && (!last || head.seq !== last.seq || head.hash !== last.hash))
    throw new Error('the audit log does not end at its recorded head; restore a backup before updating');
  if (last) sqlite.prepare('UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1').run(last.seq, newPrevious);
}

/**
 * Personal-data erasure without losing tamper evidence (docs/security.md, "Personal data"):
 * - every audit entry's hash now covers `payload_sha256` (sha256 of its before/after JSON) instead of
 *   the payload, so a payload can be blanked while the chain still checks the entry and its digest;
 * - audit_log stays append-only, except one narrow UPDATE: blanking the payload of an entry and naming
 *   the erasure (`erasure_id`, an existing person_erasures row) — nothing else may change.
 * Existing entries are verified with the old formula and re-chained (data migration).
 */
export const auditErasablePayloads: Migration = {
  version: 6,
  name: 'audit-erasable-payloads',
  statements: [
    'DROP TRIGGER IF EXISTS audit_log_no_update',
    `ALTER TABLE audit_log ADD COLUMN payload_sha256 TEXT NOT NULL DEFAULT ''`,
    'ALTER TABLE audit_log ADD COLUMN erasure_id TEXT',
  ],
  run(sqlite) {
    rechain(sqlite);
    sqlite.exec(`CREATE TRIGGER audit_log_erase_only BEFORE UPDATE ON audit_log
      WHEN NOT (OLD.erasure_id IS NULL AND NEW.erasure_id IS NOT NULL
        AND NEW.before_json IS NULL AND NEW.after_json IS NULL
        AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action
        AND NEW.entity IS OLD.entity AND NEW.record_id IS OLD.record_id AND NEW.payload_sha256 IS OLD.payload_sha256
        AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash
        AND EXISTS (SELECT 1 FROM person_erasures WHERE id = NEW.erasure_id))
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only; only a person erasure may blank a payload'); END`);
  },
};
