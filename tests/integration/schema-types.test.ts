import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { tempDir } from '../helpers/temp';

const SCHEMA = path.resolve(import.meta.dirname, '../../src/main/db/schema.ts');

/** One column as the kysely types describe it: nullable, and whether its values are text or numbers. */
type TypedColumn = { nullable: boolean; kind: 'text' | 'number' | 'other' };

function kindOf(type: ts.Type, checker: ts.TypeChecker): TypedColumn['kind'] {
  const parts = type.isUnion() ? type.types : [type];
  const kinds = new Set(
    parts
      .filter((t) => !(t.flags & ts.TypeFlags.Null))
      .map((t) => (t.flags & ts.TypeFlags.StringLike ? 'text' : t.flags & ts.TypeFlags.NumberLike ? 'number' : checker.typeToString(t))),
  );
  return kinds.size === 1 && (kinds.has('text') || kinds.has('number')) ? ([...kinds][0] as 'text' | 'number') : 'other';
}

/** `Generated<T>` and `ColumnType<S, …>`: the type a select returns (the `__select__` member). */
function selectType(type: ts.Type, checker: ts.TypeChecker, at: ts.Node): ts.Type {
  const select = type.getProperty('__select__');
  return select ? checker.getTypeOfSymbolAtLocation(select, at) : type;
}

/** Every table of `Database` in schema.ts with its columns, read by the TypeScript compiler. */
function typedSchema(): Map<string, Map<string, TypedColumn>> {
  const program = ts.createProgram([SCHEMA], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(SCHEMA)!;
  const database = source.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'Database')!;
  const tables = new Map<string, Map<string, TypedColumn>>();
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const columns = new Map<string, TypedColumn>();
    for (const column of checker.getTypeOfSymbolAtLocation(table, database).getProperties()) {
      const type = selectType(checker.getTypeOfSymbolAtLocation(column, database), checker, database);
      const nullable = type.isUnion() && type.types.some((t) => t.flags & ts.TypeFlags.Null);
      columns.set(column.name, { nullable, kind: kindOf(type, checker) });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

type PragmaColumn = { name: string; type: string; notnull: number; pk: number };

/** SQLite's affinity of a declared column type (https://sqlite.org/datatype3.html, 3.1). */
function affinity(declared: string): 'INTEGER' | 'TEXT' | 'BLOB' | 'REAL' | 'NUMERIC' {
  const type = declared.toUpperCase();
  if (type.includes('INT')) return 'INTEGER';
  if (/CHAR|CLOB|TEXT/.test(type)) return 'TEXT';
  if (type === '' || type.includes('BLOB')) return 'BLOB';
  if (/REAL|FLOA|DOUB/.test(type)) return 'REAL';
  return 'NUMERIC';
}

describe('schema.ts matches a freshly migrated database', () => {
  it('has every table and column, with the same nullability and type affinity', async () => {
    const opened = await openDatabase(path.join(tempDir(), 'fresh.db'), { create: true, now: () => new Date('2026-12-05T10:00:00Z') });
    try {
      const sqlite = opened.sqlite;
      // FTS5 indexes (virtual tables and their shadow tables) are queried with MATCH, not through kysely
      const virtual = (
        sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as {
          name: string;
        }[]
      ).map((r) => r.name);
      const isInternal = (name: string) => name.startsWith('sqlite_') || virtual.some((v) => name === v || name.startsWith(`${v}_`));
      const actual = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
        .map((r) => r.name)
        .filter((name) => !isInternal(name));
      expect(virtual.sort()).toEqual(['groups_fts', 'persons_fts']);
      const typed = typedSchema();
      expect([...typed.keys()].sort()).toEqual(actual);
      const problems: string[] = [];
      for (const [table, columns] of typed) {
        const pragma = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as PragmaColumn[];
        const names = pragma.map((c) => c.name);
        for (const name of columns.keys()) if (!names.includes(name)) problems.push(`${table}.${name}: in schema.ts, not in the database`);
        for (const column of pragma) {
          const typedColumn = columns.get(column.name);
          if (!typedColumn) {
            problems.push(`${table}.${column.name}: in the database, not in schema.ts`);
            continue;
          }
          const nullable = column.notnull === 0 && column.pk === 0;
          if (typedColumn.nullable !== nullable)
            problems.push(
              `${table}.${column.name}: nullable ${String(typedColumn.nullable)} in schema.ts, ${String(nullable)} in the database`,
            );
          const want = affinity(column.type);
          const fits =
            typedColumn.kind === 'text'
              ? want === 'TEXT'
              : typedColumn.kind === 'number'
                ? ['INTEGER', 'REAL', 'NUMERIC'].includes(want)
                : true;
          if (!fits)
            problems.push(
              `${table}.${column.name}: ${typedColumn.kind} in schema.ts, ${column.type || 'no type'} (${want}) in the database`,
            );
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
