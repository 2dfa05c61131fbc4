/**
 * Cost items of a hosting per year: STAFFED_ROLE (a share of a post at the item's own monthly salary
 * or the default salary for role and profession) or FIXED_AMOUNT (travel, meetings, licences; öre).
 * Only the hosting's owner changes its items, and only for years inside the hosting's period.
 */
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { HostingDetail, costItemCreateSchema, costItemUpdateSchema } from '@shared/contract/cost/records';
import { DomainError } from '@shared/contract/errors';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { getHosting } from './hostings';

type Trx = Transaction<Database>;
type CreateInput = z.output<typeof costItemCreateSchema>;
type UpdateInput = z.output<typeof costItemUpdateSchema>;

function itemColumns(input: CreateInput | UpdateInput) {
  const staffed = input.kind === 'STAFFED_ROLE';
  return {
    year: input.year,
    kind: input.kind,
    label: input.label,
    role: staffed ? input.role : null,
    profession: staffed ? input.profession : null,
    allocation_bp: staffed ? input.allocationBp : null,
    monthly_salary_ore: staffed ? input.monthlySalaryOre : null,
    amount_ore: staffed ? null : input.amountOre,
  };
}

/** The hosting must exist, belong to this installation and cover the year. */
async function requireHostingYear(trx: Trx, hostingId: string, owner: string, year: number): Promise<void> {
  const hosting = await trx
    .selectFrom('hostings')
    .select(['owner', 'start_date', 'end_date'])
    .where('id', '=', hostingId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!hosting) throw new DomainError('NOT_FOUND', 'Hosting not found');
  if (hosting.owner !== owner) throw new DomainError('FORBIDDEN', `The hosting belongs to ${hosting.owner} and is read-only here`);
  if (!overlapsYear(hosting.start_date, hosting.end_date, year)) {
    throw new DomainError('VALIDATION', `The hosting (${hosting.start_date} – ${hosting.end_date ?? 'open'}) does not run in ${year}`);
  }
}

export async function createCostItem(ctx: ServiceContext, input: CreateInput): Promise<HostingDetail> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    await requireHostingYear(trx, input.hostingId, owner, input.year);
    const row = { ...newRecordColumns(id, owner, now), hosting_id: input.hostingId, ...itemColumns(input) };
    await trx.insertInto('cost_items').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'cost_items', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getHosting(ctx, input.hostingId);
}

export async function updateCostItem(ctx: ServiceContext, input: UpdateInput): Promise<HostingDetail> {
  const now = ctx.now().toISOString();
  const hostingId = await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('cost_items').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Cost item', owner, input.version);
    await requireHostingYear(trx, before.hosting_id, owner, input.year);
    const changes = { ...itemColumns(input), version: before.version + 1, updated_at: now };
    await trx.updateTable('cost_items').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'cost_items', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
    return before.hosting_id;
  });
  return getHosting(ctx, hostingId);
}

export async function deleteCostItem(ctx: ServiceContext, input: { id: string; version: number }): Promise<HostingDetail> {
  const now = ctx.now().toISOString();
  const hostingId = await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const before = await trx.selectFrom('cost_items').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Cost item', owner, input.version);
    await trx
      .updateTable('cost_items')
      .set({ deleted_at: now, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, { action: 'delete', entity: 'cost_items', recordId: input.id, before, after: null }, ctx.actor, now);
    return before.hosting_id;
  });
  return getHosting(ctx, hostingId);
}
