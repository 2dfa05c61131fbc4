import type { Database as Sqlite } from 'better-sqlite3';

/** Empties the change log (at open: no mirror of this connection needs it yet, and others reload on a gap). */
export function pruneChangeLog(sqlite: Sqlite): void {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'").get();
  if (exists && sqlite.prepare('SELECT 1 FROM change_log LIMIT 1').get()) sqlite.prepare('DELETE FROM change_log').run();
}
