import type { Database as Sqlite } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { DatabaseOpenError } from './errors';

export function schemaVersionOf(sqlite: Sqlite): number {
  return Number(sqlite.pragma('user_version', { simple: true }));
}

export function pendingMigrations(sqlite: Sqlite, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  const current = schemaVersionOf(sqlite);
  return migrations.filter((m) => m.version > current);
}

/**
 * Runs every pending migration and the `user_version` bump in one transaction: either the database
 * reaches the newest version or it stays exactly as it was. Foreign keys are checked before commit.
 */
export function runMigrations(sqlite: Sqlite, migrations: readonly Migration[] = MIGRATIONS): number {
  const pending = pendingMigrations(sqlite, migrations);
  if (pending.length === 0) return 0;
  const apply = sqlite.transaction(() => {
    for (const migration of pending) {
      for (const statement of migration.statements) sqlite.exec(statement);
      migration.run?.(sqlite);
      sqlite.pragma(`user_version = ${migration.version}`);
    }
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new Error(`foreign key violations after migration: ${violations.length}`);
  });
  try {
    apply();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError('MIGRATION_FAILED', `Database migration failed and was rolled back: ${reason}`);
  }
  return pending.length;
}
