/**
 * Hostings (värdskap): a healthcare region hosts a group for a period, ACTIVE or DORMANT, with an
 * allocation key and a rounding unit. See `scope.ts` for who may record which hosting.
 */
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { HostingDetail, HostingSummary, hostingCreateSchema, hostingUpdateSchema } from '@shared/contract/cost/records';
import { DomainError } from '@shared/contract/errors';
import type { GroupType, HostingStatus, RoundingUnit } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, auditHistory } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { installationOwner, requireHealthcareRegionInScope, requireScope } from './scope';

type Trx = Transaction<Database>;
type CreateInput = z.output<typeof hostingCreateSchema>;
type UpdateInput = z.output<typeof hostingUpdateSchema>;

export async function listHostings(
  ctx: ServiceContext,
  input: { year: number | null; hostHealthcareRegionCode: string | null },
): Promise<HostingSummary[]> {
  const own = await installationOwner(ctx.db);
  let query = ctx.db
    .selectFrom('hostings as h')
    .innerJoin('groups as g', 'g.id', 'h.group_id')
    .leftJoin('allocation_keys as k', 'k.id', 'h.allocation_key_id')
    .select([
      'h.id',
      'h.owner',
      'h.version',
      'h.group_id',
      'g.name as group_name',
      'g.type as group_type',
      'h.host_healthcare_region_code',
      'h.status',
      'h.start_date',
      'h.end_date',
      'h.allocation_key_id',
      'k.name as key_name',
      'h.rounding_unit',
    ])
    .where('h.deleted_at', 'is', null);
  if (input.hostHealthcareRegionCode !== null) query = query.where('h.host_healthcare_region_code', '=', input.hostHealthcareRegionCode);
  const rows = await query.orderBy('g.name').orderBy('h.start_date').orderBy('h.id').execute();
  const items = await ctx.db
    .selectFrom('cost_items')
    .select(['hosting_id', 'year'])
    .where('deleted_at', 'is', null)
    .distinct()
    .orderBy('year')
    .execute();
  return rows
    .filter((r) => input.year === null || overlapsYear(r.start_date, r.end_date, input.year))
    .map((r) => ({
      id: r.id,
      groupId: r.group_id,
      groupName: r.group_name,
      groupType: r.group_type as GroupType,
      hostHealthcareRegionCode: r.host_healthcare_region_code,
      status: r.status as HostingStatus,
      startDate: r.start_date,
      endDate: r.end_date,
      allocationKeyId: r.allocation_key_id,
      allocationKeyName: r.key_name,
      roundingUnit: r.rounding_unit as RoundingUnit,
      planningCopy: r.owner !== r.host_healthcare_region_code,
      itemYears: items.filter((i) => i.hosting_id === r.id).map((i) => i.year),
      owner: r.owner,
      version: r.version,
      readOnly: r.owner !== own,
    }));
}

export async function getHosting(ctx: ServiceContext, id: string): Promise<HostingDetail> {
  const hosting = (await listHostings(ctx, { year: null, hostHealthcareRegionCode: null })).find((h) => h.id === id);
  if (!hosting) throw new DomainError('NOT_FOUND', 'Hosting not found');
  const items = await ctx.db
    .selectFrom('cost_items')
    .selectAll()
    .where('hosting_id', '=', id)
    .where('deleted_at', 'is', null)
    .orderBy('year')
    .orderBy('created_at')
    .orderBy('label')
    .orderBy('id')
    .execute();
  return {
    hosting,
    items: items.map((i) => ({
      id: i.id,
      hostingId: i.hosting_id,
      year: i.year,
      kind: i.kind === 'STAFFED_ROLE' ? 'STAFFED_ROLE' : 'FIXED_AMOUNT',
      label: i.label,
      role: i.role,
      profession: i.profession,
      allocationBp: i.allocation_bp,
      monthlySalaryOre: i.monthly_salary_ore,
      amountOre: i.amount_ore,
      version: i.version,
    })),
    audit: await auditHistory(ctx.db, 'hostings', id),
  };
}

