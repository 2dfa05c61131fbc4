import type { Connection } from './data';

/**
 * Moves everything in the -wal file into the database file and truncates the -wal file to zero bytes:
 * at shutdown (a clean file for the next start and for a copy) and after an erasure (the erased content
 * must not stay behind in the -wal file; secure_delete zeroes the freed pages of the database file).
 */
export function truncateWal(conn: Connection): void {
  conn.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}
