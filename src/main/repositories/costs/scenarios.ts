/** Cost scenarios (overrides stored as JSON): the reads. The services map rows (they parse the overrides). */
import type { Selectable } from 'kysely';
import { all, first, qb, type Connection } from '../../db/data';
import type { CostScenariosTable } from '../../db/schema';

export type ScenarioRow = Selectable<CostScenariosTable>;

/** Live scenarios by name and id. */
export function liveScenarios(conn: Connection): ScenarioRow[] {
  return all(conn, qb.selectFrom('cost_scenarios').selectAll().where('deleted_at', 'is', null).orderBy('name').orderBy('id'));
}

export function liveScenario(conn: Connection, id: string): ScenarioRow | undefined {
  return first(conn, qb.selectFrom('cost_scenarios').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}

/** The id of the owner's live scenario of that name, or undefined. */
export function liveScenarioNamed(conn: Connection, owner: string, name: string): string | undefined {
  return first(
    conn,
    qb.selectFrom('cost_scenarios').select('id').where('owner', '=', owner).where('name', '=', name).where('deleted_at', 'is', null),
  )?.id;
}

/** Whether a live record of a table a scenario can point at exists. */
export function liveTargetExists(conn: Connection, table: 'hostings' | 'cost_items' | 'allocation_keys', id: string): boolean {
  return first(conn, qb.selectFrom(table).select('id').where('id', '=', id).where('deleted_at', 'is', null)) !== undefined;
}
