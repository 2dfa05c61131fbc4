/**
 * The synchronous data API. kysely only builds and types queries (a query-compiling dialect over a
 * DummyDriver, kysely's "splitting query building and execution" recipe); better-sqlite3 runs them as
 * prepared statements cached on the connection. A transaction is a plain synchronous function, so
 * nothing but the database can happen inside one.
 */
import type { Database as Sqlite, RunResult, Statement } from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely';
import { refusal } from '@shared/contract/errors';
import type { Database } from './schema';
import { UndoJournal } from '../repositories/undo-journal';

/** Builds and types queries; it cannot execute them (its driver is a DummyDriver). */
export const qb = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** Prepared statements kept per connection; queries with generated SQL (IN lists) make the bound matter. */
const STATEMENTS_KEPT = 1000;

/**
 * One open database: the better-sqlite3 handle and its prepared statements, compiled once per SQL
 * text. Created by openDatabase; a second database in the same process has its own cache.
 */
export class Connection {
  private readonly statements = new Map<string, Statement>();
  /** What this session may undo on this database (repositories/undo-journal.ts); gone with the connection. */
  readonly undo = new UndoJournal();

  constructor(readonly sqlite: Sqlite) {}

  /** The prepared statement for `sql`, compiled on first use. */
  prepare(sql: string): Statement {
    let prepared = this.statements.get(sql);
    if (prepared) return prepared;
    prepared = this.sqlite.prepare(sql);
    if (this.statements.size >= STATEMENTS_KEPT) {
      const oldest = this.statements.keys().next();
      if (!oldest.done) this.statements.delete(oldest.value);
    }
    this.statements.set(sql, prepared);
    return prepared;
  }

  /** How many of this API's transactions are open (nested ones are savepoints). */
  private depth = 0;

  /**
   * Runs `work` in one of this API's transactions. A transaction already open on the handle that is
   * not ours belongs to an async kysely call still awaiting (services not yet converted): joining it
   * would make this write commit or roll back with that call, so the write is refused instead.
   */
  inTransaction<T>(work: () => T): T {
    if (this.sqlite.inTransaction && this.depth === 0) {
      throw refusal('CONFLICT', 'db.busy');
    }
    if (this.depth === 0) this.begun = ++this.transactionsBegun;
    this.depth += 1;
    const pendingBefore = this.committed.length;
    let done = false;
    try {
      const result = this.sqlite.transaction(work).immediate();
      done = true;
      return result;
    } finally {
      // a savepoint rolled back takes its pending work with it
      if (!done) this.committed.length = pendingBefore;
      this.depth -= 1;
      if (this.depth === 0) this.settle();
    }
  }

  /** Outermost transactions begun on this connection: their numbers never repeat (the undo journal is per connection too). */
  private transactionsBegun = 0;
  private begun = 0;

  /** Which outermost transaction is open (a number unique on this connection), or null outside one. */
  get openTransaction(): number | null {
    return this.depth > 0 ? this.begun : null;
  }

  /** Work to do once the outermost open transaction commits; dropped when it rolls back. */
  private committed: (() => void)[] = [];

  /**
   * Runs `then` after the outermost transaction of this API commits (at once when none is open);
   * a rollback drops it. For bookkeeping outside the database that must match what was committed.
   */
  afterCommit(then: () => void): void {
    if (this.depth === 0) then();
    else this.committed.push(then);
  }

  private settle(): void {
    const pending = this.committed;
    this.committed = [];
    for (const then of pending) then();
  }

  /** Statements are bound to the handle: a swapped or closed database starts afresh. */
  forgetStatements(): void {
    this.statements.clear();
  }
}

/** A kysely builder (typed by what it selects or returns) or an already compiled query. */
export type Query<R> = Compilable<R> | CompiledQuery<R>;

function compiled<R>(query: Query<R>): CompiledQuery<R> {
  return 'compile' in query ? query.compile() : query;
}

function bound(query: CompiledQuery<unknown>): unknown[] {
  return query.parameters as unknown[];
}

/** Every row of a query. */
export function all<R>(conn: Connection, query: Query<R>): R[] {
  const q = compiled(query);
  return conn.prepare(q.sql).all(...bound(q)) as R[];
}

/** The first row of a query, or undefined. */
export function first<R>(conn: Connection, query: Query<R>): R | undefined {
  const q = compiled(query);
  return conn.prepare(q.sql).get(...bound(q)) as R | undefined;
}

/** Runs a statement that returns no rows (insert, update, delete without RETURNING). */
export function run(conn: Connection, query: Query<unknown>): RunResult {
  const q = compiled(query);
  return conn.prepare(q.sql).run(...bound(q));
}

/**
 * Runs `work` in one transaction (better-sqlite3's: BEGIN IMMEDIATE… COMMIT, rolled back when it
 * throws). Called inside another transaction it becomes a savepoint of it. A function that returns
 * a promise is refused (better-sqlite3 throws): only database work happens inside.
 */
export function transaction<T>(conn: Connection, work: () => T): T {
  return conn.inTransaction(work);
}

/**
 * Runs reads in one deferred transaction (a read snapshot that takes no write lock), so several
 * queries see one consistent database even while another process writes. Nested → a savepoint.
 */
export function readTransaction<T>(conn: Connection, work: () => T): T {
  return conn.sqlite.transaction(work).deferred();
}

/**
 * The connection of a raw handle, for callers not yet on the data API (services/privacy): a raw handle
 * gets a connection of its own (its own statement cache). Remove once every caller passes a Connection.
 */
export function connectionOf(handle: Connection | Sqlite): Connection {
  return handle instanceof Connection ? handle : new Connection(handle);
}
