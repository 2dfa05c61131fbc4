import type { Database as Sqlite } from 'better-sqlite3';
import { PACKAGE_RECORD_TYPES } from '@shared/contract/packages';
import type { Payload } from '../src/main/domain/packages/document';
import { TYPES_WITH_EXAMPLE_FLAG } from '../src/main/domain/packages/record-schemas';
import { fieldColumns, wireToRow } from '../src/main/domain/packages/wire';
import { parentsFirst } from '../src/main/services/packages/records';

/**
 * The baseline of this machine, measured in the same run on the same rows: what better-sqlite3 does
 * with no application logic at all. Samplan's figures are divided by these.
 */

/** Plain prepared INSERTs of the payload's rows into the same tables, in one transaction. Returns ms. */
export function rawInsert(sqlite: Sqlite, payload: Payload): number {
  const started = performance.now();
  sqlite.transaction(() => {
    for (const type of PACKAGE_RECORD_TYPES) {
      const columns = fieldColumns(type).map(([, c]) => c);
      const insert = sqlite.prepare(
        `INSERT INTO "${type}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      const rows = type === 'groups' ? parentsFirst(payload.groups) : payload[type];
      for (const wire of rows) insert.run(wireToRow(type, wire));
    }
  })();
  return performance.now() - started;
}

/** A plain SELECT of the same rows (the owners' records of every type) and JSON.stringify of them. Returns ms and the row count. */
export function rawSelectStringify(sqlite: Sqlite, owners: readonly string[]): { ms: number; rows: number; bytes: number } {
  const started = performance.now();
  const all: Record<string, unknown[]> = {};
  let rows = 0;
  for (const type of PACKAGE_RECORD_TYPES) {
    const example = TYPES_WITH_EXAMPLE_FLAG.has(type) ? ' AND is_example = 0' : '';
    all[type] = sqlite
      .prepare(`SELECT * FROM "${type}" WHERE owner IN (SELECT value FROM json_each(?))${example}`)
      .all(JSON.stringify(owners));
    rows += all[type].length;
  }
  const text = JSON.stringify(all);
  return { ms: performance.now() - started, rows, bytes: text.length };
}
