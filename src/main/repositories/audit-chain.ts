import type { Database as Sqlite } from 'better-sqlite3';
import { auditHash, GENESIS_HASH } from './audit';

export type AuditChainReport = {
  ok: boolean;
  entries: number;
  /** The first entry that does not fit the chain (for truncation: the first missing seq); null when ok. */
  firstBrokenSeq: number | null;
  reason: string | null;
};

type AuditRow = {
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

type Head = { seq: number; hash: string };

function broken(entries: number, seq: number, reason: string): AuditChainReport {
  return { ok: false, entries, firstBrokenSeq: seq, reason };
}

function checkRow(row: AuditRow, expectedSeq: number, previousHash: string): string | null {
  if (row.seq !== expectedSeq) {
    return row.seq > expectedSeq ? `entry ${expectedSeq} is missing (next is ${row.seq})` : `entry ${row.seq} is out of order`;
  }
  if (row.prev_hash !== previousHash) return `entry ${row.seq} does not link to the entry before it`;
  if (auditHash(row) !== row.hash) return `entry ${row.seq} was changed after it was written (hash mismatch)`;
  return null;
}

function readHead(sqlite: Sqlite): Head | null {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_chain_head'").get();
  if (!exists) return null;
  return (sqlite.prepare('SELECT seq, hash FROM audit_chain_head WHERE id = 1').get() as Head | undefined) ?? null;
}

function checkHead(head: Head | null, last: Head | null, entries: number): AuditChainReport | null {
  if (head === null && last === null) return null;
  if (head === null) return broken(entries, 1, 'the chain head record is missing');
  if (last === null || head.seq > last.seq) {
    return broken(entries, (last?.seq ?? 0) + 1, `entries after ${last?.seq ?? 0} were removed (the chain head is at ${head.seq})`);
  }
  if (head.seq < last.seq) {
    return broken(entries, head.seq + 1, `entries after ${head.seq} were added outside the app (the chain head is at ${head.seq})`);
  }
  if (head.hash !== last.hash) return broken(entries, head.seq, `the newest entries were rewritten (entry ${head.seq} does not match the chain head)`);
  return null;
}

/**
 * Re-checks the whole audit log: contiguous seq from 1, every prev_hash links to the entry before,
 * every hash recomputes, and the last entry is the recorded chain head. Any edited, inserted,
 * reordered or deleted entry (also the newest ones) makes it fail. Read-only.
 */
export function verifyAuditChain(sqlite: Sqlite): AuditChainReport {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  let entries = 0;
  let previous = GENESIS_HASH;
  let last: Head | null = null;
  for (const row of rows) {
    entries += 1;
    const problem = checkRow(row, entries, previous);
    if (problem) {
      rows.return?.();
      return broken(entries, Math.min(row.seq, entries), problem);
    }
    previous = row.hash;
    last = { seq: row.seq, hash: row.hash };
  }
  const headProblem = checkHead(readHead(sqlite), last, entries);
  return headProblem ?? { ok: true, entries, firstBrokenSeq: null, reason: null };
}

export type AuditListQuery = { offset: number; limit: number; entity: string | null; recordId: string | null };
export type AuditListRow = { seq: number; at: string; actor: string; action: string; entity: string; recordId: string | null; hash: string };

/** One page of the audit log, newest first, without the before/after payloads. */
export function listAuditEntries(sqlite: Sqlite, query: AuditListQuery): { total: number; rows: AuditListRow[] } {
  const where = 'WHERE (@entity IS NULL OR entity = @entity) AND (@recordId IS NULL OR record_id = @recordId)';
  const params = { entity: query.entity, recordId: query.recordId };
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT seq, at, actor, action, entity, record_id AS recordId, hash FROM audit_log ${where}
       ORDER BY seq DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as AuditListRow[];
  return { total, rows };
}
