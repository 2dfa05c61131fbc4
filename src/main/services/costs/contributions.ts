/** Fixed annual contributions of a region (RCC, quality registers, SKR services …): recipient, label, öre. */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { FixedContributionRow, fixedContributionCreateSchema, fixedContributionUpdateSchema } from '@shared/contract/cost/records';
import { DomainError } from '@shared/contract/errors';
import type { FixedContributionsTable } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { appendAudit } from '../../repositories/audit';
import { assertWritable } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { installationOwner, requireRegionInScope, requireScope } from './scope';

type CreateInput = z.output<typeof fixedContributionCreateSchema>;
type UpdateInput = z.output<typeof fixedContributionUpdateSchema>;

function view(r: Selectable<FixedContributionsTable>, own: string | null): FixedContributionRow {
  return {
    id: r.id,
    regionCode: r.region_code,
    year: r.year,
    recipient: r.recipient,
    label: r.label,
    amountOre: r.amount_ore,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== own,
  };
}

function columns(input: CreateInput) {
  return { region_code: input.regionCode, year: input.year, recipient: input.recipient, label: input.label, amount_ore: input.amountOre };
}

export async function listFixedContributions(
  ctx: ServiceContext,
  input: { regionCode: string | null; year: number | null },
): Promise<FixedContributionRow[]> {
  const own = await installationOwner(ctx.db);
  let query = ctx.db.selectFrom('fixed_contributions').selectAll().where('deleted_at', 'is', null);
  if (input.regionCode !== null) query = query.where('region_code', '=', input.regionCode);
  if (input.year !== null) query = query.where('year', '=', input.year);
  const rows = await query.orderBy('region_code').orderBy('year').orderBy('recipient').orderBy('label').orderBy('id').execute();
  return rows.map((r) => view(r, own));
}

async function getContribution(ctx: ServiceContext, id: string): Promise<FixedContributionRow> {
  const row = await ctx.db
    .selectFrom('fixed_contributions')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'Contribution not found');
  return view(row, await installationOwner(ctx.db));
}

export async function createFixedContribution(ctx: ServiceContext, input: CreateInput): Promise<FixedContributionRow> {
  const id = ctx.newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    requireRegionInScope(scope, input.regionCode, 'Contributions');
    const row = { ...newRecordColumns(id, scope.code, now), ...columns(input) };
    await trx.insertInto('fixed_contributions').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'fixed_contributions', recordId: id, before: null, after: row }, ctx.actor, now);
  });
  return getContribution(ctx, id);
}

export async function updateFixedContribution(ctx: ServiceContext, input: UpdateInput): Promise<FixedContributionRow> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    const before = await trx.selectFrom('fixed_contributions').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Contribution', scope.code, input.version);
    requireRegionInScope(scope, input.regionCode, 'Contributions');
    const changes = { ...columns(input), version: before.version + 1, updated_at: now };
    await trx.updateTable('fixed_contributions').set(changes).where('id', '=', input.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'fixed_contributions', recordId: input.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return getContribution(ctx, input.id);
}

export async function deleteFixedContribution(ctx: ServiceContext, input: { id: string; version: number }): Promise<{ ok: true }> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const scope = await requireScope(trx);
    const before = await trx.selectFrom('fixed_contributions').selectAll().where('id', '=', input.id).executeTakeFirst();
    assertWritable(before, 'Contribution', scope.code, input.version);
    await trx
      .updateTable('fixed_contributions')
      .set({ deleted_at: now, version: before.version + 1, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await appendAudit(trx, { action: 'delete', entity: 'fixed_contributions', recordId: input.id, before, after: null }, ctx.actor, now);
  });
  return { ok: true };
}
