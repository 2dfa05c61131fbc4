import type { AllocationDefault, MembershipView } from '@shared/contract/register';
import type { GroupType, MembershipRole, MembershipStatus } from '@shared/domain/enums';
import { all, first, qb, run, type Connection } from '../../db/data';
import { membershipPhase, seatLabel } from '../../domain/register-rules';
import type { RecordRow } from '../record-writer';

export type MembershipRow = RecordRow<'memberships'>;
export type MembershipFilter = { personId?: string; groupId?: string; id?: string };

function viewQuery(filter: MembershipFilter) {
  let query = qb
    .selectFrom('memberships as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .leftJoin('seats as s', 's.id', 'm.seat_id')
    .select(['m.id', 'm.person_id', 'p.name as person_name', 'p.region_code as person_region', 'm.group_id', 'g.name as group_name'])
    .select(['g.type as group_type', 'g.seats_per_healthcare_region', 'm.seat_id', 's.healthcare_region_code', 's.region_code'])
    .select(['s.ordinal', 'm.role', 'm.start_date', 'm.end_date', 'm.allocation_bp', 'm.status', 'm.notes', 'm.owner', 'm.version'])
    .where('m.deleted_at', 'is', null);
  if (filter.personId) query = query.where('m.person_id', '=', filter.personId);
  if (filter.groupId) query = query.where('m.group_id', '=', filter.groupId);
  if (filter.id) query = query.where('m.id', '=', filter.id);
  return query.orderBy('m.start_date', 'desc').orderBy('p.name');
}

/** The row→entity mapper of memberships, with the names a person needs to read them. */
export function toMembershipView(
  r: {
    id: string;
    person_id: string;
    person_name: string;
    person_region: string | null;
    group_id: string;
    group_name: string;
    group_type: string;
    seats_per_healthcare_region: number | null;
    seat_id: string | null;
    healthcare_region_code: string | null;
    region_code: string | null;
    ordinal: number | null;
    role: string;
    start_date: string;
    end_date: string | null;
    allocation_bp: number;
    status: string;
    notes: string | null;
    owner: string;
    version: number;
  },
  today: string,
  owner: string | null,
): MembershipView {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    personRegionCode: r.person_region,
    groupId: r.group_id,
    groupName: r.group_name,
    groupType: r.group_type as GroupType,
    seatId: r.seat_id,
    seatLabel:
      r.ordinal === null
        ? null
        : seatLabel(
            { healthcare_region_code: r.healthcare_region_code, region_code: r.region_code, ordinal: r.ordinal },
            r.seats_per_healthcare_region,
          ),
    role: r.role as MembershipRole,
    startDate: r.start_date,
    endDate: r.end_date,
    allocationBp: r.allocation_bp,
    status: r.status as MembershipStatus,
    phase: membershipPhase({ startDate: r.start_date, endDate: r.end_date, status: r.status }, today),
    notes: r.notes,
    owner: r.owner,
    version: r.version,
    readOnly: owner === null || r.owner !== owner,
  };
}

/** Live memberships matching the filter, newest first, as views. */
export function membershipViews(conn: Connection, filter: MembershipFilter, today: string, owner: string | null): MembershipView[] {
  return all(conn, viewQuery(filter)).map((r) => toMembershipView(r, today, owner));
}

/** A person's live memberships of `owner` still running (or planned) after `day`. */
export function openMembershipsOf(conn: Connection, personId: string, owner: string, day: string): MembershipRow[] {
  return all(
    conn,
    qb
      .selectFrom('memberships')
      .selectAll()
      .where('person_id', '=', personId)
      .where('owner', '=', owner)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', day)])),
  );
}

/** The configured default share for a group type and role, or 0 when none is configured. */
export function defaultAllocation(conn: Connection, groupType: string, role: string): number {
  return allocationDefault(conn, groupType, role)?.allocation_bp ?? 0;
}

export function allocationDefault(conn: Connection, groupType: string, role: string) {
  return first(conn, qb.selectFrom('role_allocation_defaults').selectAll().where('group_type', '=', groupType).where('role', '=', role));
}

export function allocationDefaults(conn: Connection): AllocationDefault[] {
  const rows = all(conn, qb.selectFrom('role_allocation_defaults').selectAll().orderBy('group_type').orderBy('role'));
  return rows.map((r) => ({ groupType: r.group_type as GroupType, role: r.role as MembershipRole, allocationBp: r.allocation_bp }));
}

export function saveAllocationDefault(conn: Connection, value: AllocationDefault): void {
  run(
    conn,
    qb
      .insertInto('role_allocation_defaults')
      .values({ group_type: value.groupType, role: value.role, allocation_bp: value.allocationBp })
      .onConflict((oc) => oc.columns(['group_type', 'role']).doUpdateSet({ allocation_bp: value.allocationBp })),
  );
}

/** A live assignment of a seat with its holder's name: what a seat refusal names. */
export type SeatHolder = {
  id: string;
  seatId: string | null;
  startDate: string;
  endDate: string | null;
  personName: string;
  owner: string;
};

/** Every live assignment of one seat (any status), with the holder's name. */
export function seatHolders(conn: Connection, seatId: string): SeatHolder[] {
  const rows = all(
    conn,
    qb
      .selectFrom('memberships as m')
      .innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['m.id', 'm.seat_id', 'm.start_date', 'm.end_date', 'p.name as person_name', 'm.owner'])
      .where('m.seat_id', '=', seatId)
      .where('m.deleted_at', 'is', null)
      .orderBy('m.start_date'),
  );
  return rows.map((r) => ({
    id: r.id,
    seatId: r.seat_id,
    startDate: r.start_date,
    endDate: r.end_date,
    personName: r.person_name,
    owner: r.owner,
  }));
}

/** How many live assignments (past, present or planned) a person or a group has. */
export function liveMembershipCount(conn: Connection, of: { personId: string } | { groupId: string }): number {
  const [column, value] = 'personId' in of ? (['person_id', of.personId] as const) : (['group_id', of.groupId] as const);
  const row = first(
    conn,
    qb
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deleted_at', 'is', null)
      .where(column, '=', value),
  );
  return Number(row?.n ?? 0);
}
