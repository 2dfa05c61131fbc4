/** Hostings (värdskap) with their group's name and type and their key's name: the reads and the row→entity mapper. */
import type { GroupType, HostingStatus, RoundingUnit } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../../db/data';
import type { PlanHosting } from '../../domain/cost-plan/types';

function hostingsWithGroup() {
  return qb
    .selectFrom('hostings as h')
    .innerJoin('groups as g', 'g.id', 'h.group_id')
    .leftJoin('allocation_keys as k', 'k.id', 'h.allocation_key_id')
    .select([
      'h.id',
      'h.owner',
      'h.version',
      'h.group_id',
      'g.name as group_name',
      'g.type as group_type',
      'h.host_healthcare_region_code',
      'h.status',
      'h.start_date',
      'h.end_date',
      'h.allocation_key_id',
      'k.name as key_name',
      'h.rounding_unit',
    ])
    .where('h.deleted_at', 'is', null);
}

export type HostingRow = ReturnType<typeof hostingsWithGroup> extends { execute(): Promise<(infer R)[]> } ? R : never;

/** The hosting as the cost calculation knows it. */
export function toPlanHosting(r: HostingRow): PlanHosting {
  return {
    id: r.id,
    owner: r.owner,
    groupId: r.group_id,
    groupName: r.group_name,
    groupType: r.group_type as GroupType,
    hostHealthcareRegionCode: r.host_healthcare_region_code,
    status: r.status as HostingStatus,
    startDate: r.start_date,
    endDate: r.end_date,
    allocationKeyId: r.allocation_key_id,
    roundingUnit: r.rounding_unit as RoundingUnit,
    planningCopy: r.owner !== r.host_healthcare_region_code,
  };
}

/** Live hostings (of one host when given) by group name, start date and id. */
export function liveHostings(conn: Connection, hostHealthcareRegionCode: string | null = null): HostingRow[] {
  let query = hostingsWithGroup();
  if (hostHealthcareRegionCode !== null) query = query.where('h.host_healthcare_region_code', '=', hostHealthcareRegionCode);
  return all(conn, query.orderBy('g.name').orderBy('h.start_date').orderBy('h.id'));
}

/** A live hosting's owner and period, or undefined. */
export function liveHostingPeriod(conn: Connection, id: string) {
  return first(
    conn,
    qb.selectFrom('hostings').select(['owner', 'start_date', 'end_date']).where('id', '=', id).where('deleted_at', 'is', null),
  );
}

/** The live hostings of a group recorded by `owner` (their periods must not overlap). */
export function liveHostingsOfGroup(conn: Connection, groupId: string, owner: string) {
  return all(
    conn,
    qb
      .selectFrom('hostings')
      .select(['id', 'start_date', 'end_date'])
      .where('group_id', '=', groupId)
      .where('owner', '=', owner)
      .where('deleted_at', 'is', null),
  );
}

/** Whether a live hosting of a host other than `hostHealthcareRegionCode` uses the key. */
export function keyUsedByOtherHost(conn: Connection, keyId: string, hostHealthcareRegionCode: string): boolean {
  const used = first(
    conn,
    qb
      .selectFrom('hostings')
      .select('id')
      .where('allocation_key_id', '=', keyId)
      .where('deleted_at', 'is', null)
      .where('host_healthcare_region_code', '!=', hostHealthcareRegionCode),
  );
  return used !== undefined;
}
