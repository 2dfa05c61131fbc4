/** The part of the register an import compares its rows with, read in one go. */
import type { Kysely, Transaction } from 'kysely';
import type { GroupType, MembershipRole, MembershipStatus } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import type { Snapshot } from '../../domain/register-import/plan';
import type { RegionRef } from '../../domain/register-import/values';

type Executor = Kysely<Database> | Transaction<Database>;

export async function loadRegions(db: Executor): Promise<RegionRef[]> {
  return db.selectFrom('regions').select(['code', 'name', 'county']).where('deleted_at', 'is', null).orderBy('code').execute();
}

export async function loadSnapshot(db: Executor, owner: string): Promise<Snapshot> {
  const persons = await db
    .selectFrom('persons as p')
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.name', 'p.email', 'o.name as organisationName', 'p.owner'])
    .where('p.deleted_at', 'is', null)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'owner'])
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const groups = await db
    .selectFrom('groups')
    .select(['id', 'name', 'type', 'owner'])
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();
  const memberships = await db
    .selectFrom('memberships')
    .select(['id', 'person_id', 'group_id', 'role', 'start_date', 'end_date', 'allocation_bp', 'status', 'owner', 'version'])
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    owner,
    persons,
    organisations,
    groups: groups.map((g) => ({ ...g, type: g.type as GroupType })),
    memberships: memberships.map((m) => ({
      id: m.id,
      personId: m.person_id,
      groupId: m.group_id,
      role: m.role as MembershipRole,
      startDate: m.start_date,
      endDate: m.end_date,
      allocationBp: m.allocation_bp,
      status: m.status as MembershipStatus,
      owner: m.owner,
      version: m.version,
    })),
  };
}
