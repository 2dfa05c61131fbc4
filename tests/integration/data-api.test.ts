import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DomainError } from '@shared/contract/errors';
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection';
import { all, first, qb, run, transaction } from '../../src/main/db/data';
import { tempDir } from '../helpers/temp';

const now = () => new Date('2026-11-23T10:00:00.000Z');
const opened: { db: OpenedDatabase; dir: string }[] = [];

async function fresh(): Promise<OpenedDatabase> {
  const dir = tempDir();
  const db = await openDatabase(path.join(dir, 'samplan.db'), { create: true, now });
  opened.push({ db, dir });
  return db;
}

afterEach(async () => {
  for (const { db, dir } of opened.splice(0)) {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const setting = (key: string, value: string) => qb.insertInto('settings').values({ key, value });
const valueOf = (key: string) => qb.selectFrom('settings').select('value').where('key', '=', key);

describe('the synchronous data API', () => {
  it('runs kysely-built queries and compiled queries on better-sqlite3, typed by the builder', async () => {
    const { conn } = await fresh();
    expect(run(conn, setting('a', '1')).changes).toBe(1);
    run(conn, setting('b', '2').compile());
    const rows: { key: string; value: string }[] = all(
      conn,
      qb.selectFrom('settings').selectAll().where('key', 'in', ['a', 'b']).orderBy('key'),
    );
    expect(rows).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    expect(first(conn, valueOf('b'))).toEqual({ value: '2' });
    expect(first(conn, valueOf('missing'))).toBeUndefined();
    expect(all(conn, sql<{ n: number }>`SELECT 1 + 1 AS n`.compile(qb))).toEqual([{ n: 2 }]);
  });

  it('prepares a statement once per SQL text and keeps the cache on the connection, not the module', async () => {
    const one = await fresh();
    const two = await fresh();
    const statementFor = (conn: typeof one.conn, key: string) => conn.prepare(valueOf(key).compile().sql);
    expect(statementFor(one.conn, 'a')).toBe(statementFor(one.conn, 'b'));
    expect(statementFor(one.conn, 'a')).not.toBe(statementFor(two.conn, 'a'));
  });

  it('commits a transaction as a whole, rolls it back as a whole and nests as savepoints', async () => {
    const { conn } = await fresh();
    transaction(conn, () => {
      run(conn, setting('kept', '1'));
      expect(() =>
        transaction(conn, () => {
          run(conn, setting('inner', '1'));
          throw new Error('inner fails');
        }),
      ).toThrow('inner fails');
    });
    expect(first(conn, valueOf('kept'))).toEqual({ value: '1' });
    expect(first(conn, valueOf('inner'))).toBeUndefined();
    expect(() =>
      transaction(conn, () => {
        run(conn, setting('lost', '1'));
        throw new Error('outer fails');
      }),
    ).toThrow('outer fails');
    expect(first(conn, valueOf('lost'))).toBeUndefined();
    expect(conn.sqlite.inTransaction).toBe(false);
  });

  it('refuses a transaction function that returns a promise (nothing but the database happens inside)', async () => {
    const { conn } = await fresh();
    const asyncWork = (() => Promise.resolve(1)) as unknown as () => number;
    expect(() => transaction(conn, asyncWork)).toThrow(/promise/i);
    expect(conn.sqlite.inTransaction).toBe(false);
  });

  it('refuses to join a transaction that is not its own (one begun outside the data API), and writes nothing', async () => {
    const { conn } = await fresh();
    conn.sqlite.prepare('BEGIN').run();
    run(conn, setting('outside', '1'));
    expect(() => transaction(conn, () => run(conn, setting('sync', '1')))).toThrow(DomainError);
    conn.sqlite.prepare('ROLLBACK').run();
    expect(first(conn, valueOf('sync'))).toBeUndefined();
    expect(first(conn, valueOf('outside'))).toBeUndefined();
    transaction(conn, () => run(conn, setting('sync', '2')));
    expect(first(conn, valueOf('sync'))).toEqual({ value: '2' });
  });
});

describe('work after commit', () => {
  it('runs once the outermost transaction commits, never for a rolled-back transaction or savepoint', async () => {
    const { conn } = await fresh();
    const done: string[] = [];
    transaction(conn, () => {
      conn.afterCommit(() => done.push('outer'));
      try {
        transaction(conn, () => {
          conn.afterCommit(() => done.push('savepoint rolled back'));
          throw new Error('undo the savepoint');
        });
      } catch {
        // the outer transaction goes on
      }
      transaction(conn, () => conn.afterCommit(() => done.push('savepoint kept')));
      expect(done).toEqual([]);
    });
    expect(done).toEqual(['outer', 'savepoint kept']);
    expect(() =>
      transaction(conn, () => {
        conn.afterCommit(() => done.push('rolled back'));
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    conn.afterCommit(() => done.push('outside'));
    expect(done).toEqual(['outer', 'savepoint kept', 'outside']);
  });

  it('numbers each outermost transaction anew and has none outside one', async () => {
    const { conn } = await fresh();
    expect(conn.openTransaction).toBeNull();
    const earlier = transaction(conn, () => transaction(conn, () => conn.openTransaction));
    const later = transaction(conn, () => conn.openTransaction);
    expect(earlier).not.toBeNull();
    expect(later).not.toBe(earlier);
  });
});
