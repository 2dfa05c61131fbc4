/**
 * What the saved year cost reports (read-model/year-seeds.ts) read to catch up after a start: the region
 * of persons (any state), and one region's memberships overlapping a year as the cost plan takes them
 * (live membership, person and group, in the plan's order: person name, group name, start date, id).
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

/** The regions' memberships overlapping the year, per region in the plan's order (as the register mirror orders them). */
export function regionYearMemberships(conn: Connection, regionCodes: readonly string[], year: number): Map<string, PlanMembership[]> {
  const result = new Map<string, PlanMembership[]>(regionCodes.map((c) => [c, []]));
  if (regionCodes.length === 0) return result;
  // the groups are few (a couple of thousand nationally): read once, not joined per membership (about half the read's time)
  const groups = new Map(
    all(conn, qb.selectFrom('groups').select(['id', 'name', 'type']).where('deleted_at', 'is', null)).map((g) => [g.id, g]),
  );
  const rows = all(
    conn,
    qb
      .selectFrom('memberships as m')
      .innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['m.id', 'm.person_id', 'm.group_id', 'm.role', 'm.start_date', 'm.end_date', 'm.allocation_bp'])
      .select(['p.name as person_name', 'p.region_code', 'p.profession'])
      .where('m.deleted_at', 'is', null)
      .where('p.deleted_at', 'is', null)
      .where('p.region_code', 'in', [...regionCodes])
      .where('m.start_date', '<=', `${year}-12-31`)
      .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', `${year}-01-01`)])),
  );
  for (const r of rows) {
    const group = groups.get(r.group_id);
    if (group === undefined) continue;
    result.get(r.region_code ?? '')?.push({
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
  for (const list of result.values())
    list.sort(
      (a, b) =>
        compareText(a.personName, b.personName) ||
        compareText(a.groupName, b.groupName) ||
        compareText(a.startDate, b.startDate) ||
        compareText(a.id, b.id),
    );
  return result;
}
