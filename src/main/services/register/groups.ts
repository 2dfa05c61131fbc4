import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type {
  GroupDetail,
  GroupSummary,
  groupCreateSchema,
  groupListSchema,
  groupSearchSchema,
  groupUpdateSchema,
} from '@shared/contract/register';
import type { GroupLevel, GroupType, HostingStatus } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { hierarchyProblem, isoDay, seatPlan, seatsPerHealthcareRegion } from '../../domain/register-rules';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, auditHistory, provenanceOf, requireOwnerCode } from '../../repositories/records';
import { groupRows, pageGroups } from '../../repositories/register-search';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { newRecordColumns } from '../../repositories/sync-columns';
import { loadMembershipViews, seatLabel } from './membership-views';

type ListInput = z.output<typeof groupListSchema>;
type SearchInput = z.output<typeof groupSearchSchema>;
type CreateInput = z.output<typeof groupCreateSchema>;
type UpdateInput = z.output<typeof groupUpdateSchema>;
type Trx = Transaction<Database>;

type GroupRow = Awaited<ReturnType<typeof groupRows>>[number];

function toSummary(r: GroupRow): GroupSummary {
  return {
    id: r.id,
    name: r.name,
    type: r.type as GroupType,
    level: r.level as GroupLevel,
    parentGroupId: r.parent_group_id,
    parentGroupName: r.parent_name,
    owner: r.owner,
    regionCode: r.region_code,
    healthcareRegionCode: r.healthcare_region_code,
    hostHealthcareRegionCode: r.host_healthcare_region_code,
    hostingStatus: r.hosting_status as HostingStatus | null,
    seatCount: Number(r.seat_count),
    filledSeats: Number(r.filled),
    activeMembers: Number(r.active),
    isExample: r.is_example === 1,
  };
}

/** Every matching group, in level, type and name order (for pickers and filters). */
export async function listGroups(ctx: ServiceContext, input: ListInput): Promise<GroupSummary[]> {
  const { ids } = await pageGroups(ctx.db, input, null, 0);
  return (await groupRows(ctx.db, ids, isoDay(ctx.now()))).map(toSummary);
}

/** One page of matching groups with the total count (the group list). */
export async function searchGroups(ctx: ServiceContext, input: SearchInput): Promise<{ total: number; rows: GroupSummary[] }> {
  const { total, ids } = await pageGroups(ctx.db, input, input.limit, input.offset);
  return { total, rows: (await groupRows(ctx.db, ids, isoDay(ctx.now()))).map(toSummary) };
}

