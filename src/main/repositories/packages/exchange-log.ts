import type { Connection } from '../../db/data';
import { insertRows, statement } from './statements';
import type { PackageStatus } from '@shared/contract/packages';

/** package_log, package_sent_sets and package_recipients (synchronous: used inside the bulk transactions). */

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

export function insertPackageLog(conn: Connection, entry: PackageLogEntry): void {
  statement(
    conn,
    `INSERT INTO package_log (id, package_id, direction, at, origin_owner, recipient, scope, sequence, sha256, counts_json, status)
     VALUES (@id, @package_id, @direction, @at, @origin_owner, @recipient, @scope, @sequence, @sha256, @counts_json, @status)`,
  ).run(entry);
}

export function setPackageStatus(conn: Connection, logId: string, status: PackageStatus): void {
  statement(conn, 'UPDATE package_log SET status = ? WHERE id = ?').run(status, logId);
}

/** Earlier imports of a package id, newest first. */
export function importsOf(conn: Connection, packageId: string): PackageLogEntry[] {
  return statement(conn, "SELECT * FROM package_log WHERE package_id = ? AND direction = 'IN' ORDER BY rowid DESC").all(
    packageId,
  ) as PackageLogEntry[];
}

/** The highest sequence logged for an origin in one direction (0 when none). */
export function highestSequence(conn: Connection, direction: 'IN' | 'OUT', originOwner: string): number {
  const row = statement(conn, 'SELECT MAX(sequence) AS s FROM package_log WHERE direction = ? AND origin_owner = ?').get(
    direction,
    originOwner,
  ) as { s: number | null };
  return row.s ?? 0;
}

export function listPackageLog(conn: Connection, limit: number): PackageLogEntry[] {
  return statement(conn, 'SELECT * FROM package_log ORDER BY rowid DESC LIMIT ?').all(limit) as PackageLogEntry[];
}

export type SentStamp = { version: number; hash: string };

/** A set as stored (migration 0010): keys `${entity}/${id}` and versions as JSON arrays, 64-hex content hashes one after another. */
type StoredSet = { record_keys: string; versions: string; hashes: string };

const HASH_LENGTH = 64;

function storedSet(conn: Connection, recipient: string, scope: string): StoredSet | undefined {
  return statement(conn, 'SELECT record_keys, versions, hashes FROM package_sent_sets WHERE recipient = ? AND scope = ?').get(
    recipient,
    scope,
  ) as StoredSet | undefined;
}

const hashAt = (hashes: string, index: number) => hashes.slice(index * HASH_LENGTH, (index + 1) * HASH_LENGTH);

/** What was last sent to a recipient in a scope: `${entity}/${id}` → version and content hash. */
export function sentStamps(conn: Connection, recipient: string, scope: string): Map<string, SentStamp> {
  const set = storedSet(conn, recipient, scope);
  const stamps = new Map<string, SentStamp>();
  if (!set) return stamps;
  const versions = JSON.parse(set.versions) as number[];
  (JSON.parse(set.record_keys) as string[]).forEach((key, i) => stamps.set(key, { version: versions[i]!, hash: hashAt(set.hashes, i) }));
  return stamps;
}

/** The stamps of the records a package carries, column-wise in payload order: `${entity}/${id}`, version, content hash. */
export type SentSet = { readonly keys: readonly string[]; readonly versions: readonly number[]; readonly hashes: readonly string[] };

/**
 * Stamps the records a package carries in the recipient's set for the scope, one row written: the
 * records' new stamps, then the earlier stamps of records this package did not carry (kept as they were).
 * When the package carries exactly the keys of the earlier set (a repeated full export), nothing is kept.
 */
export function recordSent(conn: Connection, recipient: string, scope: string, packageId: string, sent: SentSet): void {
  let keysText = JSON.stringify(sent.keys);
  let { keys, versions, hashes } = sent;
  const earlier = storedSet(conn, recipient, scope);
  if (earlier && earlier.record_keys !== keysText) {
    const carried = new Set(keys);
    const earlierKeys = JSON.parse(earlier.record_keys) as string[];
    const earlierVersions = JSON.parse(earlier.versions) as number[];
    const kept = earlierKeys.flatMap((key, i) => (carried.has(key) ? [] : [i]));
    keys = [...keys, ...kept.map((i) => earlierKeys[i]!)];
    versions = [...versions, ...kept.map((i) => earlierVersions[i]!)];
    hashes = [...hashes, ...kept.map((i) => hashAt(earlier.hashes, i))];
    keysText = JSON.stringify(keys);
  }
  statement(
    conn,
    `INSERT INTO package_sent_sets (recipient, scope, record_keys, versions, hashes, package_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (recipient, scope) DO UPDATE SET
       record_keys = excluded.record_keys, versions = excluded.versions, hashes = excluded.hashes, package_id = excluded.package_id`,
  ).run(recipient, scope, keysText, JSON.stringify(versions), hashes.join(''), packageId);
}

export function insertRecipients(conn: Connection, packageId: string, recipient: string, personIds: Iterable<string>, at: string): void {
  const sql = (values: string) => `INSERT OR IGNORE INTO package_recipients (package_id, recipient, person_id, sent_at) VALUES ${values}`;
  insertRows(conn, sql, 4, [...personIds], (into, personId) => into.push(packageId, recipient, personId, at));
}

/** person_id: a person's id, or a new candidate's (nominations: not in the register yet), whose name is then the candidate's. */
export type RecipientRow = {
  person_id: string;
  person_name: string | null;
  recipient: string;
  package_count: number;
  first_sent_at: string;
  last_sent_at: string;
};

export function listRecipients(conn: Connection, personId: string | null): RecipientRow[] {
  return statement(
    conn,
    `SELECT r.person_id, COALESCE(p.name, c.new_name) AS person_name, r.recipient, COUNT(*) AS package_count,
            MIN(r.sent_at) AS first_sent_at, MAX(r.sent_at) AS last_sent_at
     FROM package_recipients r LEFT JOIN persons p ON p.id = r.person_id LEFT JOIN nomination_candidates c ON c.id = r.person_id
     WHERE (@personId IS NULL OR r.person_id = @personId)
     GROUP BY r.person_id, r.recipient
     ORDER BY COALESCE(p.name, c.new_name) COLLATE NOCASE, r.person_id, r.recipient`,
  ).all({ personId }) as RecipientRow[];
}

/** The recipients that got a package of a scope before (`*` for one to no one in particular), sorted. */
export function sentRecipients(conn: Connection, scope: string): string[] {
  return (
    statement(conn, 'SELECT recipient FROM package_sent_sets WHERE scope = ? ORDER BY recipient').all(scope) as { recipient: string }[]
  ).map((r) => r.recipient);
}

/** When the last package went out (ISO time), or null when none did. */
export function lastSentAt(conn: Connection): string | null {
  const row = statement(conn, "SELECT MAX(at) AS at FROM package_log WHERE direction = 'OUT'").get() as { at: string | null };
  return row.at;
}
