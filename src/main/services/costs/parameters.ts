/**
 * Cost parameters per owner and year (PO-pålägg, salary index). An owner without stored rows sees the
 * reference PO-pålägg of costs.json; its first change stores those reference rows first (audited),
 * so setting 2024 never makes 2023 disappear.
 */
import type { z } from 'zod';
import type { CostParametersView, costParameterSetSchema } from '@shared/contract/cost/records';
import { refusal } from '@shared/contract/errors';
import { transaction, type Connection } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { readReferenceParameters, REFERENCE_COSTS_SOURCE } from '../../reference/costs-file';
import { liveParameters, parameterOf } from '../../repositories/costs/parameters';
import { requireOwner } from '../../repositories/records';
import { write, type WriteOptions } from '../../repositories/record-writer';
import { installationOwner } from './scope';
import { settableTarget } from './versioning';

type SetInput = z.output<typeof costParameterSetSchema>;

export async function listCostParameters(ctx: ServiceContext, input: { owner: string | null }): Promise<CostParametersView> {
  const own = installationOwner(ctx.conn);
  const owner = input.owner ?? own;
  if (owner === null) return Promise.resolve({ owner: null, fromReference: true, rows: referenceRows(ctx, 'REFERENCE', true) });
  const rows = liveParameters(ctx.conn, owner);
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
      salaryIndexEffectiveDate: r.salary_index_effective_date,
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
    salaryIndexEffectiveDate: null,
    source: REFERENCE_COSTS_SOURCE,
    stored: false,
    owner,
    version: null,
    readOnly,
  }));
}

/** Stores the reference rows for an owner who has none; returns the years stored. */
function materialiseReference(conn: Connection, ctx: ServiceContext, how: WriteOptions): Set<number> {
  if (liveParameters(conn, how.owner).length > 0) return new Set();
  const years = new Set<number>();
  for (const ref of readReferenceParameters(ctx.resourcesDir)) {
    if (parameterOf(conn, how.owner, ref.year)) continue;
    const row = { year: ref.year, po_surcharge_bp: ref.poSurchargeBp, salary_index_bp: ref.salaryIndexBp, source: REFERENCE_COSTS_SOURCE };
    write(conn, 'cost_parameters', { id: ctx.newId() }, row, { ...how, action: 'create' });
    years.add(ref.year);
  }
  return years;
}

export async function setCostParameters(ctx: ServiceContext, input: SetInput): Promise<CostParametersView> {
  const date = input.salaryIndexEffectiveDate;
  if (date !== null && !date.startsWith(`${input.year}-`))
    throw refusal('VALIDATION', 'roll.indexDateNotInYear', { year: input.year, date });
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const how = { actor: ctx.actor, now, owner: requireOwner(conn) };
    const fresh = materialiseReference(conn, ctx, how);
    const before = parameterOf(conn, how.owner, input.year);
    const values = {
      po_surcharge_bp: input.poSurchargeBp,
      salary_index_bp: input.salaryIndexBp,
      salary_index_effective_date: date ?? `${input.year}-01-01`,
      source: input.source,
    };
    if (!before) {
      write(conn, 'cost_parameters', { id: ctx.newId() }, { year: input.year, ...values }, { ...how, action: 'create' });
      return;
    }
    const target = settableTarget(
      before,
      `Cost parameters of ${input.year}`,
      how.owner,
      fresh.has(input.year) ? before.version : input.version,
    );
    write(conn, 'cost_parameters', target, values, { ...how, action: 'update' });
  });
  return listCostParameters(ctx, { owner: null });
}
