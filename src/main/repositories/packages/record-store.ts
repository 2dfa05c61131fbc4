import type { Database as Sqlite, Statement } from 'better-sqlite3';
import type { PackageRecordType } from '@shared/contract/packages';
import { TYPES_WITH_EXAMPLE_FLAG } from '../../domain/packages/record-schemas';
import { fieldColumns, type DbRow } from '../../domain/packages/wire';

/**
 * Prepared statements over the travelling tables for the bulk paths of package export and import,
 * which run in one synchronous better-sqlite3 transaction. Table names come only from
 * PACKAGE_RECORD_TYPES and column names only from the record schemas.
 */
export class RecordStore {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly sqlite: Sqlite) {}

  private prepared(key: string, sql: () => string): Statement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.sqlite.prepare(sql());
      this.statements.set(key, statement);
    }
    return statement;
  }

  private columns(type: PackageRecordType): string[] {
    return fieldColumns(type).map(([, column]) => column);
  }

  /** The whole row (local columns included), or undefined. */
  get(type: PackageRecordType, id: string): DbRow | undefined {
    return this.prepared(`get:${type}`, () => `SELECT * FROM "${type}" WHERE id = ?`).get(id) as DbRow | undefined;
  }

  exists(type: PackageRecordType, id: string): boolean {
    return this.prepared(`exists:${type}`, () => `SELECT 1 FROM "${type}" WHERE id = ?`).get(id) !== undefined;
  }

  /** Inserts or overwrites the travelling columns; a new row gets is_example = 0 by default. */
  upsert(type: PackageRecordType, row: DbRow): void {
    this.prepared(`upsert:${type}`, () => {
      const columns = this.columns(type);
      const updates = columns.filter((c) => c !== 'id').map((c) => `"${c}" = excluded."${c}"`);
      return `INSERT INTO "${type}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
        ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`;
    }).run(row);
  }

  /**
   * A plain INSERT of the travelling columns, for a caller that has just seen, in the same transaction,
   * that the id is not there: about a third cheaper than the upsert's conflict check.
   */
  insert(type: PackageRecordType, row: DbRow): void {
    this.prepared(`insert:${type}`, () => {
      const columns = this.columns(type);
      return `INSERT INTO "${type}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    }).run(row);
  }

  /** Puts a before-image back (every column, is_example included), or removes a row that did not exist. */
  restore(type: PackageRecordType, id: string, before: DbRow | null): void {
    if (before === null) {
      this.prepared(`delete:${type}`, () => `DELETE FROM "${type}" WHERE id = ?`).run(id);
      return;
    }
    const columns = [...this.columns(type), ...(TYPES_WITH_EXAMPLE_FLAG.has(type) ? ['is_example'] : [])].filter((c) => c !== 'id');
    const values = Object.fromEntries(columns.map((c) => [c, before[c] ?? null]));
    this.prepared(`restore:${type}`, () => `UPDATE "${type}" SET ${columns.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`).run({ ...values, id });
  }

  /**
   * Every record of the given owners (tombstones included, example records not), in table order: the
   * caller sorts (ORDER BY id would walk the id index and fetch each row apart, twice as slow).
   */
  listByOwners(type: PackageRecordType, owners: readonly string[]): DbRow[] {
    const example = TYPES_WITH_EXAMPLE_FLAG.has(type) ? ' AND is_example = 0' : '';
    return this.prepared(
      `list:${type}`,
      () => `SELECT * FROM "${type}" WHERE owner IN (SELECT value FROM json_each(?))${example}`,
    ).all(JSON.stringify(owners)) as DbRow[];
  }

  countLive(type: PackageRecordType, owner: string): number {
    const row = this.prepared(`count:${type}`, () => `SELECT COUNT(*) AS n FROM "${type}" WHERE owner = ? AND deleted_at IS NULL`).get(owner) as { n: number };
    return row.n;
  }

  /** Column names of a table as SQLite reports them (for the schema-drift test and G1 snapshots). */
  tableColumns(type: PackageRecordType): string[] {
    return (this.sqlite.prepare(`PRAGMA table_info("${type}")`).all() as { name: string }[]).map((c) => c.name);
  }
}
