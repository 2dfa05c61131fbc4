import type { Kysely, Transaction } from 'kysely';
import type {
  Gender,
  GroupLevel,
  GroupType,
  HostingStatus,
  MembershipRole,
  MembershipStatus,
  OrganisationType,
} from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import type { RegisterSnapshot } from '../../domain/register-snapshot';
import { seatLabel } from '../../domain/register-rules';

type Executor = Kysely<Database> | Transaction<Database>;

async function loadGroupsAndSeats(db: Executor) {
  const groups = await db
    .selectFrom('groups')
    .select([
      'id',
      'name',
      'type',
      'level',
      'owner',
      'region_code',
      'host_healthcare_region_code',
      'hosting_status',
      'seats_per_healthcare_region',
    ])
    .where('deleted_at', 'is', null)
    .execute();
  const perRegion = new Map(groups.map((g) => [g.id, g.seats_per_healthcare_region]));
  const seats = await db
    .selectFrom('seats')
    .select(['id', 'group_id', 'healthcare_region_code', 'region_code', 'ordinal'])
    .where('deleted_at', 'is', null)
    .orderBy('group_id')
    .orderBy('healthcare_region_code')
    .orderBy('ordinal')
    .execute();
  return {
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      type: g.type as GroupType,
      level: g.level as GroupLevel,
      owner: g.owner,
      regionCode: g.region_code,
      hostHealthcareRegionCode: g.host_healthcare_region_code,
      hostingStatus: g.hosting_status as HostingStatus | null,
    })),
    seats: seats
      .filter((s) => perRegion.has(s.group_id))
      .map((s) => ({
        id: s.id,
        groupId: s.group_id,
        healthcareRegionCode: s.healthcare_region_code,
        ordinal: s.ordinal,
        label: seatLabel(s, perRegion.get(s.group_id) ?? null) ?? String(s.ordinal),
      })),
  };
}

/** `seatedOnly`: just the memberships that hold a seat in a national group, and their persons (the vacancy view needs no more). */
async function loadPeople(db: Executor, seatedOnly: boolean) {
  const persons = await db
    .selectFrom('persons')
    .select(['id', 'name', 'email', 'region_code', 'organisation_id', 'profession', 'gender'])
    .where('deleted_at', 'is', null)
    .$if(seatedOnly, (q) =>
      q.where('id', 'in', (eb) =>
        eb.selectFrom('memberships').select('person_id').where('seat_id', 'is not', null).where('deleted_at', 'is', null),
      ),
    )
    .orderBy('name')
    .execute();
  const organisations = await db.selectFrom('organisations').select(['id', 'name', 'type']).where('deleted_at', 'is', null).execute();
  const memberships = await db
    .selectFrom('memberships')
    .select(['id', 'person_id', 'group_id', 'seat_id', 'role', 'start_date', 'end_date', 'status', 'allocation_bp'])
    .where('deleted_at', 'is', null)
    .$if(seatedOnly, (q) => q.where('seat_id', 'is not', null))
    .orderBy('start_date')
    .execute();
  return {
    persons: persons.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      regionCode: p.region_code,
      organisationId: p.organisation_id,
      profession: p.profession,
      gender: p.gender as Gender | null,
    })),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, type: o.type as OrganisationType })),
    memberships: memberships.map((m) => ({
      id: m.id,
      personId: m.person_id,
      groupId: m.group_id,
      seatId: m.seat_id,
      role: m.role as MembershipRole,
      startDate: m.start_date,
      endDate: m.end_date,
      status: m.status as MembershipStatus,
      allocationBp: m.allocation_bp,
    })),
  };
}

/** The live register (no tombstones) as plain data for the pure insight and rule functions. */
export async function loadRegisterSnapshot(db: Executor, options: { seatedOnly?: boolean } = {}): Promise<RegisterSnapshot> {
  const healthcareRegions = await db
    .selectFrom('healthcare_regions')
    .select(['code', 'name'])
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();
  const regions = await db.selectFrom('regions').select(['code', 'name']).where('deleted_at', 'is', null).orderBy('code').execute();
  const members = await db
    .selectFrom('healthcare_region_members')
    .select(['healthcare_region_code', 'region_code'])
    .where('deleted_at', 'is', null)
    .execute();
  const structure = await loadGroupsAndSeats(db);
  const people = await loadPeople(db, options.seatedOnly ?? false);
  const groupIds = new Set(structure.groups.map((g) => g.id));
  const personIds = new Set(people.persons.map((p) => p.id));
  return {
    healthcareRegions,
    regions,
    healthcareRegionMembers: members.map((m) => ({ healthcareRegionCode: m.healthcare_region_code, regionCode: m.region_code })),
    ...structure,
    ...people,
    // a membership of a removed group or person does not count anywhere
    memberships: people.memberships.filter((m) => groupIds.has(m.groupId) && personIds.has(m.personId)),
  };
}
