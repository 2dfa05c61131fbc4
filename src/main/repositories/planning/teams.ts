/** Groups seen as teams (RPT groups and groups with level events), and their active member counts. */
import { sql } from 'kysely';
import type { GroupType } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../../db/data';
import { activeOnSql } from '../register-search';

export type TeamFilter = {
  groupType: GroupType | null;
  regionCode: string | null;
  groupIds?: readonly string[];
  anyGroup?: boolean;
  regionCodes?: readonly string[];
};
export type TeamGroup = { id: string; name: string; type: GroupType; regionCode: string | null; parentName: string | null; owner: string };

type TeamGroupRow = { id: string; name: string; type: string; region_code: string | null; owner: string; parent_name: string | null };

export function teamGroupOf(r: TeamGroupRow): TeamGroup {
  return { id: r.id, name: r.name, type: r.type as GroupType, regionCode: r.region_code, parentName: r.parent_name, owner: r.owner };
}

/** RPT groups and every group with a level event; with a type filter, every group of that type (Swedish name order). */
export function loadTeamGroups(conn: Connection, filter: TeamFilter): TeamGroup[] {
  let query = qb
    .selectFrom('groups as g')
    .leftJoin('groups as parent', 'parent.id', 'g.parent_group_id')
    .select(['g.id', 'g.name', 'g.type', 'g.region_code', 'g.owner', 'parent.name as parent_name'])
    .where('g.deleted_at', 'is', null);
  if (filter.groupType !== null) query = query.where('g.type', '=', filter.groupType);
  else if (!filter.anyGroup)
    query = query.where(
      sql<boolean>`(g.type = 'RPT' OR EXISTS (SELECT 1 FROM team_activity_levels t WHERE t.group_id = g.id AND t.deleted_at IS NULL))`,
    );
  if (filter.regionCode !== null) query = query.where('g.region_code', '=', filter.regionCode);
  if (filter.regionCodes) query = query.where('g.region_code', 'in', filter.regionCodes.length > 0 ? [...filter.regionCodes] : ['']);
  if (filter.groupIds) query = query.where('g.id', 'in', filter.groupIds.length > 0 ? [...filter.groupIds] : ['']);
  const collator = new Intl.Collator('sv', { sensitivity: 'base' });
  return all(conn, query)
    .map(teamGroupOf)
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Active memberships per group on `day`. */
export function activeMemberCounts(conn: Connection, day: string): Map<string, number> {
  const rows = all(
    conn,
    qb
      .selectFrom('memberships as m')
      .select(['m.group_id'])
      .select(sql<number>`COUNT(*)`.as('n'))
      .where(activeOnSql(day))
      .groupBy('m.group_id'),
  );
  return new Map(rows.map((r) => [r.group_id, Number(r.n)]));
}

/** What the planning services check of a live group (exists, owner, name, type), or undefined. */
export function liveGroupBrief(conn: Connection, id: string): { owner: string; name: string; type: GroupType } | undefined {
  const row = first(conn, qb.selectFrom('groups').select(['owner', 'name', 'type']).where('id', '=', id).where('deleted_at', 'is', null));
  return row ? { owner: row.owner, name: row.name, type: row.type as GroupType } : undefined;
}
