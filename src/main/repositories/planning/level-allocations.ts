/** activity_level_allocations: the configured share of a role's time at each activity level. */
import type { ActivityLevel, MembershipRole } from '@shared/domain/enums';
import type { Selectable } from 'kysely';
import { all, first, qb, run, type Connection } from '../../db/data';
import type { Database } from '../../db/schema';

export type StoredLevelAllocation = { level: ActivityLevel; role: MembershipRole; allocationBp: number };

export function levelAllocationOf(row: Selectable<Database['activity_level_allocations']>): StoredLevelAllocation {
  return { level: row.level as ActivityLevel, role: row.role as MembershipRole, allocationBp: row.allocation_bp };
}

/** Every configured value (the defaults are the domain's). */
export function storedLevelAllocations(conn: Connection): StoredLevelAllocation[] {
  return all(conn, qb.selectFrom('activity_level_allocations').selectAll()).map(levelAllocationOf);
}

/** One configured value as stored (the audit entry's before image), or undefined. */
export function levelAllocationRow(
  conn: Connection,
  level: string,
  role: string,
): Selectable<Database['activity_level_allocations']> | undefined {
  return first(conn, qb.selectFrom('activity_level_allocations').selectAll().where('level', '=', level).where('role', '=', role));
}

/** Stores one value, replacing the configured one. */
export function putLevelAllocation(conn: Connection, value: StoredLevelAllocation): void {
  const allocation_bp = value.allocationBp;
  run(
    conn,
    qb
      .insertInto('activity_level_allocations')
      .values({ level: value.level, role: value.role, allocation_bp })
      .onConflict((oc) => oc.columns(['level', 'role']).doUpdateSet({ allocation_bp })),
  );
}

/** Removes one configured value, so the default applies again. */
export function removeLevelAllocation(conn: Connection, level: string, role: string): void {
  run(conn, qb.deleteFrom('activity_level_allocations').where('level', '=', level).where('role', '=', role));
}
