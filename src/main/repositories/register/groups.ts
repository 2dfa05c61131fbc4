import type { GroupSummary } from '@shared/contract/register';
import type { GroupLevel, GroupType, HostingStatus } from '@shared/domain/enums';
import { all, first, qb, type Connection } from '../../db/data';
import type { RecordRow } from '../record-writer';
import type { groupRows } from '../register-search';

export type GroupRow = RecordRow<'groups'>;
export type SeatRow = RecordRow<'seats'>;

/** The row→entity mapper of the group list. */
export function toGroupSummary(r: ReturnType<typeof groupRows>[number]): GroupSummary {
  return {
    id: r.id,
    name: r.name,
    type: r.type as GroupType,
    level: r.level as GroupLevel,
    parentGroupId: r.parent_group_id,
    parentGroupName: r.parent_name,
    owner: r.owner,
    regionCode: r.region_code,
    healthcareRegionCode: r.healthcare_region_code,
    hostHealthcareRegionCode: r.host_healthcare_region_code,
    hostingStatus: r.hosting_status as HostingStatus | null,
    seatCount: Number(r.seat_count),
    filledSeats: Number(r.filled),
    activeMembers: Number(r.active),
    isExample: r.is_example === 1,
  };
}

export function liveGroup(conn: Connection, id: string): GroupRow | undefined {
  return first(conn, qb.selectFrom('groups').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}

/** The type of a live group, or undefined. */
export function liveGroupType(conn: Connection, id: string): GroupType | undefined {
  const row = first(conn, qb.selectFrom('groups').select('type').where('id', '=', id).where('deleted_at', 'is', null));
  return row?.type as GroupType | undefined;
}

/** A group's live child groups, in name order. */
export function childGroups(conn: Connection, id: string): { id: string; name: string; type: GroupType }[] {
  const rows = all(
    conn,
    qb
      .selectFrom('groups')
      .select(['id', 'name', 'type'])
      .where('parent_group_id', '=', id)
      .where('deleted_at', 'is', null)
      .orderBy('name'),
  );
  return rows.map((c) => ({ id: c.id, name: c.name, type: c.type as GroupType }));
}

/** Every seat a group ever had, tombstones included (they keep their place in the unique seat key). */
export function everySeatOfGroup(conn: Connection, groupId: string): SeatRow[] {
  return all(conn, qb.selectFrom('seats').selectAll().where('group_id', '=', groupId));
}

/** A group's live seats, by healthcare region and ordinal. */
export function seatsOfGroup(conn: Connection, groupId: string): SeatRow[] {
  return all(
    conn,
    qb
      .selectFrom('seats')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('deleted_at', 'is', null)
      .orderBy('healthcare_region_code')
      .orderBy('ordinal'),
  );
}

export function liveSeat(conn: Connection, id: string): SeatRow | undefined {
  return first(conn, qb.selectFrom('seats').selectAll().where('id', '=', id).where('deleted_at', 'is', null));
}

/** Whether a live membership holds the seat. */
export function seatInUse(conn: Connection, seatId: string): boolean {
  return first(conn, qb.selectFrom('memberships').select('id').where('seat_id', '=', seatId).where('deleted_at', 'is', null)) !== undefined;
}

/** The healthcare regions of every seat a live membership holds (past, present or planned). */
export function healthcareRegionsOfHeldSeats(conn: Connection): string[] {
  const rows = all(
    conn,
    qb
      .selectFrom('seats')
      .innerJoin('memberships', 'memberships.seat_id', 'seats.id')
      .select('seats.healthcare_region_code as code')
      .distinct()
      .where('memberships.deleted_at', 'is', null)
      .where('seats.healthcare_region_code', 'is not', null),
  );
  return rows.flatMap((r) => (r.code === null ? [] : [r.code]));
}

export function healthcareRegionCodes(conn: Connection): string[] {
  return all(conn, qb.selectFrom('healthcare_regions').select('code').orderBy('code')).map((h) => h.code);
}
