/** The live register (no tombstones) as plain data for the pure insight and rule functions (domain/register-snapshot.ts). */
import type { Selectable } from 'kysely';
import type {
  Gender,
  GroupLevel,
  GroupType,
  HostingStatus,
  MembershipRole,
  MembershipStatus,
  OrganisationType,
} from '@shared/domain/enums';
import { all, qb, type Connection } from '../db/data';
import type { Database } from '../db/schema';
import { seatLabel } from '../domain/register-rules';
import type {
  RegisterSnapshot,
  SnapshotGroup,
  SnapshotMembership,
  SnapshotOrganisation,
  SnapshotPerson,
  SnapshotSeat,
} from '../domain/register-snapshot';
import { healthcareRegionMembers, liveHealthcareRegions, liveRegions } from './regions';

type Row<T extends keyof Database> = Selectable<Database[T]>;

const GROUP_COLUMNS = ['id', 'name', 'type', 'level', 'owner', 'region_code', 'host_healthcare_region_code', 'hosting_status'] as const;
const SEAT_COLUMNS = ['id', 'group_id', 'healthcare_region_code', 'region_code', 'ordinal'] as const;
const PERSON_COLUMNS = ['id', 'name', 'email', 'region_code', 'organisation_id', 'profession', 'gender'] as const;
const ORGANISATION_COLUMNS = ['id', 'name', 'type'] as const;
const MEMBERSHIP_COLUMNS = ['id', 'person_id', 'group_id', 'seat_id', 'role', 'start_date', 'end_date', 'status', 'allocation_bp'] as const;

export function snapshotGroupOf(g: Pick<Row<'groups'>, (typeof GROUP_COLUMNS)[number]>): SnapshotGroup {
  return {
    id: g.id,
    name: g.name,
    type: g.type as GroupType,
    level: g.level as GroupLevel,
    owner: g.owner,
    regionCode: g.region_code,
    hostHealthcareRegionCode: g.host_healthcare_region_code,
    hostingStatus: g.hosting_status as HostingStatus | null,
  };
}

export function snapshotSeatOf(s: Pick<Row<'seats'>, (typeof SEAT_COLUMNS)[number]>, perRegion: number | null): SnapshotSeat {
  return {
    id: s.id,
    groupId: s.group_id,
    healthcareRegionCode: s.healthcare_region_code,
    ordinal: s.ordinal,
    label: seatLabel(s, perRegion) ?? String(s.ordinal),
  };
}

export function snapshotPersonOf(p: Pick<Row<'persons'>, (typeof PERSON_COLUMNS)[number]>): SnapshotPerson {
  return {
    id: p.id,
    name: p.name,
    email: p.email,
    regionCode: p.region_code,
    organisationId: p.organisation_id,
    profession: p.profession,
    gender: p.gender as Gender | null,
  };
}

export function snapshotOrganisationOf(o: Pick<Row<'organisations'>, (typeof ORGANISATION_COLUMNS)[number]>): SnapshotOrganisation {
  return { id: o.id, name: o.name, type: o.type as OrganisationType };
}

export function snapshotMembershipOf(m: Pick<Row<'memberships'>, (typeof MEMBERSHIP_COLUMNS)[number]>): SnapshotMembership {
  return {
    id: m.id,
    personId: m.person_id,
    groupId: m.group_id,
    seatId: m.seat_id,
    role: m.role as MembershipRole,
    startDate: m.start_date,
    endDate: m.end_date,
    status: m.status as MembershipStatus,
    allocationBp: m.allocation_bp,
  };
}

function groupsAndSeats(conn: Connection) {
  const groups = all(
    conn,
    qb
      .selectFrom('groups')
      .select([...GROUP_COLUMNS, 'seats_per_healthcare_region'])
      .where('deleted_at', 'is', null),
  );
  const perRegion = new Map(groups.map((g) => [g.id, g.seats_per_healthcare_region]));
  const seats = all(
    conn,
    qb
      .selectFrom('seats')
      .select(SEAT_COLUMNS)
      .where('deleted_at', 'is', null)
      .orderBy('group_id')
      .orderBy('healthcare_region_code')
      .orderBy('ordinal'),
  );
  return {
    groups: groups.map(snapshotGroupOf),
    seats: seats.filter((s) => perRegion.has(s.group_id)).map((s) => snapshotSeatOf(s, perRegion.get(s.group_id) ?? null)),
  };
}

/** `seatedOnly`: just the memberships that hold a seat, and their persons (the vacancy view needs no more). */
function people(conn: Connection, seatedOnly: boolean) {
  const persons = all(
    conn,
    qb
      .selectFrom('persons')
      .select(PERSON_COLUMNS)
      .where('deleted_at', 'is', null)
      .$if(seatedOnly, (q) =>
        q.where('id', 'in', (eb) =>
          eb.selectFrom('memberships').select('person_id').where('seat_id', 'is not', null).where('deleted_at', 'is', null),
        ),
      )
      .orderBy('name'),
  );
  const organisations = all(conn, qb.selectFrom('organisations').select(ORGANISATION_COLUMNS).where('deleted_at', 'is', null));
  const memberships = all(
    conn,
    qb
      .selectFrom('memberships')
      .select(MEMBERSHIP_COLUMNS)
      .where('deleted_at', 'is', null)
      .$if(seatedOnly, (q) => q.where('seat_id', 'is not', null))
      .orderBy('start_date'),
  );
  return {
    persons: persons.map(snapshotPersonOf),
    organisations: organisations.map(snapshotOrganisationOf),
    memberships: memberships.map(snapshotMembershipOf),
  };
}

/** The live register; a membership of a removed group or person is left out (it does not count anywhere). */
export function loadRegisterSnapshot(conn: Connection, options: { seatedOnly?: boolean } = {}): RegisterSnapshot {
  const structure = groupsAndSeats(conn);
  const register = people(conn, options.seatedOnly ?? false);
  const groupIds = new Set(structure.groups.map((g) => g.id));
  const personIds = new Set(register.persons.map((p) => p.id));
  return {
    healthcareRegions: liveHealthcareRegions(conn),
    regions: liveRegions(conn),
    healthcareRegionMembers: healthcareRegionMembers(conn),
    ...structure,
    ...register,
    memberships: register.memberships.filter((m) => groupIds.has(m.groupId) && personIds.has(m.personId)),
  };
}
