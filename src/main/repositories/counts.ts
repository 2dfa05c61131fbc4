import type { Db } from '../db/schema';
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

async function countLive(db: Db, table: CountedTable): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countRecords(db: Db): Promise<Counts> {
  const national = await db
    .selectFrom('groups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    // what the overview's label names: NPO, NSG and the primary-care council (not the NPOs' working groups, NAG)
    .where('type', 'in', ['NPO', 'NSG', 'PRIMARY_CARE_COUNCIL'])
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    healthcareRegions: await countLive(db, 'healthcare_regions'),
    regions: await countLive(db, 'regions'),
    groups: await countLive(db, 'groups'),
    nationalGroups: Number(national.n),
    seats: await countLive(db, 'seats'),
    organisations: await countLive(db, 'organisations'),
    persons: await countLive(db, 'persons'),
    memberships: await countLive(db, 'memberships'),
    activityLevelChanges: await countLive(db, 'team_activity_levels'),
    carePathways: await countLive(db, 'care_pathways'),
  };
}
