import type { Statement } from 'better-sqlite3';
import type { Connection } from '../../db/data';

/** A prepared statement, compiled once per connection and kept on it (the bulk paths run them per record). */
export function statement(conn: Connection, sql: string): Statement {
  return conn.prepare(sql);
}

/** Rows per multi-row INSERT of the bulk writes (well under SQLite's limit of bound values). */
const ROWS_PER_INSERT = 100;

/**
 * Runs `sql` (an INSERT whose VALUES list is `(?, …)` repeated) over many rows, ROWS_PER_INSERT rows a
 * statement, `push` adding one item's `width` values to the parameters: on a national package this
 * costs about two thirds of one statement call per row.
 */
export function insertRows<T>(
  conn: Connection,
  sql: (valuesList: string) => string,
  width: number,
  items: readonly T[],
  push: (into: unknown[], item: T) => void,
): void {
  const tuple = `(${new Array<string>(width).fill('?').join(', ')})`;
  const prepared = (rows: number) => statement(conn, sql(new Array<string>(rows).fill(tuple).join(', ')));
  const params: unknown[] = [];
  for (let at = 0; at < items.length; at += ROWS_PER_INSERT) {
    const end = Math.min(at + ROWS_PER_INSERT, items.length);
    params.length = 0;
    for (let i = at; i < end; i++) push(params, items[i]!);
    prepared(end - at).run(params);
  }
}
