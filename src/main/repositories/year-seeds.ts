/**
 * What the saved year cost reports (read-model/year-seeds.ts) read to catch up after a start: the region
 * of persons (any state), and one region's memberships overlapping a year as the cost plan takes them
 * (live membership, person and group, in the plan's order: person name, group name, start date, id), or
 * the same of a few persons (the persons a change touches).
 */
import { all, qb, type Connection } from '../db/data';
import type { GroupType, MembershipRole } from '@shared/domain/enums';
import type { PlanMembership } from '../domain/cost-plan/types';

/** Person id → region code (null: none), for the persons still in the table. */
export function personRegions(conn: Connection, personIds: readonly string[]): Map<string, string | null> {
  if (personIds.length === 0) return new Map();
  const rows = all(
    conn,
    qb
      .selectFrom('persons')
      .select(['id', 'region_code'])
      .where('id', 'in', [...personIds]),
  );
  return new Map(rows.map((r) => [r.id, r.region_code]));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The live memberships overlapping the year of live persons picked by `where`, as the cost plan takes them (plan order). */
function yearMemberships(
  conn: Connection,
  year: number,
  where: { regionCodes: readonly string[] } | { personIds: readonly string[] },
): PlanMembership[] {
  // the groups are few (a couple of thousand nationally): read once, not joined per membership (about half the read's time)
  const groups = new Map(
    all(conn, qb.selectFrom('groups').select(['id', 'name', 'type']).where('deleted_at', 'is', null)).map((g) => [g.id, g]),
  );
  const query = qb
    .selectFrom('memberships as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.id', 'm.person_id', 'm.group_id', 'm.role', 'm.start_date', 'm.end_date', 'm.allocation_bp'])
    .select(['p.name as person_name', 'p.region_code', 'p.profession'])
    .where('m.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('m.start_date', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', `${year}-01-01`)]));
  const rows = all(
    conn,
    'regionCodes' in where ? query.where('p.region_code', 'in', [...where.regionCodes]) : query.where('p.id', 'in', [...where.personIds]),
  );
  const memberships: PlanMembership[] = [];
  for (const r of rows) {
    const group = groups.get(r.group_id);
    if (group === undefined) continue;
    memberships.push({
      id: r.id,
      personId: r.person_id,
      personName: r.person_name,
      personRegionCode: r.region_code ?? '',
      profession: r.profession,
      groupId: r.group_id,
      groupName: group.name,
      groupType: group.type as GroupType,
      role: r.role as MembershipRole,
      allocationBp: r.allocation_bp,
      startDate: r.start_date,
      endDate: r.end_date,
    });
  }
  return memberships.sort(
    (a, b) =>
      compareText(a.personName, b.personName) ||
      compareText(a.groupName, b.groupName) ||
      compareText(a.startDate, b.startDate) ||
      compareText(a.id, b.id),
  );
}

/** The regions' memberships overlapping the year, per region in the plan's order (as the register mirror orders them). */
export function regionYearMemberships(conn: Connection, regionCodes: readonly string[], year: number): Map<string, PlanMembership[]> {
  const result = new Map<string, PlanMembership[]>(regionCodes.map((c) => [c, []]));
  if (regionCodes.length === 0) return result;
  for (const m of yearMemberships(conn, year, { regionCodes })) result.get(m.personRegionCode)?.push(m);
  return result;
}

/** The persons' memberships overlapping the year (live persons, any region), in the plan's order. */
export function personYearMemberships(conn: Connection, personIds: readonly string[], year: number): PlanMembership[] {
  const memberships: PlanMembership[] = [];
  // in slices: a bound parameter each
  for (let i = 0; i < personIds.length; i += 500)
    memberships.push(...yearMemberships(conn, year, { personIds: personIds.slice(i, i + 500) }));
  return memberships;
}
