import { first, qb, type Connection } from '../db/data';
import type { Counts } from '@shared/contract/app';

type CountedTable =
  | 'healthcare_regions'
  | 'regions'
  | 'groups'
  | 'seats'
  | 'organisations'
  | 'persons'
  | 'memberships'
  | 'team_activity_levels'
  | 'care_pathways';

function countLive(conn: Connection, table: CountedTable): number {
  const row = first(
    conn,
    qb
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deleted_at', 'is', null),
  );
  return Number(row?.n ?? 0);
}

export function countRecords(conn: Connection): Counts {
  const national = first(
    conn,
    qb
      .selectFrom('groups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      // what the overview's label names: NPO, NSG and the primary-care council (not the NPOs' working groups, NAG)
      .where('type', 'in', ['NPO', 'NSG', 'PRIMARY_CARE_COUNCIL'])
      .where('deleted_at', 'is', null),
  );
  return {
    healthcareRegions: countLive(conn, 'healthcare_regions'),
    regions: countLive(conn, 'regions'),
    groups: countLive(conn, 'groups'),
    nationalGroups: Number(national?.n ?? 0),
    seats: countLive(conn, 'seats'),
    organisations: countLive(conn, 'organisations'),
    persons: countLive(conn, 'persons'),
    memberships: countLive(conn, 'memberships'),
    activityLevelChanges: countLive(conn, 'team_activity_levels'),
    carePathways: countLive(conn, 'care_pathways'),
  };
}
