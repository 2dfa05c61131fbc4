/** Actual outcomes per hosting and year: the reads. */
import type { Selectable } from 'kysely';
import { all, first, qb, type Connection } from '../../db/data';
import type { CostActualsTable } from '../../db/schema';

export type ActualRow = Selectable<CostActualsTable>;

/** Live outcomes of a year with their hosting's group name, by group name and id. */
export function liveActualsOfYear(conn: Connection, year: number) {
  return all(
    conn,
    qb
      .selectFrom('cost_actuals as a')
      .innerJoin('hostings as h', 'h.id', 'a.hosting_id')
      .innerJoin('groups as g', 'g.id', 'h.group_id')
      .select(['a.id', 'a.hosting_id', 'g.name as group_name', 'a.year', 'a.amount_ore', 'a.note', 'a.owner', 'a.version'])
      .where('a.year', '=', year)
      .where('a.deleted_at', 'is', null)
      .orderBy('g.name')
      .orderBy('a.id'),
  );
}

/** The owner's outcome of a hosting and year, tombstone included, or undefined. */
export function actualOf(conn: Connection, owner: string, hostingId: string, year: number): ActualRow | undefined {
  return first(
    conn,
    qb.selectFrom('cost_actuals').selectAll().where('owner', '=', owner).where('hosting_id', '=', hostingId).where('year', '=', year),
  );
}
