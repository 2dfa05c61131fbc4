import type { Database as Sqlite } from 'better-sqlite3';
import { statement } from './statements';

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

export function clearUndo(sqlite: Sqlite): void {
  statement(sqlite, 'DELETE FROM package_undo').run();
}

export function insertUndo(sqlite: Sqlite, entries: Iterable<UndoEntry>): void {
  const insert = statement(
    sqlite,
    `INSERT INTO package_undo (package_id, entity, record_id, row_before_json, origin_before_json, row_after_sha256)
     VALUES (@package_id, @entity, @record_id, @row_before_json, @origin_before_json, @row_after_sha256)`,
  );
  for (const entry of entries) insert.run(entry);
}

/** The package the undo rows belong to, or null when there is nothing to undo. */
export function undoPackageId(sqlite: Sqlite): string | null {
  const row = statement(sqlite, 'SELECT package_id FROM package_undo LIMIT 1').get() as { package_id: string } | undefined;
  return row?.package_id ?? null;
}

/** The undo rows, last written first (restored in reverse order of the import). */
export function listUndo(sqlite: Sqlite): UndoRow[] {
  return statement(sqlite, 'SELECT * FROM package_undo ORDER BY seq DESC').all() as UndoRow[];
}

export type OriginRow = { entity: string; record_id: string; origin_owner: string; package_id: string; received_at: string };

export function originOf(sqlite: Sqlite, entity: string, recordId: string): OriginRow | undefined {
  return statement(sqlite, 'SELECT * FROM record_origins WHERE entity = ? AND record_id = ?').get(entity, recordId) as OriginRow | undefined;
}

export function upsertOrigin(sqlite: Sqlite, row: OriginRow): void {
  statement(
    sqlite,
    `INSERT INTO record_origins (entity, record_id, origin_owner, package_id, received_at)
     VALUES (@entity, @record_id, @origin_owner, @package_id, @received_at)
     ON CONFLICT (entity, record_id) DO UPDATE SET
       origin_owner = excluded.origin_owner, package_id = excluded.package_id, received_at = excluded.received_at`,
  ).run(row);
}

export function deleteOrigin(sqlite: Sqlite, entity: string, recordId: string): void {
  statement(sqlite, 'DELETE FROM record_origins WHERE entity = ? AND record_id = ?').run(entity, recordId);
}
