import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isBusyError, isConstraintError, sqliteCode } from '../../src/main/db/errors';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('database error mapping', () => {
  it('recognises the driver’s constraint errors and nothing else', () => {
    const db = new Database(':memory:');
    try {
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
      db.exec("INSERT INTO t (name) VALUES ('a')");
      const unique = thrownBy(() => db.exec("INSERT INTO t (name) VALUES ('a')"));
      const notNull = thrownBy(() => db.exec('INSERT INTO t (name) VALUES (NULL)'));
      const syntax = thrownBy(() => db.exec('SELEC 1'));
      expect([unique, notNull].map(isConstraintError)).toEqual([true, true]);
      expect(sqliteCode(unique)).toBe('SQLITE_CONSTRAINT_UNIQUE');
      expect(isConstraintError(syntax)).toBe(false);
      expect(isBusyError(unique)).toBe(false);
    } finally {
      db.close();
    }
  });

  it('recognises busy and locked codes, and ignores plain errors and non-errors', () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const locked = Object.assign(new Error('locked'), { code: 'SQLITE_LOCKED_SHAREDCACHE' });
    expect([busy, locked].map(isBusyError)).toEqual([true, true]);
    expect(isConstraintError(Object.assign(new Error('x'), { code: 'EEXIST' }))).toBe(false);
    expect(isConstraintError({ code: 'SQLITE_CONSTRAINT' })).toBe(false);
    expect(sqliteCode('SQLITE_BUSY')).toBeNull();
  });
});
