/**
 * Budgets: frozen snapshots of a year's calculation. A lock inserts a new revision with an audit entry
 * of its own ('lock', without the snapshot); a database trigger refuses changing its figures, so
 * budgets never go through the record writer's change path.
 */
import type { Insertable, Selectable } from 'kysely';
import { all, first, qb, run, transaction, type Connection } from '../../db/data';
import type { CostBudgetsTable } from '../../db/schema';
import { appendAuditEntry } from '../audit';

export type BudgetRow = Selectable<CostBudgetsTable>;

/** The highest revision of the owner's budgets of a year, 0 when none. */
export function lastRevision(conn: Connection, owner: string, year: number): number {
  const last = first(
    conn,
    qb
      .selectFrom('cost_budgets')
      .select((eb) => eb.fn.max('revision').as('revision'))
      .where('owner', '=', owner)
      .where('year', '=', year),
  );
  return Number(last?.revision ?? 0);
}

/**
 * Stores a locked budget as the next revision of its owner and year, with its audit entry (the
 * snapshot stays out of the log), in one transaction.
 */
export function insertLockedBudget(
  conn: Connection,
  values: Omit<Insertable<CostBudgetsTable>, 'revision'> & { id: string; owner: string; year: number },
  actor: string,
  now: string,
): void {
  transaction(conn, () => {
    const row = { ...values, revision: lastRevision(conn, values.owner, values.year) + 1 };
    run(conn, qb.insertInto('cost_budgets').values(row));
    const { snapshot_json: _omitted, ...logged } = row;
    appendAuditEntry(conn, { action: 'lock', entity: 'cost_budgets', recordId: row.id, before: null, after: logged }, actor, now);
  });
}

export function budgetById(conn: Connection, id: string): BudgetRow | undefined {
  return first(conn, qb.selectFrom('cost_budgets').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}

/** Live budgets (of one year when given): newest year first, by owner, newest revision first. */
export function liveBudgets(conn: Connection, year: number | null): BudgetRow[] {
  let query = qb.selectFrom('cost_budgets').selectAll().where('deleted_at', 'is', null);
  if (year !== null) query = query.where('year', '=', year);
  return all(conn, query.orderBy('year', 'desc').orderBy('owner').orderBy('revision', 'desc'));
}

/** The owner's newest live revision of a year, or undefined. */
export function latestBudget(conn: Connection, owner: string, year: number): BudgetRow | undefined {
  return first(
    conn,
    qb
      .selectFrom('cost_budgets')
      .selectAll()
      .where('owner', '=', owner)
      .where('year', '=', year)
      .where('deleted_at', 'is', null)
      .orderBy('revision', 'desc'),
  );
}

/** The owner's live budget of a year and revision, or undefined. */
export function budgetByRevision(conn: Connection, owner: string, year: number, revision: number): BudgetRow | undefined {
  return first(
    conn,
    qb
      .selectFrom('cost_budgets')
      .selectAll()
      .where('owner', '=', owner)
      .where('year', '=', year)
      .where('revision', '=', revision)
      .where('deleted_at', 'is', null),
  );
}
