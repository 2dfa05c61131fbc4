/** A region's actual outcomes per year and category (migration 0016): the reads. */
import type { Selectable } from 'kysely';
import { all, first, qb, type Connection } from '../../db/data';
import type { CostRegionActualsTable, RegionActualCategory } from '../../db/schema';

export type RegionActualRow = Selectable<CostRegionActualsTable>;
export type RegionActualListRow = RegionActualRow & { group_name: string | null };

/** Live outcomes of the years fromYear…toYear, with the hosting's group name: by region, year, category, group. */
export function liveRegionActuals(conn: Connection, fromYear: number, toYear: number): RegionActualListRow[] {
  return all(
    conn,
    qb
      .selectFrom('cost_region_actuals as a')
      .leftJoin('hostings as h', 'h.id', 'a.hosting_id')
      .leftJoin('groups as g', 'g.id', 'h.group_id')
      .selectAll('a')
      .select('g.name as group_name')
      .where('a.year', '>=', fromYear)
      .where('a.year', '<=', toYear)
      .where('a.deleted_at', 'is', null)
      .orderBy('a.region_code')
      .orderBy('a.year')
      .orderBy('a.category')
      .orderBy('g.name')
      .orderBy('a.id'),
  );
}

export type RegionActualTarget = {
  owner: string;
  regionCode: string;
  year: number;
  category: RegionActualCategory;
  hostingId: string | null;
};

/** The stored outcome of one target, tombstone included, or undefined. */
export function regionActualOf(conn: Connection, target: RegionActualTarget): RegionActualRow | undefined {
  let query = qb
    .selectFrom('cost_region_actuals')
    .selectAll()
    .where('owner', '=', target.owner)
    .where('region_code', '=', target.regionCode)
    .where('year', '=', target.year)
    .where('category', '=', target.category);
  query = target.hostingId === null ? query.where('hosting_id', 'is', null) : query.where('hosting_id', '=', target.hostingId);
  return first(conn, query);
}
