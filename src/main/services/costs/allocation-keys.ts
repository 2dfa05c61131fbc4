/**
 * Allocation keys (fördelningsnycklar) of a healthcare region: POPULATION (population of 31 Dec of the
 * cost year + offset, default −1), EQUAL, FIXED_VARIABLE (a fixed part split equally, the rest by
 * population) or CUSTOM (basis points per member region adding up to exactly 10 000).
 */
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { AllocationKeyRow, allocationKeyCreateSchema, allocationKeyUpdateSchema } from '@shared/contract/cost/records';
import { DomainError } from '@shared/contract/errors';
import { keyWeights } from '@shared/domain/costs';
import type { AllocationKeyKind } from '@shared/domain/enums';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { assertWritable } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { installationOwner, requireHealthcareRegionInScope, requireScope } from './scope';

type Trx = Transaction<Database>;
type CreateInput = z.output<typeof allocationKeyCreateSchema>;
type UpdateInput = z.output<typeof allocationKeyUpdateSchema>;

export async function listAllocationKeys(ctx: ServiceContext, input: { healthcareRegionCode: string | null }): Promise<AllocationKeyRow[]> {
  const own = await installationOwner(ctx.db);
  let query = ctx.db.selectFrom('allocation_keys').selectAll().where('deleted_at', 'is', null);
  if (input.healthcareRegionCode !== null) query = query.where('healthcare_region_code', '=', input.healthcareRegionCode);
  const keys = await query.orderBy('healthcare_region_code').orderBy('name').orderBy('id').execute();
  const shares = await ctx.db
    .selectFrom('allocation_key_shares')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('region_code')
    .execute();
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    kind: k.kind as AllocationKeyKind,
    healthcareRegionCode: k.healthcare_region_code,
    fixedPartBp: k.fixed_part_bp,
    populationYearOffset: k.population_year_offset,
    shares: shares.filter((s) => s.allocation_key_id === k.id).map((s) => ({ regionCode: s.region_code, shareBp: s.share_bp })),
    owner: k.owner,
    version: k.version,
    readOnly: k.owner !== own,
  }));
}

async function getKey(ctx: ServiceContext, id: string): Promise<AllocationKeyRow> {
  const row = (await listAllocationKeys(ctx, { healthcareRegionCode: null })).find((k) => k.id === id);
  if (!row) throw new DomainError('NOT_FOUND', 'Allocation key not found');
  return row;
}

/** Checks the key against its healthcare region's members (the cost domain checks CUSTOM shares). */
async function validateKey(trx: Trx, input: CreateInput): Promise<void> {
  const members = await trx
    .selectFrom('healthcare_region_members')
    .select('region_code')
    .where('healthcare_region_code', '=', input.healthcareRegionCode)
    .where('deleted_at', 'is', null)
    .orderBy('region_code')
    .execute();
  if (members.length === 0) throw new DomainError('VALIDATION', `Unknown healthcare region ${input.healthcareRegionCode}`);
  if (input.kind === 'FIXED_VARIABLE' && input.fixedPartBp === null)
    throw new DomainError('VALIDATION', 'A fixed + variable key needs its fixed part');
  if (input.kind !== 'FIXED_VARIABLE' && input.fixedPartBp !== null)
    throw new DomainError('VALIDATION', 'Only a fixed + variable key has a fixed part');
  if (input.kind !== 'CUSTOM' && input.shares.length > 0) throw new DomainError('VALIDATION', 'Only a custom key has shares per region');
  if (input.kind === 'CUSTOM')
    keyWeights(
      { kind: 'CUSTOM', shares: input.shares },
      members.map((m) => m.region_code),
      [],
      2000,
    );
}

function keyColumns(input: CreateInput) {
  return {
    name: input.name,
    kind: input.kind,
    healthcare_region_code: input.healthcareRegionCode,
    fixed_part_bp: input.fixedPartBp,
    population_year_offset: input.populationYearOffset,
  };
}

/** Makes the live shares of a key exactly `shares` (rows are reused per region, others tombstoned). */
async function syncShares(trx: Trx, ctx: ServiceContext, keyId: string, owner: string, shares: CreateInput['shares'], now: string) {
  const existing = await trx.selectFrom('allocation_key_shares').selectAll().where('allocation_key_id', '=', keyId).execute();
  for (const share of shares) {
    const row = existing.find((e) => e.region_code === share.regionCode);
    if (!row) {
      const created = {
        ...newRecordColumns(ctx.newId(), owner, now),
        allocation_key_id: keyId,
        region_code: share.regionCode,
        share_bp: share.shareBp,
      };
      await trx.insertInto('allocation_key_shares').values(created).execute();
      await appendAudit(
        trx,
        { action: 'create', entity: 'allocation_key_shares', recordId: created.id, before: null, after: created },
        ctx.actor,
        now,
      );
    } else if (row.deleted_at !== null || row.share_bp !== share.shareBp) {
      const changes = { share_bp: share.shareBp, deleted_at: null, version: row.version + 1, updated_at: now };
      await trx.updateTable('allocation_key_shares').set(changes).where('id', '=', row.id).execute();
      await appendAudit(
        trx,
        { action: 'update', entity: 'allocation_key_shares', recordId: row.id, before: row, after: { ...row, ...changes } },
        ctx.actor,
        now,
      );
    }
  }
  for (const row of existing.filter((e) => e.deleted_at === null && !shares.some((s) => s.regionCode === e.region_code))) {
    await trx
      .updateTable('allocation_key_shares')
      .set({ deleted_at: now, version: row.version + 1, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(
      trx,
      { action: 'delete', entity: 'allocation_key_shares', recordId: row.id, before: row, after: null },
      ctx.actor,
      now,
    );
  }
}

export async function createAllocationKey(ctx: ServiceContext, input: CreateInput): Promise<AllocationKeyRow> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    requireHealthcareRegionInScope(scope, input.healthcareRegionCode, 'Allocation keys');
    await validateKey(trx, input);
    const row = { ...newRecordColumns(id, scope.code, now), ...keyColumns(input) };
    await trx.insertInto('allocation_keys').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'allocation_keys', recordId: id, before: null, after: row }, ctx.actor, now);
    await syncShares(trx, ctx, id, scope.code, input.shares, now);
  });
  return getKey(ctx, id);
}

export async function updateAllocationKey(ctx: ServiceContext, input: UpdateInput): Promise<AllocationKeyRow> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    const before = await trx.selectFrom('allocation_keys').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Allocation key', scope.code, input.version);
    requireHealthcareRegionInScope(scope, input.healthcareRegionCode, 'Allocation keys');
    await validateKey(trx, input);
    const used = await trx
      .selectFrom('hostings')
      .select('id')
      .where('allocation_key_id', '=', input.id)
      .where('deleted_at', 'is', null)
      .where('host_healthcare_region_code', '!=', input.healthcareRegionCode)
      .executeTakeFirst();
    if (used) throw new DomainError('VALIDATION', 'The key is used by hostings of another healthcare region');
    const changes = { ...keyColumns(input), version: before.version + 1, updated_at: now };
    await trx.updateTable('allocation_keys').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'allocation_keys', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
    await syncShares(trx, ctx, input.id, scope.code, input.shares, now);
  });
  return getKey(ctx, input.id);
}
