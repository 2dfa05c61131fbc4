/**
 * All SQL lives in src/main/repositories/ and src/main/db/: a static scan of src/main for query
 * building and execution (kysely builders and `sql` templates, better-sqlite3 prepare/exec/pragma/
 * transaction, SQL text in string literals). The files not yet converted are listed one by one, and a
 * listed file that no longer needs its place fails the test, so the list can only shrink.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const MAIN = path.join(ROOT, 'src', 'main');
const SQL_HOMES = ['src/main/repositories/', 'src/main/db/'];

/** Each pattern with what it catches. */
const SQL_PATTERNS: readonly [string, RegExp][] = [
  ['a kysely builder', /\.(selectFrom|insertInto|replaceInto|updateTable|deleteFrom)\(/],
  ['a kysely execution', /\.execute(TakeFirst|TakeFirstOrThrow)?\(/],
  ['an sql template', /\bsql(<[^>]*>)?`/],
  ['a prepared statement', /\.prepare\(/],
  ['exec of SQL text', /\.exec\(\s*['"`]/],
  ['a pragma', /\.pragma\(/],
  ['a connection transaction', /\.transaction\(/],
  ['SQL text', /['"`]\s*(SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH|PRAGMA)\s/],
];

/** Files of src/main that still hold SQL, waiting for their repository (issue 13, point 3). Remove a line when its file is converted. */
const NOT_YET_CONVERTED: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [full] : [];
  });
}

/** What SQL a file holds: one "line: what" per hit (comments count too: move the comment with the SQL). */
function sqlIn(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => SQL_PATTERNS.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${i + 1}: ${what}`));
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

describe('SQL placement', () => {
  const files = sourceFiles(MAIN).map((file) => ({ name: relative(file), hits: sqlIn(file) }));

  it('finds SQL only in src/main/repositories/ and src/main/db/ (and in the listed files not yet converted)', () => {
    const misplaced = files
      .filter((f) => f.hits.length > 0 && !SQL_HOMES.some((home) => f.name.startsWith(home)) && !NOT_YET_CONVERTED.includes(f.name))
      .map((f) => `${f.name} (${f.hits.join(', ')})`);
    expect(misplaced).toEqual([]);
  });

  it('lists only files that exist and still hold SQL, so the list only shrinks', () => {
    const stale = NOT_YET_CONVERTED.filter((name) => !files.some((f) => f.name === name && f.hits.length > 0));
    expect(stale).toEqual([]);
    expect([...NOT_YET_CONVERTED].sort()).toEqual(NOT_YET_CONVERTED);
  });

  it('recognises SQL in each form it looks for, and not in ordinary code', () => {
    const samples = [
      "db.selectFrom('persons')",
      'await query.execute()',
      'sql<number>`COUNT(*)`',
      "sqlite.prepare('x')",
      "sqlite.exec('DELETE FROM x')",
      "sqlite.pragma('user_version')",
      'ctx.sqlite.transaction(() => {})',
      "const text = 'SELECT id FROM persons'",
    ];
    for (const sample of samples)
      expect(
        SQL_PATTERNS.some(([, pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
    for (const ordinary of ['/^\\d+$/.exec(value)', "rows.map((r) => r.id).join(', ')", "'Select a region'"]) {
      expect(
        SQL_PATTERNS.some(([, pattern]) => pattern.test(ordinary)),
        ordinary,
      ).toBe(false);
    }
  });
});
