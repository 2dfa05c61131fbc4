import type { Connection } from '../../db/data';
import { insertRows, statement } from './statements';

/** Before-images of the rows the most recent import touched (package_undo). */

export type UndoRow = {
  seq: number;
  package_id: string;
  entity: string;
  record_id: string;
  row_before_json: string | null;
  origin_before_json: string | null;
  row_after_sha256: string;
};

export type UndoEntry = Omit<UndoRow, 'seq'>;

export function clearUndo(conn: Connection): void {
  statement(conn, 'DELETE FROM package_undo').run();
}

/** Inserts the undo rows, many a statement, in order (seq keeps it). */
export function insertUndo(conn: Connection, entries: Iterable<UndoEntry>): void {
  const sql = (values: string) =>
    `INSERT INTO package_undo (package_id, entity, record_id, row_before_json, origin_before_json, row_after_sha256) VALUES ${values}`;
  insertRows(conn, sql, 6, [...entries], (into, e) =>
    into.push(e.package_id, e.entity, e.record_id, e.row_before_json, e.origin_before_json, e.row_after_sha256),
  );
}

/** The package the undo rows belong to, or null when there is nothing to undo. */
export function undoPackageId(conn: Connection): string | null {
  const row = statement(conn, 'SELECT package_id FROM package_undo LIMIT 1').get() as { package_id: string } | undefined;
  return row?.package_id ?? null;
}

/** The undo rows, last written first (restored in reverse order of the import). */
export function listUndo(conn: Connection): UndoRow[] {
  return statement(conn, 'SELECT * FROM package_undo ORDER BY seq DESC').all() as UndoRow[];
}

export type OriginRow = { entity: string; record_id: string; origin_owner: string; package_id: string; received_at: string };

export function originOf(conn: Connection, entity: string, recordId: string): OriginRow | undefined {
  return statement(conn, 'SELECT * FROM record_origins WHERE entity = ? AND record_id = ?').get(entity, recordId) as OriginRow | undefined;
}

export function upsertOrigin(conn: Connection, row: OriginRow): void {
  statement(
    conn,
    `INSERT INTO record_origins (entity, record_id, origin_owner, package_id, received_at)
     VALUES (@entity, @record_id, @origin_owner, @package_id, @received_at)
     ON CONFLICT (entity, record_id) DO UPDATE SET
       origin_owner = excluded.origin_owner, package_id = excluded.package_id, received_at = excluded.received_at`,
  ).run(row);
}

/** The provenance rows of the given records of one entity, by record id (one statement). */
export function originsOf(conn: Connection, entity: string, recordIds: readonly string[]): Map<string, OriginRow> {
  const rows = statement(conn, 'SELECT * FROM record_origins WHERE entity = ? AND record_id IN (SELECT value FROM json_each(?))').all(
    entity,
    JSON.stringify(recordIds),
  ) as OriginRow[];
  return new Map(rows.map((row) => [row.record_id, row]));
}

/** Sets the same provenance on many records of one entity in one statement (an import's records). */
export function upsertOrigins(
  conn: Connection,
  entity: string,
  recordIds: readonly string[],
  origin: Omit<OriginRow, 'entity' | 'record_id'>,
): void {
  statement(
    conn,
    `INSERT INTO record_origins (entity, record_id, origin_owner, package_id, received_at)
     SELECT @entity, value, @origin_owner, @package_id, @received_at FROM json_each(@ids) WHERE true
     ON CONFLICT (entity, record_id) DO UPDATE SET
       origin_owner = excluded.origin_owner, package_id = excluded.package_id, received_at = excluded.received_at`,
  ).run({ entity, ids: JSON.stringify(recordIds), ...origin });
}

export function deleteOrigin(conn: Connection, entity: string, recordId: string): void {
  statement(conn, 'DELETE FROM record_origins WHERE entity = ? AND record_id = ?').run(entity, recordId);
}
