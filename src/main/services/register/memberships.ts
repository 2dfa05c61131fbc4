import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { DomainError } from '@shared/contract/errors';
import type {
  AllocationDefault,
  MembershipView,
  allocationDefaultSchema,
  membershipCreateSchema,
  membershipEndSchema,
  membershipUpdateSchema,
} from '@shared/contract/register';
import type { GroupType, MembershipRole } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { isoDay } from '../../domain/register-rules';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { getSetting, SETTING_KEYS } from '../../repositories/settings';
import { newRecordColumns } from '../../repositories/sync-columns';
import { loadMembershipViews } from './membership-views';

type CreateInput = z.output<typeof membershipCreateSchema>;
type UpdateInput = z.output<typeof membershipUpdateSchema>;
type EndInput = z.output<typeof membershipEndSchema>;
type Trx = Transaction<Database>;

export async function getMembership(ctx: ServiceContext, id: string): Promise<MembershipView> {
  const owner = await getSetting(ctx.db, SETTING_KEYS.ownerCode);
  const [view] = await loadMembershipViews(ctx.db, { id }, isoDay(ctx.now()), owner);
  if (!view) throw new DomainError('NOT_FOUND', 'Membership not found');
  return view;
}

/** The configured default share for a group type and role, or 0 when none is configured. */
export async function defaultAllocation(trx: Trx, groupType: string, role: string): Promise<number> {
  const row = await trx
    .selectFrom('role_allocation_defaults')
    .select('allocation_bp')
    .where('group_type', '=', groupType)
    .where('role', '=', role)
    .executeTakeFirst();
  return row?.allocation_bp ?? 0;
}

async function validateMembership(trx: Trx, input: CreateInput): Promise<{ groupType: string }> {
  if (input.endDate !== null && input.endDate < input.startDate)
    throw new DomainError('VALIDATION', 'The end date is before the start date');
  const person = await trx
    .selectFrom('persons')
    .select('id')
    .where('id', '=', input.personId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!person) throw new DomainError('VALIDATION', 'The person does not exist');
  const group = await trx
    .selectFrom('groups')
    .select('type')
    .where('id', '=', input.groupId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!group) throw new DomainError('VALIDATION', 'The group does not exist');
  if (input.seatId !== null) {
    const seat = await trx
      .selectFrom('seats')
      .select('group_id')
      .where('id', '=', input.seatId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!seat || seat.group_id !== input.groupId) throw new DomainError('VALIDATION', 'The seat does not belong to the group');
    if (input.role === 'CO_OPTED') throw new DomainError('VALIDATION', 'Co-opted members sit outside the seats');
  }
  if (input.status === 'ENDED' && input.endDate === null) throw new DomainError('VALIDATION', 'An ended membership needs an end date');
  return { groupType: group.type };
}

export async function membershipColumns(trx: Trx, input: CreateInput, groupType: string) {
  return {
    person_id: input.personId,
    group_id: input.groupId,
    seat_id: input.seatId,
    role: input.role,
    start_date: input.startDate,
    end_date: input.endDate,
    allocation_bp: input.allocationBp ?? (await defaultAllocation(trx, groupType, input.role)),
    status: input.status,
    notes: input.notes || null,
  };
}

export async function createMembership(ctx: ServiceContext, input: CreateInput): Promise<MembershipView> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const { groupType } = await validateMembership(trx, input);
    const row = { ...newRecordColumns(id, owner, now), ...(await membershipColumns(trx, input, groupType)) };
    await trx.insertInto('memberships').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'memberships', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getMembership(ctx, id);
}

export async function updateMembership(ctx: ServiceContext, input: UpdateInput): Promise<MembershipView> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('memberships').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Membership', owner, input.version);
    const { groupType } = await validateMembership(trx, input);
    const changes = { ...(await membershipColumns(trx, input, groupType)), version: before.version + 1, updated_at: now };
    await trx.updateTable('memberships').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'memberships', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getMembership(ctx, input.id);
}

export async function endMembership(ctx: ServiceContext, input: EndInput): Promise<MembershipView> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('memberships').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Membership', owner, input.version);
    if (input.endDate < before.start_date) throw new DomainError('VALIDATION', `The end date is before the start (${before.start_date})`);
    const changes = { end_date: input.endDate, status: 'ENDED', version: before.version + 1, updated_at: now };
    await trx.updateTable('memberships').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'end', entity: 'memberships', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getMembership(ctx, input.id);
}

/** Removes a membership entered by mistake: a tombstone that travels to other regions. */
export async function deleteMembership(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('memberships').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Membership', owner, input.version);
    await trx
      .updateTable('memberships')
      .set({ deleted_at: now, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, { action: 'delete', entity: 'memberships', recordId: input.id, before, after: null }, ctx.actor, now);
  });
  return { ok: true };
}

export async function listAllocationDefaults(ctx: ServiceContext): Promise<AllocationDefault[]> {
  const rows = await ctx.db.selectFrom('role_allocation_defaults').selectAll().orderBy('group_type').orderBy('role').execute();
  return rows.map((r) => ({ groupType: r.group_type as GroupType, role: r.role as MembershipRole, allocationBp: r.allocation_bp }));
}

export async function setAllocationDefault(
  ctx: ServiceContext,
  input: z.output<typeof allocationDefaultSchema>,
): Promise<AllocationDefault[]> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('role_allocation_defaults')
      .selectAll()
      .where('group_type', '=', input.groupType)
      .where('role', '=', input.role)
      .executeTakeFirst();
    await trx
      .insertInto('role_allocation_defaults')
      .values({ group_type: input.groupType, role: input.role, allocation_bp: input.allocationBp })
      .onConflict((oc) => oc.columns(['group_type', 'role']).doUpdateSet({ allocation_bp: input.allocationBp }))
      .execute();
    await appendAudit(
      trx,
      {
        action: 'update',
        entity: 'role_allocation_defaults',
        recordId: `${input.groupType}:${input.role}`,
        before: before ?? null,
        after: input,
      },
      ctx.actor,
      now,
    );
  });
  return listAllocationDefaults(ctx);
}
