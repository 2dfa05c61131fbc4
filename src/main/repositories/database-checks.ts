/** SQLite's own checks of the open database (read-only). */
import type { Database as Sqlite } from 'better-sqlite3';
import type { Connection } from '../db/data';

/** What `PRAGMA integrity_check` says, its lines joined ("ok" when sound). */
export function integrityCheck(conn: Connection): string {
  const rows = conn.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

/** How many rows `PRAGMA foreign_key_check` reports. */
export function foreignKeyViolationCount(conn: Connection): number {
  return (conn.sqlite.pragma('foreign_key_check') as unknown[]).length;
}

/** Whether a database file opened for a look (not yet a Connection) passes `PRAGMA quick_check`; false when it cannot be read. */
export function quickCheckPasses(sqlite: Sqlite): boolean {
  try {
    return sqlite.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  }
}
