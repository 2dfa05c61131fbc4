/** The part of the register an import compares its rows with, read in one go. */
import type { GroupType, MembershipRole, MembershipStatus } from '@shared/domain/enums';
import { all, qb, type Connection } from '../../db/data';
import type { Snapshot } from '../../domain/register-import/plan';
import type { RegionRef } from '../../domain/register-import/values';

export function loadRegions(conn: Connection): RegionRef[] {
  return all(conn, qb.selectFrom('regions').select(['code', 'name', 'county']).where('deleted_at', 'is', null).orderBy('code'));
}

export function loadSnapshot(conn: Connection, owner: string): Snapshot {
  const persons = all(
    conn,
    qb
      .selectFrom('persons as p')
      .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['p.id', 'p.name', 'p.email', 'o.name as organisationName', 'p.owner'])
      .where('p.deleted_at', 'is', null)
      .orderBy('p.created_at')
      .orderBy('p.id'),
  );
  const organisations = all(
    conn,
    qb.selectFrom('organisations').select(['id', 'name', 'owner']).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id'),
  );
  const groups = all(conn, qb.selectFrom('groups').select(['id', 'name', 'type', 'owner']).where('deleted_at', 'is', null).orderBy('name'));
  const memberships = all(
    conn,
    qb
      .selectFrom('memberships')
      .select(['id', 'person_id', 'group_id', 'role', 'start_date', 'end_date', 'allocation_bp', 'status', 'owner', 'version'])
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id'),
  );
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
