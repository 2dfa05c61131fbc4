import type { Database as Sqlite, Statement } from 'better-sqlite3';

const cache = new WeakMap<Sqlite, Map<string, Statement>>();

/** A prepared statement, compiled once per connection (the bulk paths run them per record). */
export function statement(sqlite: Sqlite, sql: string): Statement {
  let statements = cache.get(sqlite);
  if (!statements) {
    statements = new Map();
    cache.set(sqlite, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = sqlite.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
