import type { Database as Sqlite } from 'better-sqlite3';

/** More entries than this after the oldest saved answer: no saved answer would catch up through them (read-model/grid-seeds.ts). */
const KEEP_AT_MOST = 20_000;

const hasTable = (sqlite: Sqlite, name: string) =>
  sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name);

/**
 * Prunes the change log at open: no mirror of this connection needs it yet, and others reload on a gap.
 * Kept are the entries after the oldest answer saved at a shutdown (migration 0013), so that answer can
 * catch up with what changed since (a CLI edit, a package, another user) instead of a full read — unless
 * they are more than a catch-up would take.
 */
export function pruneChangeLog(sqlite: Sqlite): void {
  if (!hasTable(sqlite, 'change_log') || !sqlite.prepare('SELECT 1 FROM change_log LIMIT 1').get()) return;
  const oldest = hasTable(sqlite, 'saved_answers')
    ? (sqlite.prepare('SELECT min(sequence) FROM saved_answers').pluck().get() as number | null)
    : null;
  const kept = oldest === null ? 0 : (sqlite.prepare('SELECT count(*) FROM change_log WHERE seq > ?').pluck().get(oldest) as number);
  if (oldest === null || kept > KEEP_AT_MOST) sqlite.prepare('DELETE FROM change_log').run();
  else sqlite.prepare('DELETE FROM change_log WHERE seq <= ?').run(oldest);
}
