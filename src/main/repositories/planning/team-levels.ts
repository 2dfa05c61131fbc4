/** team_activity_levels: dated level events of a team; one row→event mapper for every query. */
import type { Selectable } from 'kysely';
import type { ActivityLevel } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../../db/data';
import type { Database } from '../../db/schema';
import type { LevelEventInput } from '../../domain/levels/timeline';

export type LevelEventRow = LevelEventInput & { groupId: string; note: string | null; owner: string; version: number; isExample: boolean };

export function levelEventOf(r: Selectable<Database['team_activity_levels']>): LevelEventRow {
  return {
    id: r.id,
    groupId: r.group_id,
    level: r.level as ActivityLevel,
    effectiveDate: r.effective_date,
    createdAt: r.created_at,
    note: r.note,
    owner: r.owner,
    version: r.version,
    isExample: r.is_example === 1,
  };
}

/** Live level events, optionally of some groups, grouped by group id and sorted oldest first. */
export function loadLevelEvents(conn: Connection, groupIds: readonly string[] | null): Map<string, LevelEventRow[]> {
  let query = qb.selectFrom('team_activity_levels').selectAll().where('deleted_at', 'is', null);
  if (groupIds) query = query.where('group_id', 'in', groupIds.length > 0 ? [...groupIds] : ['']);
  const rows = all(conn, query.orderBy('effective_date').orderBy('created_at').orderBy('id'));
  const byGroup = new Map<string, LevelEventRow[]>();
  for (const r of rows) {
    const list = byGroup.get(r.group_id) ?? [];
    list.push(levelEventOf(r));
    byGroup.set(r.group_id, list);
  }
  return byGroup;
}

/** The live event of a group dated exactly `effectiveDate`, or undefined. */
export function levelEventOn(conn: Connection, groupId: string, effectiveDate: string): LevelEventRow | undefined {
  const row = first(
    conn,
    qb
      .selectFrom('team_activity_levels')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('effective_date', '=', effectiveDate)
      .where('deleted_at', 'is', null),
  );
  return row ? levelEventOf(row) : undefined;
}
