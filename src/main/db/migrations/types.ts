import type { Database as Sqlite } from 'better-sqlite3';

/**
 * A forward-only schema step. Statements run in order inside the migration transaction; a data
 * migration that needs code (e.g. hashing) adds `run`, called after the statements in the same transaction.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
  readonly run?: (sqlite: Sqlite) => void;
};