export async function getGroup(ctx: ServiceContext, id: string): Promise<GroupDetail> {
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const today = isoDay(ctx.now());
  const row = await ctx.db.selectFrom('groups').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'Group not found');
  const [summaryRow] = await groupRows(ctx.db, [id], today);
  if (!summaryRow) throw new DomainError('NOT_FOUND', 'Group not found');
  const summary = toSummary(summaryRow);
  const memberships = await loadMembershipViews(ctx.db, { groupId: id }, today, owner);
  const current = memberships.filter((m) => m.phase === 'CURRENT');
  const seats = await ctx.db
    .selectFrom('seats')
    .selectAll()
    .where('group_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('healthcare_region_code')
    .orderBy('ordinal')
    .execute();
  const children = await ctx.db
    .selectFrom('groups')
    .select(['id', 'name', 'type'])
    .where('parent_group_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();
  return {
    group: { ...summary, description: row.description, version: row.version, readOnly: row.owner !== owner },
    children: children.map((c) => ({ id: c.id, name: c.name, type: c.type as GroupType })),
    seats: seats.map((s) => ({
      id: s.id,
      label: seatLabel(s, row.seats_per_healthcare_region) ?? String(s.ordinal),
      healthcareRegionCode: s.healthcare_region_code,
      regionCode: s.region_code,
      ordinal: s.ordinal,
      holders: memberships.filter((m) => m.seatId === s.id && m.phase !== 'PAST'),
    })),
    coOpted: current.filter((m) => m.seatId === null && m.role === 'CO_OPTED'),
    chair: current.find((m) => m.role === 'CHAIR') ?? null,
    processLeader: current.find((m) => m.role === 'PROCESS_LEADER') ?? null,
    currentMembers: current,
    history: memberships,
    provenance: await provenanceOf(ctx.db, 'groups', id),
    audit: await auditHistory(ctx.db, 'groups', id),
  };
}

async function validateGroup(trx: Trx, input: CreateInput, selfId: string | null): Promise<void> {
  let parentType: GroupType | null = null;
  if (input.parentGroupId) {
    if (input.parentGroupId === selfId) throw new DomainError('VALIDATION', 'A group cannot be its own parent');
    const parent = await trx
      .selectFrom('groups')
      .select('type')
      .where('id', '=', input.parentGroupId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!parent) throw new DomainError('VALIDATION', 'The parent group does not exist');
    parentType = parent.type as GroupType;
  }
  const problem = hierarchyProblem(input.type, input.level, parentType);
  if (problem) throw new DomainError('VALIDATION', problem);
}

/** Creates missing seats and removes unused extra ones so the seats match the group's type and count. */
export async function syncSeats(
  trx: Trx,
  groupId: string,
  owner: string,
  type: GroupType,
  seatCount: number | null,
  now: string,
  newId: () => string,
) {
  const hrs = (await trx.selectFrom('healthcare_regions').select('code').orderBy('code').execute()).map((h) => h.code);
  const plan = seatPlan(type, seatCount, hrs);
  const existing = await trx.selectFrom('seats').selectAll().where('group_id', '=', groupId).where('deleted_at', 'is', null).execute();
  const key = (s: { healthcareRegionCode: string | null; ordinal: number }) => `${s.healthcareRegionCode ?? ''}:${s.ordinal}`;
  const planned = new Set(plan.map(key));
  for (const slot of plan) {
    if (existing.some((e) => key({ healthcareRegionCode: e.healthcare_region_code, ordinal: e.ordinal }) === key(slot))) continue;
    await trx
      .insertInto('seats')
      .values({
        ...newRecordColumns(newId(), owner, now),
        group_id: groupId,
        healthcare_region_code: slot.healthcareRegionCode,
        region_code: slot.regionCode,
        ordinal: slot.ordinal,
      })
      .execute();
  }
  for (const seat of existing) {
    if (planned.has(key({ healthcareRegionCode: seat.healthcare_region_code, ordinal: seat.ordinal }))) continue;
    const used = await trx
      .selectFrom('memberships')
      .select('id')
      .where('seat_id', '=', seat.id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (used) throw new DomainError('CONFLICT', `Seat ${seat.ordinal} has members; end or move them before removing the seat`);
    await trx
      .updateTable('seats')
      .set({ deleted_at: now, updated_at: now, version: seat.version + 1 })
      .where('id', '=', seat.id)
      .execute();
  }
}

export function groupColumns(input: CreateInput) {
  return {
    name: input.name,
    type: input.type,
    level: input.level,
    parent_group_id: input.parentGroupId,
    healthcare_region_code: input.healthcareRegionCode,
    region_code: input.regionCode,
    host_healthcare_region_code: input.hostHealthcareRegionCode,
    hosting_status: input.hostingStatus,
    seats_per_healthcare_region: seatsPerHealthcareRegion(input.type),
    seat_count: seatsPerHealthcareRegion(input.type) === null ? (input.seatCount ?? 0) : null,
    description: input.description || null,
  };
}

export async function createGroup(ctx: ServiceContext, input: CreateInput): Promise<GroupDetail> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    await validateGroup(trx, input, null);
    const row = { ...newRecordColumns(id, owner, now), ...groupColumns(input) };
    await trx.insertInto('groups').values(row).execute();
    await syncSeats(trx, id, owner, input.type, row.seat_count, now, ctx.newId);
    await appendAudit(trx, { action: 'create', entity: 'groups', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getGroup(ctx, id);
}

export async function updateGroup(ctx: ServiceContext, input: UpdateInput): Promise<GroupDetail> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('groups').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Group', owner, input.version);
    await validateGroup(trx, input, input.id);
    const changes = { ...groupColumns(input), version: before.version + 1, updated_at: now };
    await trx.updateTable('groups').set(changes).where('id', '=', input.id).execute();
    await syncSeats(trx, input.id, owner, input.type, changes.seat_count, now, ctx.newId);
    await appendAudit(
      trx,
      { action: 'update', entity: 'groups', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getGroup(ctx, input.id);
}
