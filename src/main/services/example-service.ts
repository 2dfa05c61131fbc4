import type { ExampleLoadResult } from '@shared/contract/app';
import type { ServiceContext } from '../lib/context';
import { deterministicId } from '../lib/ids';
import { buildExampleDataset, type ExampleDataset } from '../domain/example-dataset';
import { readGroupsFile } from '../reference/files';
import { appendAudit } from '../repositories/audit';
import { SETTING_KEYS, setSetting } from '../repositories/settings';
import { newRecordColumns } from '../repositories/sync-columns';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';

async function norraSeats(ctx: ServiceContext) {
  const rows = await ctx.db
    .selectFrom('seats')
    .innerJoin('groups', 'groups.id', 'seats.group_id')
    .select(['seats.id as seatId', 'groups.id as groupId', 'groups.type as groupType', 'groups.name', 'seats.ordinal'])
    .where('seats.healthcare_region_code', '=', 'NORRA')
    .where('groups.level', '=', 'NATIONAL')
    .orderBy('groups.type')
    .orderBy('groups.name')
    .orderBy('seats.ordinal')
    .execute();
  return rows.map(({ seatId, groupId, groupType }) => ({ seatId, groupId, groupType }));
}

/** Inserts the dataset; rows that already exist (same deterministic id) are left alone. Returns new rows per kind. */
async function insertDataset(trx: Transaction<Database>, data: ExampleDataset, now: string): Promise<ExampleLoadResult> {
  const count = (results: { numInsertedOrUpdatedRows?: bigint }[]) =>
    results.reduce((sum, r) => sum + Number(r.numInsertedOrUpdatedRows ?? 0n), 0);
  const result: ExampleLoadResult = { organisations: 0, persons: 0, groups: 0, memberships: 0, activityLevelChanges: 0 };
  for (const o of data.organisations) {
    result.organisations += count(
      await trx
        .insertInto('organisations')
        .values({ ...newRecordColumns(o.id, o.regionCode, now), name: o.name, type: o.type, region_code: o.regionCode, is_example: 1 })
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }
  for (const p of data.persons) {
    result.persons += count(
      await trx
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
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }
  for (const g of data.groups) {
    result.groups += count(
      await trx
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
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }
  for (const l of data.levels) {
    const owner = data.groups.find((g) => g.id === l.groupId)?.regionCode ?? '14';
    result.activityLevelChanges += count(
      await trx
        .insertInto('team_activity_levels')
        .values({
          ...newRecordColumns(l.id, owner, now),
          group_id: l.groupId,
          level: l.level,
          effective_date: l.effectiveDate,
          note: l.note,
          is_example: 1,
        })
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }
  for (const m of data.memberships) {
    const owner = data.persons.find((p) => p.id === m.personId)?.regionCode ?? 'NORRA';
    result.memberships += count(
      await trx
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
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }
  return result;
}

/** Loads the clearly labelled example dataset in one transaction; loading it again adds nothing. */
export async function loadExampleData(ctx: ServiceContext): Promise<ExampleLoadResult> {
  const groupsFile = readGroupsFile(ctx.resourcesDir);
  const data = buildExampleDataset({
    vgrRegionCode: groupsFile.exampleRegion,
    rptByLevel2025: groupsFile.exampleRptByLevel2025,
    sorNames: groupsFile.exampleSorVgr.map((s) => s.name),
    rpoNames: groupsFile.exampleRpoVgr,
    norraSeats: await norraSeats(ctx),
    id: deterministicId,
  });
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const result = await insertDataset(trx, data, now);
    await setSetting(trx, SETTING_KEYS.exampleLoadedAt, now);
    await appendAudit(trx, { action: 'example:load', entity: 'dataset', recordId: null, before: null, after: result }, ctx.actor, now);
    return result;
  });
}
