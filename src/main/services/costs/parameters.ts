/**
 * Cost parameters per owner and year (PO-pålägg, salary index). An owner without stored rows sees the
 * reference PO-pålägg of costs.json; its first change stores those reference rows first (audited),
 * so setting 2024 never makes 2023 disappear.
 */
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { CostParametersView, costParameterSetSchema } from '@shared/contract/cost/records';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { readReferenceParameters, REFERENCE_COSTS_SOURCE } from '../../reference/costs-file';
import { appendAudit } from '../../repositories/audit';
import { requireOwnerCode } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { installationOwner } from './scope';
import { assertSettable } from './versioning';

type Trx = Transaction<Database>;
type SetInput = z.output<typeof costParameterSetSchema>;

export async function listCostParameters(ctx: ServiceContext, input: { owner: string | null }): Promise<CostParametersView> {
  const own = await installationOwner(ctx.db);
  const owner = input.owner ?? own;
  if (owner === null) return { owner: null, fromReference: true, rows: referenceRows(ctx, 'REFERENCE', true) };
  const rows = await ctx.db
    .selectFrom('cost_parameters')
    .selectAll()
    .where('owner', '=', owner)
    .where('deleted_at', 'is', null)
    .orderBy('year')
    .execute();
  const readOnly = owner !== own;
  if (rows.length === 0) return { owner, fromReference: true, rows: referenceRows(ctx, owner, readOnly) };
  return {
    owner,
    fromReference: false,
    rows: rows.map((r) => ({
      id: r.id,
      year: r.year,
      poSurchargeBp: r.po_surcharge_bp,
      salaryIndexBp: r.salary_index_bp,
      source: r.source,
      stored: true,
      owner: r.owner,
      version: r.version,
      readOnly,
    })),
  };
}

function referenceRows(ctx: ServiceContext, owner: string, readOnly: boolean): CostParametersView['rows'] {
  return readReferenceParameters(ctx.resourcesDir).map((r) => ({
    id: null,
    year: r.year,
    poSurchargeBp: r.poSurchargeBp,
    salaryIndexBp: r.salaryIndexBp,
    source: REFERENCE_COSTS_SOURCE,
    stored: false,
    owner,
    version: null,
    readOnly,
  }));
}

/** Stores the reference rows for an owner who has none; returns the years stored. */
async function materialiseReference(trx: Trx, ctx: ServiceContext, owner: string, now: string): Promise<Set<number>> {
  const live = await trx
    .selectFrom('cost_parameters')
    .select('id')
    .where('owner', '=', owner)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (live) return new Set();
  const years = new Set<number>();
  for (const ref of readReferenceParameters(ctx.resourcesDir)) {
    const existing = await trx
      .selectFrom('cost_parameters')
      .selectAll()
      .where('owner', '=', owner)
      .where('year', '=', ref.year)
      .executeTakeFirst();
    if (existing) continue;
    const row = {
      ...newRecordColumns(ctx.newId(), owner, now),
      year: ref.year,
      po_surcharge_bp: ref.poSurchargeBp,
      salary_index_bp: ref.salaryIndexBp,
      source: REFERENCE_COSTS_SOURCE,
    };
    await trx.insertInto('cost_parameters').values(row).execute();
    await appendAudit(trx, { action: 'create', entity: 'cost_parameters', recordId: row.id, before: null, after: row }, ctx.actor, now);
    years.add(ref.year);
  }
  return years;
}

export async function setCostParameters(ctx: ServiceContext, input: SetInput): Promise<CostParametersView> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const fresh = await materialiseReference(trx, ctx, owner, now);
    const before = await trx
      .selectFrom('cost_parameters')
      .selectAll()
      .where('owner', '=', owner)
      .where('year', '=', input.year)
      .executeTakeFirst();
    const values = { po_surcharge_bp: input.poSurchargeBp, salary_index_bp: input.salaryIndexBp, source: input.source };
    if (!before) {
      const row = { ...newRecordColumns(ctx.newId(), owner, now), year: input.year, ...values };
      await trx.insertInto('cost_parameters').values(row).execute();
      await appendAudit(trx, { action: 'create', entity: 'cost_parameters', recordId: row.id, before: null, after: row }, ctx.actor, now);
      return;
    }
    assertSettable(before, `Cost parameters of ${input.year}`, owner, fresh.has(input.year) ? before.version : input.version);
    const changes = { ...values, deleted_at: null, version: before.version + 1, updated_at: now };
    await trx.updateTable('cost_parameters').set(changes).where('id', '=', before.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'cost_parameters', recordId: before.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return listCostParameters(ctx, { owner: null });
}
