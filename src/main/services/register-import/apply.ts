/** Writes an import plan inside the caller's transaction, with an audit entry for every record. */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { Ref } from '../../domain/register-import/match';
import type { ImportPlan, PlannedGroup, PlannedUpdate } from '../../domain/register-import/plan';
import { appendAudit } from '../../repositories/audit';
import { assertWritable } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { groupColumns, syncSeats } from '../register/groups';
import { membershipColumns } from '../register/memberships';
import { personColumns } from '../register/persons';

type Trx = Transaction<Database>;
export type ApplyContext = { owner: string; now: string; actor: string; newId: () => string; fileName: string };

const isRegionCode = (code: string) => /^\d{2}$/.test(code);

/** Resolves plan references to ids: existing ones as they are, new ones to the ids given on insert. */
class Ids {
  private readonly created = new Map<string, string>();
  constructor(private readonly newId: () => string) {}
  assign(key: string): string {
    const id = this.newId();
    this.created.set(key, id);
    return id;
  }
  of(ref: Ref): string {
    if (ref.kind === 'existing') return ref.id;
    const id = this.created.get(ref.key);
    if (id === undefined) throw new Error(`import plan refers to ${ref.key} before creating it`);
    return id;
  }
}

async function createGroup(trx: Trx, group: PlannedGroup, id: string, ctx: ApplyContext): Promise<void> {
  const input = {
    name: group.name,
    type: group.type,
    level: group.level,
    parentGroupId: null,
    healthcareRegionCode: group.level === 'HEALTHCARE_REGIONAL' && !isRegionCode(ctx.owner) ? ctx.owner : null,
    regionCode: group.level === 'REGIONAL' && isRegionCode(ctx.owner) ? ctx.owner : null,
    hostHealthcareRegionCode: null,
    hostingStatus: null,
    seatCount: null,
    description: `Skapad vid import av ${ctx.fileName}`,
  };
  const row = { ...newRecordColumns(id, ctx.owner, ctx.now), ...groupColumns(input) };
  await trx.insertInto('groups').values(row).execute();
  await syncSeats(trx, id, ctx.owner, group.type, row.seat_count, ctx.now, ctx.newId);
  await appendAudit(trx, { action: 'create', entity: 'groups', recordId: id, before: null, after: row }, ctx.actor, ctx.now);
}

async function createRecords(trx: Trx, plan: ImportPlan, ids: Ids, ctx: ApplyContext): Promise<void> {
  for (const group of plan.groups) await createGroup(trx, group, ids.assign(group.key), ctx);
  for (const org of plan.organisations) {
    const id = ids.assign(org.key);
    const row = { ...newRecordColumns(id, ctx.owner, ctx.now), name: org.name, type: org.type, region_code: org.regionCode };
    await trx.insertInto('organisations').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'organisations', recordId: id, before: null, after: row }, ctx.actor, ctx.now);
  }
  for (const person of plan.persons) {
    const id = ids.assign(person.key);
    const { organisation: _text, organisationType: _type, ...fields } = person.fields;
    const organisationId = person.organisation === null ? null : ids.of(person.organisation);
    const row = { ...newRecordColumns(id, ctx.owner, ctx.now), ...personColumns({ ...fields, organisationId }), ended_on: null };
    await trx.insertInto('persons').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'persons', recordId: id, before: null, after: row }, ctx.actor, ctx.now);
  }
}

async function createMemberships(trx: Trx, plan: ImportPlan, ids: Ids, ctx: ApplyContext): Promise<void> {
  for (const m of plan.memberships) {
    const id = ctx.newId();
    const input = {
      personId: ids.of(m.person),
      groupId: ids.of(m.group),
      seatId: null,
      role: m.fields.role,
      startDate: m.fields.startDate,
      endDate: m.fields.endDate,
      allocationBp: m.fields.allocationBp,
      status: m.fields.status ?? 'DECIDED',
      notes: null,
    };
    const row = { ...newRecordColumns(id, ctx.owner, ctx.now), ...(await membershipColumns(trx, input, m.groupType)) };
    await trx.insertInto('memberships').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'memberships', recordId: id, before: null, after: row }, ctx.actor, ctx.now);
  }
}

async function updateMembership(trx: Trx, update: PlannedUpdate, ctx: ApplyContext): Promise<void> {
  const before = await trx.selectFrom('memberships').selectAll().where('id', '=', update.membership.id).executeTakeFirst();
  assertWritable(before, 'Membership', ctx.owner, update.membership.version);
  const { endDate, allocationBp, status } = update.changes;
  const changes = {
    ...(endDate !== undefined && { end_date: endDate }),
    ...(allocationBp !== undefined && { allocation_bp: allocationBp }),
    ...(status !== undefined && { status }),
    version: before.version + 1,
    updated_at: ctx.now,
  };
  await trx.updateTable('memberships').set(changes).where('id', '=', before.id).execute();
  await appendAudit(
    trx,
    { action: 'update', entity: 'memberships', recordId: before.id, before, after: { ...before, ...changes } },
    ctx.actor,
    ctx.now,
  );
}

export async function applyPlan(trx: Trx, plan: ImportPlan, ctx: ApplyContext): Promise<void> {
  const ids = new Ids(ctx.newId);
  await createRecords(trx, plan, ids, ctx);
  await createMemberships(trx, plan, ids, ctx);
  for (const update of plan.updates) await updateMembership(trx, update, ctx);
}
