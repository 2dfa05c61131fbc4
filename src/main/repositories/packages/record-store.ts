import type { Statement } from 'better-sqlite3';
import type { PackageRecordType } from '@shared/contract/packages';
import { all, qb, type Connection } from '../../db/data';
import { TYPES_WITH_EXAMPLE_FLAG } from '../../domain/packages/record-schemas';
import { fieldColumns, sortedFieldColumns, type DbRow, type WireRecord } from '../../domain/packages/wire';

/** A travelling record read for export: its fields and its canonical JSON text (written by SQLite). */
export type WireEntry = { readonly wire: WireRecord; readonly text: string };

/**
 * SQLite's json_object() of the travelling columns under their field names, in canonical key order.
 * For text, integers and nulls it writes exactly what JSON.stringify writes of the values read back
 * (tests/integration/packages-record-text.test.ts), so for a record that passes its schema (safe integers
 * only) the text is the record's canonical JSON, written in C without building a row object first.
 */
function recordTextSql(type: PackageRecordType): string {
  return `json_object(${sortedFieldColumns(type)
    .map(([field, column]) => `'${field}', "${column}"`)
    .join(', ')})`;
}

/** Texts read by one statement, parsed by one JSON.parse (far cheaper than one object per row from SQLite). */
function entriesOf(texts: readonly string[]): WireEntry[] {
  const wires = JSON.parse(`[${texts.join(',')}]`) as WireRecord[];
  return texts.map((text, i) => ({ wire: wires[i]!, text }));
}

/**
 * Prepared statements over the travelling tables for the bulk paths of package export and import,
 * which run in one synchronous transaction of the data API. Table names come only from
 * PACKAGE_RECORD_TYPES and column names only from the record schemas. Statements are compiled on the
 * connection (kept there across runs); the map here only saves building their SQL text per record.
 */
export class RecordStore {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly conn: Connection) {}

  private prepared(key: string, sql: () => string): Statement {
    let statement = this.statements.get(key);
    if (!statement) {
      statement = this.conn.prepare(sql());
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
   * A plain INSERT of a record's travelling columns (values bound by position, no row object), for a
   * caller that has just seen, in the same transaction, that the id is not there: about a third
   * cheaper than the upsert's conflict check.
   */
  insertWire(type: PackageRecordType, wire: WireRecord): void {
    const pairs = fieldColumns(type);
    this.prepared(`insert:${type}`, () => {
      return `INSERT INTO "${type}" (${pairs.map(([, c]) => `"${c}"`).join(', ')}) VALUES (${pairs.map(() => '?').join(', ')})`;
    }).run(pairs.map(([field]) => wire[field] ?? null));
  }

  /** Puts a before-image back (every column, is_example included), or removes a row that did not exist. */
  restore(type: PackageRecordType, id: string, before: DbRow | null): void {
    if (before === null) {
      this.prepared(`delete:${type}`, () => `DELETE FROM "${type}" WHERE id = ?`).run(id);
      return;
    }
    const columns = [...this.columns(type), ...(TYPES_WITH_EXAMPLE_FLAG.has(type) ? ['is_example'] : [])].filter((c) => c !== 'id');
    const values = Object.fromEntries(columns.map((c) => [c, before[c] ?? null]));
    this.prepared(`restore:${type}`, () => `UPDATE "${type}" SET ${columns.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`).run({
      ...values,
      id,
    });
  }

  /** Which of the given ids a table holds (one statement: the ids travel as a JSON array). */
  presentIds(type: PackageRecordType, ids: readonly string[]): Set<string> {
    const rows = this.prepared(`present:${type}`, () => `SELECT id FROM "${type}" WHERE id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(JSON.stringify(ids)) as string[];
    return new Set(rows);
  }

  /**
   * The canonical JSON text of whole rows (every column, local ones included) of the given ids, by id,
   * in one statement: SQLite's json_object() over the columns in canonical key order writes what
   * canonicalJson writes of `get`'s row (its values are text, safe integers and nulls), so the text
   * hashes to contentHash(get(type, id)) without building row objects.
   */
  rowTextsByIds(type: PackageRecordType, ids: readonly string[]): Map<string, string> {
    const rows = this.prepared(`rows:${type}`, () => {
      const columns = this.tableColumns(type).sort();
      return `SELECT id, json_object(${columns.map((c) => `'${c}', "${c}"`).join(', ')}) FROM "${type}" WHERE id IN (SELECT value FROM json_each(?))`;
    })
      .raw()
      .all(JSON.stringify(ids)) as [string, string][];
    return new Map(rows);
  }

  /** Every exportable record of the given owners (tombstones included, example records not), in table order. */
  listEntriesByOwners(type: PackageRecordType, owners: readonly string[]): WireEntry[] {
    const example = TYPES_WITH_EXAMPLE_FLAG.has(type) ? ' AND is_example = 0' : '';
    const texts = this.prepared(
      `texts:${type}`,
      () => `SELECT ${recordTextSql(type)} FROM "${type}" WHERE owner IN (SELECT value FROM json_each(?))${example}`,
    )
      .pluck()
      .all(JSON.stringify(owners)) as string[];
    return entriesOf(texts);
  }

  /** One exportable record (not an example record), or undefined. */
  getEntry(type: PackageRecordType, id: string): WireEntry | undefined {
    const example = TYPES_WITH_EXAMPLE_FLAG.has(type) ? ' AND is_example = 0' : '';
    const text = this.prepared(`text:${type}`, () => `SELECT ${recordTextSql(type)} FROM "${type}" WHERE id = ?${example}`)
      .pluck()
      .get(id) as string | undefined;
    return text === undefined ? undefined : entriesOf([text])[0];
  }

  countLive(type: PackageRecordType, owner: string): number {
    const row = this.prepared(`count:${type}`, () => `SELECT COUNT(*) AS n FROM "${type}" WHERE owner = ? AND deleted_at IS NULL`).get(
      owner,
    ) as { n: number };
    return row.n;
  }

  /** Column names of a table as SQLite reports them (for the schema-drift test and G1 snapshots). */
  tableColumns(type: PackageRecordType): string[] {
    return (this.conn.prepare(`PRAGMA table_info("${type}")`).all() as { name: string }[]).map((c) => c.name);
  }
}

/** A live person as the import's duplicate check compares it (e-mail, or name within the organisation). */
export type PersonIdentity = { id: string; name: string; email: string | null; organisation_id: string | null };

/** Every live person's identity, read once per import that brings new persons. */
export function livePersonIdentities(conn: Connection): PersonIdentity[] {
  return all(conn, qb.selectFrom('persons').select(['id', 'name', 'email', 'organisation_id']).where('deleted_at', 'is', null));
}
