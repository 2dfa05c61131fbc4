/** SQLite's own checks of the open database (read-only). */
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