async function validateHosting(trx: Trx, owner: string, input: CreateInput, selfId: string | null): Promise<void> {
  if (input.endDate !== null && input.endDate < input.startDate) throw new DomainError('VALIDATION', 'The hosting ends before it starts');
  const group = await trx
    .selectFrom('groups')
    .select('id')
    .where('id', '=', input.groupId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!group) throw new DomainError('VALIDATION', 'The group does not exist');
  const host = await trx
    .selectFrom('healthcare_regions')
    .select('code')
    .where('code', '=', input.hostHealthcareRegionCode)
    .executeTakeFirst();
  if (!host) throw new DomainError('VALIDATION', `Unknown healthcare region ${input.hostHealthcareRegionCode}`);
  if (input.allocationKeyId !== null) {
    const key = await trx
      .selectFrom('allocation_keys')
      .select('healthcare_region_code')
      .where('id', '=', input.allocationKeyId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!key) throw new DomainError('VALIDATION', 'The allocation key does not exist');
    if (key.healthcare_region_code !== input.hostHealthcareRegionCode) {
      throw new DomainError(
        'VALIDATION',
        `The allocation key splits between the regions of ${key.healthcare_region_code}, not of the host ${input.hostHealthcareRegionCode}`,
      );
    }
  }
  const others = await trx
    .selectFrom('hostings')
    .select(['id', 'start_date', 'end_date'])
    .where('group_id', '=', input.groupId)
    .where('owner', '=', owner)
    .where('deleted_at', 'is', null)
    .execute();
  const clash = others.find(
    (o) => o.id !== selfId && o.start_date <= (input.endDate ?? '9999-12-31') && (o.end_date ?? '9999-12-31') >= input.startDate,
  );
  if (clash) throw new DomainError('CONFLICT', `The group already has a hosting from ${clash.start_date} that overlaps this period`);
}

function hostingColumns(input: CreateInput) {
  return {
    group_id: input.groupId,
    host_healthcare_region_code: input.hostHealthcareRegionCode,
    status: input.status,
    start_date: input.startDate,
    end_date: input.endDate,
    allocation_key_id: input.allocationKeyId,
    rounding_unit: input.roundingUnit,
  };
}

export async function createHosting(ctx: ServiceContext, input: CreateInput): Promise<HostingDetail> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    requireHealthcareRegionInScope(scope, input.hostHealthcareRegionCode, 'Hostings');
    await validateHosting(trx, scope.code, input, null);
    const row = { ...newRecordColumns(id, scope.code, now), ...hostingColumns(input) };
    await trx.insertInto('hostings').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'hostings', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getHosting(ctx, id);
}

export async function updateHosting(ctx: ServiceContext, input: UpdateInput): Promise<HostingDetail> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    const before = await trx.selectFrom('hostings').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Hosting', scope.code, input.version);
    requireHealthcareRegionInScope(scope, input.hostHealthcareRegionCode, 'Hostings');
    await validateHosting(trx, scope.code, input, input.id);
    const years = await trx
      .selectFrom('cost_items')
      .select('year')
      .where('hosting_id', '=', input.id)
      .where('deleted_at', 'is', null)
      .execute();
    const outside = years.find((y) => !overlapsYear(input.startDate, input.endDate, y.year));
    if (outside) throw new DomainError('VALIDATION', `The hosting has cost items for ${outside.year}, outside the new period`);
    const changes = { ...hostingColumns(input), version: before.version + 1, updated_at: now };
    await trx.updateTable('hostings').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'hostings', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getHosting(ctx, input.id);
}

/** Removes a hosting and its cost items (tombstones that travel). */
export async function deleteHosting(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    const before = await trx.selectFrom('hostings').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Hosting', scope.code, input.version);
    const items = await trx
      .selectFrom('cost_items')
      .selectAll()
      .where('hosting_id', '=', input.id)
      .where('deleted_at', 'is', null)
      .execute();
    for (const item of items) {
      await trx
        .updateTable('cost_items')
        .set({ deleted_at: now, version: item.version + 1, updated_at: now })
        .where('id', '=', item.id)
        .execute();
      await appendAudit(trx, { action: 'delete', entity: 'cost_items', recordId: item.id, before: item, after: null }, ctx.actor, now);
    }
    await trx
      .updateTable('hostings')
      .set({ deleted_at: now, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, { action: 'delete', entity: 'hostings', recordId: input.id, before, after: null }, ctx.actor, now);
  });
  return { ok: true };
}
