/** The example dataset's rows: NORRA's national seats it fills, and its bulk insert (insert or leave alone). */
import type { ExampleLoadResult } from '@shared/contract/app';
import { all, qb, run, type Connection, type Query } from '../db/data';
import type { ExampleDataset } from '../domain/example-dataset';
import { newRecordColumns } from './sync-columns';

/** The seats of NORRA in national groups, in the order the example dataset assigns them. */
export function norraSeats(conn: Connection) {
  const rows = all(
    conn,
    qb
      .selectFrom('seats')
      .innerJoin('groups', 'groups.id', 'seats.group_id')
      .select(['seats.id as seatId', 'groups.id as groupId', 'groups.type as groupType', 'groups.name', 'seats.ordinal'])
      .where('seats.healthcare_region_code', '=', 'NORRA')
      .where('groups.level', '=', 'NATIONAL')
      .orderBy('groups.type')
      .orderBy('groups.name')
      .orderBy('seats.ordinal'),
  );
  return rows.map(({ seatId, groupId, groupType }) => ({ seatId, groupId, groupType }));
}

/** Runs one insert-or-leave-alone per item; how many rows were new. */
function insertNew<T>(conn: Connection, items: readonly T[], insert: (item: T) => Query<unknown>): number {
  let added = 0;
  for (const item of items) added += run(conn, insert(item)).changes;
  return added;
}

/**
 * Inserts the dataset (a bulk path like package import: one audit entry for the whole dataset is the
 * caller's); rows that already exist (same deterministic id) are left alone. Returns new rows per kind.
 */
export function insertExampleDataset(conn: Connection, data: ExampleDataset, now: string): Omit<ExampleLoadResult, 'costRecords'> {
  const organisations = insertNew(conn, data.organisations, (o) =>
    qb
      .insertInto('organisations')
      .values({ ...newRecordColumns(o.id, o.regionCode, now), name: o.name, type: o.type, region_code: o.regionCode, is_example: 1 })
      .onConflict((oc) => oc.doNothing()),
  );
  const persons = insertNew(conn, data.persons, (p) =>
    qb
      .insertInto('persons')
      .values({
        ...newRecordColumns(p.id, p.regionCode, now),
        name: p.name,
        email: p.email,
        phone: null,
        region_code: p.regionCode,
        organisation_id: p.organisationId,
        profession: p.profession,
        gender: p.gender,
        notes: 'Exempeldata – fiktiv person',
        ended_on: null,
        is_example: 1,
      })
      .onConflict((oc) => oc.doNothing()),
  );
  const groups = insertNew(conn, data.groups, (g) =>
    qb
      .insertInto('groups')
      .values({
        ...newRecordColumns(g.id, g.regionCode, now),
        name: g.name,
        type: g.type,
        level: 'REGIONAL',
        parent_group_id: null,
        healthcare_region_code: null,
        region_code: g.regionCode,
        host_healthcare_region_code: null,
        hosting_status: null,
        seats_per_healthcare_region: null,
        seat_count: null,
        description: 'Exempeldata från VGR:s presentation 2025',
        is_example: 1,
      })
      .onConflict((oc) => oc.doNothing()),
  );
  const activityLevelChanges = insertNew(conn, data.levels, (l) => {
    const owner = data.groups.find((g) => g.id === l.groupId)?.regionCode ?? '14';
    return qb
      .insertInto('team_activity_levels')
      .values({
        ...newRecordColumns(l.id, owner, now),
        group_id: l.groupId,
        level: l.level,
        effective_date: l.effectiveDate,
        note: l.note,
        is_example: 1,
      })
      .onConflict((oc) => oc.doNothing());
  });
  const memberships = insertNew(conn, data.memberships, (m) => {
    const owner = data.persons.find((p) => p.id === m.personId)?.regionCode ?? 'NORRA';
    return qb
      .insertInto('memberships')
      .values({
        ...newRecordColumns(m.id, owner, now),
        person_id: m.personId,
        group_id: m.groupId,
        seat_id: m.seatId,
        role: 'MEMBER',
        start_date: m.startDate,
        end_date: m.endDate,
        allocation_bp: m.allocationBp,
        status: m.status,
        notes: null,
        is_example: 1,
      })
      .onConflict((oc) => oc.doNothing());
  });
  return { organisations, persons, groups, memberships, activityLevelChanges };
}
