import type { Database as Sqlite } from 'better-sqlite3';
import type { Selectable } from 'kysely';
import type { AuditSort, AuditSortColumn } from '@shared/contract/audit';
import type { AuditLogTable } from '../db/schema';
import { auditHash, GENESIS_HASH, payloadDigest } from './audit';

export type AuditChainReport = {
  ok: boolean;
  entries: number;
  /** Entries whose payload was blanked by a person erasure (valid: the chain keeps their digest). */
  erasedPayloads: number;
  /** The first entry that does not fit the chain (for truncation: the first missing seq); null when ok. */
  firstBrokenSeq: number | null;
  reason: string | null;
};

type AuditRow = Selectable<AuditLogTable>;

/** Whether an erasure exists and the entry concerns its subject (the person, their memberships, salaries or candidacies; a new candidate). */
type ErasureCheck = (row: AuditRow) => boolean;

type Head = { seq: number; hash: string };

function broken(entries: number, seq: number, reason: string, erasedPayloads = 0): AuditChainReport {
  return { ok: false, entries, erasedPayloads, firstBrokenSeq: seq, reason };
}

function erasureChecker(sqlite: Sqlite): ErasureCheck {
  const concerns = sqlite.prepare(
    `SELECT 1 FROM person_erasures e WHERE e.id = @erasure AND (
       (@entity = 'persons' AND @record = e.id)
       OR (@entity = 'memberships' AND EXISTS (SELECT 1 FROM memberships m WHERE m.id = @record AND m.person_id = e.id))
       OR (@entity = 'person_salaries' AND EXISTS (SELECT 1 FROM person_salaries s WHERE s.id = @record AND s.person_id = e.id))
       OR (@entity = 'nomination_candidates'
         AND EXISTS (SELECT 1 FROM nomination_candidates c WHERE c.id = @record AND (c.person_id = e.id OR c.id = e.id))))`,
  );
  return (row) => concerns.get({ erasure: row.erasure_id, entity: row.entity, record: row.record_id }) !== undefined;
}

function payloadProblem(row: AuditRow, erasedBy: ErasureCheck): string | null {
  if (row.erasure_id === null) {
    return payloadDigest(row.before_json, row.after_json) === row.payload_sha256
      ? null
      : `entry ${row.seq}'s payload was changed after it was written`;
  }
  if (row.before_json !== null || row.after_json !== null) return `entry ${row.seq} names an erasure but still has a payload`;
  return erasedBy(row) ? null : `entry ${row.seq}'s payload was removed without an erasure of its person`;
}

function checkRow(row: AuditRow, expectedSeq: number, previousHash: string, erasedBy: ErasureCheck): string | null {
  if (row.seq !== expectedSeq) {
    return row.seq > expectedSeq ? `entry ${expectedSeq} is missing (next is ${row.seq})` : `entry ${row.seq} is out of order`;
  }
  if (row.prev_hash !== previousHash) return `entry ${row.seq} does not link to the entry before it`;
  if (auditHash(row) !== row.hash) return `entry ${row.seq} was changed after it was written (hash mismatch)`;
  return payloadProblem(row, erasedBy);
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
  if (head.hash !== last.hash)
    return broken(entries, head.seq, `the newest entries were rewritten (entry ${head.seq} does not match the chain head)`);
  return null;
}

/**
 * Re-checks the whole audit log: contiguous seq from 1, every prev_hash links to the entry before,
 * every hash recomputes over the header and payload digest, every payload matches its digest unless
 * a person erasure blanked it (then the erasure must exist and concern the entry), and the last entry
 * is the recorded chain head. Any edited, inserted, reordered or deleted entry or payload (also the
 * newest ones) makes it fail. Read-only.
 */
export function verifyAuditChain(sqlite: Sqlite): AuditChainReport {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  const erasedBy = erasureChecker(sqlite);
  let entries = 0;
  let erasedPayloads = 0;
  let previous = GENESIS_HASH;
  let last: Head | null = null;
  for (const row of rows) {
    entries += 1;
    const problem = checkRow(row, entries, previous, erasedBy);
    if (problem) {
      rows.return?.();
      return broken(entries, Math.min(row.seq, entries), problem, erasedPayloads);
    }
    if (row.erasure_id !== null) erasedPayloads += 1;
    previous = row.hash;
    last = { seq: row.seq, hash: row.hash };
  }
  const headProblem = checkHead(readHead(sqlite), last, entries);
  return headProblem ?? { ok: true, entries, erasedPayloads, firstBrokenSeq: null, reason: null };
}

export type AuditListQuery = { offset: number; limit: number; entity: string | null; recordId: string | null; sort: AuditSort };
export type AuditListRow = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  recordId: string | null;
  hash: string;
};

/** The ORDER BY of each sort column; a fixed map, never text from the caller. seq (unique) ends each so pages never overlap. */
const AUDIT_ORDER: Record<AuditSortColumn, (dir: 'ASC' | 'DESC') => string> = {
  seq: (dir) => `seq ${dir}`,
  at: (dir) => `at ${dir}, seq ${dir}`,
  actor: (dir) => `actor COLLATE NOCASE ${dir}, seq DESC`,
  record: (dir) => `entity ${dir}, record_id ${dir}, seq DESC`,
};

/** One page of the audit log in the asked order (across all pages), without the before/after payloads. */
export function listAuditEntries(sqlite: Sqlite, query: AuditListQuery): { total: number; rows: AuditListRow[] } {
  const where = 'WHERE (@entity IS NULL OR entity = @entity) AND (@recordId IS NULL OR record_id = @recordId)';
  const params = { entity: query.entity, recordId: query.recordId };
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(params) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT seq, at, actor, action, entity, record_id AS recordId, hash FROM audit_log ${where}
       ORDER BY ${AUDIT_ORDER[query.sort.column](query.sort.direction === 'asc' ? 'ASC' : 'DESC')} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as AuditListRow[];
  return { total, rows };
}
