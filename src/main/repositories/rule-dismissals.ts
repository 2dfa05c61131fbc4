import type { Selectable } from 'kysely';
import { all, first, qb, run, type Connection } from '../db/data';
import type { Database } from '../db/schema';

export type DismissalRow = { rule: string; key: string; dismissedAt: string; actor: string };

export function dismissalOf(row: Selectable<Database['rule_dismissals']>): DismissalRow {
  return { rule: row.rule, key: row.key, dismissedAt: row.dismissed_at, actor: row.actor };
}

export function dismissedKeys(conn: Connection, rule: string): Set<string> {
  const rows = all(conn, qb.selectFrom('rule_dismissals').select('key').where('rule', '=', rule));
  return new Set(rows.map((r) => r.key));
}

export function findDismissal(conn: Connection, rule: string, key: string): DismissalRow | null {
  const row = first(conn, qb.selectFrom('rule_dismissals').selectAll().where('rule', '=', rule).where('key', '=', key));
  return row ? dismissalOf(row) : null;
}

/** Stores a decision once; dismissing the same finding again keeps the first decision. */
export function insertDismissal(conn: Connection, row: DismissalRow): void {
  run(
    conn,
    qb
      .insertInto('rule_dismissals')
      .values({ rule: row.rule, key: row.key, dismissed_at: row.dismissedAt, actor: row.actor })
      .onConflict((oc) => oc.columns(['rule', 'key']).doNothing()),
  );
}

export function deleteDismissal(conn: Connection, rule: string, key: string): void {
  run(conn, qb.deleteFrom('rule_dismissals').where('rule', '=', rule).where('key', '=', key));
}

/** Which of the persons a duplicate pair names are live (a dismissal needs both). */
export function livePersonsOfPair(conn: Connection, ids: readonly string[]): string[] {
  const rows = all(
    conn,
    qb
      .selectFrom('persons')
      .select('id')
      .where('id', 'in', [...ids])
      .where('deleted_at', 'is', null),
  );
  return rows.map((r) => r.id);
}
