/**
 * One remembered result per database connection for a read path that is expensive at national scale
 * (issue #8), valid only while the database is unchanged and for the same question.
 *
 * "Unchanged" is SQLite's own bookkeeping, read at every call: `PRAGMA data_version` changes when any
 * other connection (a worker job, another process) commits, and `total_changes()` counts every row this
 * connection has inserted, updated or deleted (triggers included) since it opened. A restore reopens the
 * file on a new connection, which starts with nothing remembered. The token is read before the result is
 * computed, so a write during the computation only makes the next call compute again.
 */
import type { Database as Sqlite } from 'better-sqlite3';

type Entry<T> = { key: string; token: string; value: T };

/** A value that differs after any write to the database through any connection. */
export function changeToken(sqlite: Sqlite): string {
  const version = sqlite.pragma('data_version', { simple: true });
  const own = sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${String(version)}:${own.n}`;
}

export class ReadCache<T> {
  private readonly entries = new WeakMap<Sqlite, Entry<T>>();

  /** The remembered value for `key` if nothing was written since, else `compute()` (then remembered). */
  async get(sqlite: Sqlite, key: string, compute: () => Promise<T>): Promise<T> {
    const token = changeToken(sqlite);
    const hit = this.entries.get(sqlite);
    if (hit && hit.key === key && hit.token === token) return hit.value;
    const value = await compute();
    this.entries.set(sqlite, { key, token, value });
    return value;
  }
}
