import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/db/migrations';

const FOLDER = path.resolve(import.meta.dirname, '../../src/main/db/migrations');

/** A module specifier and whether only types are imported. */
type ImportLine = { specifier: string; typeOnly: boolean };

function importsOf(file: string): ImportLine[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: ImportLine[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const typeOnly = ts.isImportDeclaration(node) ? (node.importClause?.isTypeOnly ?? false) : node.isTypeOnly;
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require'))
        found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * What a migration may import: a sibling in its own folder (types, the list), the query builder,
 * the database's types and hashing from the platform. Never live code (repositories, services, db helpers),
 * or a later change to it would silently change what an old migration does on a fresh install.
 */
function allowedImport(line: ImportLine): boolean {
  if (/^\.\/[\w.-]+$/.test(line.specifier)) return true;
  if (line.specifier === 'kysely' || line.specifier === 'node:crypto') return true;
  return line.specifier === 'better-sqlite3' && line.typeOnly;
}

describe('frozen migrations', () => {
  const files = readdirSync(FOLDER).filter((name) => name.endsWith('.ts'));

  it('lists the migrations with strictly growing versions, the newest being the schema version', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('finds the migrations folder', () => {
    expect(files.filter((name) => /^\d{4}-/.test(name)).length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s imports nothing but its own folder, kysely, better-sqlite3 types and node:crypto', (name) => {
    const forbidden = importsOf(path.join(FOLDER, name)).filter((line) => !allowedImport(line));
    expect(forbidden.map((line) => line.specifier)).toEqual([]);
  });

  it('the check catches live imports, dynamic ones and value imports of the driver', () => {
    expect(allowedImport({ specifier: '../../repositories/audit', typeOnly: false })).toBe(false);
    expect(allowedImport({ specifier: '../search-key', typeOnly: true })).toBe(false);
    expect(allowedImport({ specifier: './frozen/../../schema', typeOnly: true })).toBe(false);
    expect(allowedImport({ specifier: 'better-sqlite3', typeOnly: false })).toBe(false);
    expect(allowedImport({ specifier: './types', typeOnly: true })).toBe(true);
    const probe = path.join(import.meta.dirname, 'migrations-frozen.test.ts');
    expect(importsOf(probe).some((line) => line.specifier === 'typescript')).toBe(true);
  });
});
