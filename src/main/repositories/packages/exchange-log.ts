import type { Database as Sqlite } from 'better-sqlite3';
import { insertRows, statement } from './statements';
import type { PackageStatus } from '@shared/contract/packages';

/** package_log, package_sent_records and package_recipients (synchronous: used inside the bulk transactions). */

export type PackageLogEntry = {
  id: string;
  package_id: string;
  direction: 'IN' | 'OUT';
  at: string;
  origin_owner: string;
  recipient: string | null;
  scope: string;
  sequence: number;
  sha256: string;
  counts_json: string;
  status: PackageStatus;
};

export function insertPackageLog(sqlite: Sqlite, entry: PackageLogEntry): void {
  statement(
    sqlite,
    `INSERT INTO package_log (id, package_id, direction, at, origin_owner, recipient, scope, sequence, sha256, counts_json, status)
     VALUES (@id, @package_id, @direction, @at, @origin_owner, @recipient, @scope, @sequence, @sha256, @counts_json, @status)`,
  ).run(entry);
}

export function setPackageStatus(sqlite: Sqlite, logId: string, status: PackageStatus): void {
  statement(sqlite, 'UPDATE package_log SET status = ? WHERE id = ?').run(status, logId);
}

/** Earlier imports of a package id, newest first. */
export function importsOf(sqlite: Sqlite, packageId: string): PackageLogEntry[] {
  return statement(sqlite, "SELECT * FROM package_log WHERE package_id = ? AND direction = 'IN' ORDER BY rowid DESC")
    .all(packageId) as PackageLogEntry[];
}

/** The highest sequence logged for an origin in one direction (0 when none). */
export function highestSequence(sqlite: Sqlite, direction: 'IN' | 'OUT', originOwner: string): number {
  const row = statement(sqlite, 'SELECT MAX(sequence) AS s FROM package_log WHERE direction = ? AND origin_owner = ?')
    .get(direction, originOwner) as { s: number | null };
  return row.s ?? 0;
}

export function listPackageLog(sqlite: Sqlite, limit: number): PackageLogEntry[] {
  return statement(sqlite, 'SELECT * FROM package_log ORDER BY rowid DESC LIMIT ?').all(limit) as PackageLogEntry[];
}

export type SentStamp = { version: number; hash: string };

/** What was last sent to a recipient in a scope: `${entity}/${id}` → version and content hash. */
export function sentStamps(sqlite: Sqlite, recipient: string, scope: string): Map<string, SentStamp> {
  const rows = statement(sqlite, 'SELECT entity, record_id, version, content_sha256 FROM package_sent_records WHERE recipient = ? AND scope = ?')
    .all(recipient, scope) as { entity: string; record_id: string; version: number; content_sha256: string }[];
  return new Map(rows.map((r) => [`${r.entity}/${r.record_id}`, { version: r.version, hash: r.content_sha256 }]));
}

export type SentRecord = { entity: string; recordId: string; version: number; hash: string };

export function recordSent(sqlite: Sqlite, recipient: string, scope: string, packageId: string, records: readonly SentRecord[]): void {
  const sql = (values: string) => `INSERT INTO package_sent_records (recipient, scope, entity, record_id, version, content_sha256, package_id)
     VALUES ${values}
     ON CONFLICT (recipient, scope, entity, record_id) DO UPDATE SET
       version = excluded.version, content_sha256 = excluded.content_sha256, package_id = excluded.package_id`;
  insertRows(sqlite, sql, 7, records, (into, r) => into.push(recipient, scope, r.entity, r.recordId, r.version, r.hash, packageId));
}

export function insertRecipients(sqlite: Sqlite, packageId: string, recipient: string, personIds: Iterable<string>, at: string): void {
  const sql = (values: string) => `INSERT OR IGNORE INTO package_recipients (package_id, recipient, person_id, sent_at) VALUES ${values}`;
  insertRows(sqlite, sql, 4, [...personIds], (into, personId) => into.push(packageId, recipient, personId, at));
}

export type RecipientRow = {
  person_id: string;
  person_name: string | null;
  recipient: string;
  package_count: number;
  first_sent_at: string;
  last_sent_at: string;
};

export function listRecipients(sqlite: Sqlite, personId: string | null): RecipientRow[] {
  return statement(
    sqlite,
    `SELECT r.person_id, p.name AS person_name, r.recipient, COUNT(*) AS package_count,
            MIN(r.sent_at) AS first_sent_at, MAX(r.sent_at) AS last_sent_at
     FROM package_recipients r LEFT JOIN persons p ON p.id = r.person_id
     WHERE (@personId IS NULL OR r.person_id = @personId)
     GROUP BY r.person_id, r.recipient
     ORDER BY p.name COLLATE NOCASE, r.person_id, r.recipient`,
  ).all({ personId }) as RecipientRow[];
}
