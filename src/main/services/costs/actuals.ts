/**
 * Actual outcomes (utfall) per hosting and year, recorded by the hosting's owner, and the comparison
 * budget (frozen) vs forecast (the current plan) vs actual per hosting.
 */
import type { z } from 'zod';
import type { ActualCompare, ActualRow, actualSetSchema } from '@shared/contract/cost/scenarios';
import { DomainError } from '@shared/contract/errors';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { yearReport } from '../../domain/cost-plan/year-report';
import { appendAudit } from '../../repositories/audit';
import { assertWritable, requireOwnerCode } from '../../repositories/records';
import { newRecordColumns } from '../../repositories/sync-columns';
import { budgetForYear } from './budgets';
import { loadPlan } from './load-plan';
import { installationOwner } from './scope';
import { assertSettable } from './versioning';

type SetInput = z.output<typeof actualSetSchema>;

export async function listActuals(ctx: ServiceContext, input: { year: number }): Promise<ActualRow[]> {
  const own = await installationOwner(ctx.db);
  const rows = await ctx.db
    .selectFrom('cost_actuals as a')
    .innerJoin('hostings as h', 'h.id', 'a.hosting_id')
    .innerJoin('groups as g', 'g.id', 'h.group_id')
    .select(['a.id', 'a.hosting_id', 'g.name as group_name', 'a.year', 'a.amount_ore', 'a.note', 'a.owner', 'a.version'])
    .where('a.year', '=', input.year)
    .where('a.deleted_at', 'is', null)
    .orderBy('g.name')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    hostingId: r.hosting_id,
    groupName: r.group_name,
    year: r.year,
    amountOre: r.amount_ore,
    note: r.note,
    owner: r.owner,
    version: r.version,
    readOnly: r.owner !== own,
  }));
}

export async function setActual(ctx: ServiceContext, input: SetInput): Promise<ActualRow[]> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const owner = await requireOwnerCode(trx);
    const hosting = await trx
      .selectFrom('hostings')
      .select(['owner', 'start_date', 'end_date'])
      .where('id', '=', input.hostingId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!hosting) throw new DomainError('NOT_FOUND', 'Hosting not found');
    if (hosting.owner !== owner)
      throw new DomainError('FORBIDDEN', `The hosting belongs to ${hosting.owner}; only ${hosting.owner} records its outcome`);
    if (!overlapsYear(hosting.start_date, hosting.end_date, input.year))
      throw new DomainError('VALIDATION', `The hosting does not run in ${input.year}`);
    const before = await trx
      .selectFrom('cost_actuals')
      .selectAll()
      .where('owner', '=', owner)
      .where('hosting_id', '=', input.hostingId)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (input.amountOre === null) {
      if (!before || before.deleted_at !== null) return;
      assertWritable(before, 'Actual outcome', owner, input.version ?? 0);
      await trx
        .updateTable('cost_actuals')
        .set({ deleted_at: now, version: before.version + 1, updated_at: now })
        .where('id', '=', before.id)
        .execute();
      await appendAudit(trx, { action: 'delete', entity: 'cost_actuals', recordId: before.id, before, after: null }, ctx.actor, now);
      return;
    }
    if (!before) {
      const row = {
        ...newRecordColumns(ctx.newId(), owner, now),
        hosting_id: input.hostingId,
        year: input.year,
        amount_ore: input.amountOre,
        note: input.note,
      };
      await trx.insertInto('cost_actuals').values(row).execute();
      await appendAudit(trx, { action: 'create', entity: 'cost_actuals', recordId: row.id, before: null, after: row }, ctx.actor, now);
      return;
    }
    assertSettable(before, `The outcome of ${input.year}`, owner, input.version);
    const changes = { amount_ore: input.amountOre, note: input.note, deleted_at: null, version: before.version + 1, updated_at: now };
    await trx.updateTable('cost_actuals').set(changes).where('id', '=', before.id).execute();
    await appendAudit(
      trx,
      { action: 'update', entity: 'cost_actuals', recordId: before.id, before, after: { ...before, ...changes } },
      ctx.actor,
      now,
    );
  });
  return listActuals(ctx, { year: input.year });
}

type Figures = Omit<ActualCompare['rows'][number], 'hostingId' | 'groupName' | 'hostHealthcareRegionCode'>;

function figures(budgetOre: number | null, forecastOre: number | null, actualOre: number | null): Figures {
  const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return {
    budgetOre,
    forecastOre,
    actualOre,
    forecastMinusBudgetOre: minus(forecastOre, budgetOre),
    actualMinusBudgetOre: minus(actualOre, budgetOre),
    actualMinusForecastOre: minus(actualOre, forecastOre),
  };
}

function columnTotal(rows: readonly Figures[], key: keyof Figures): number | null {
  const values = rows.map((r) => r[key]).filter((v): v is number => v !== null);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
}

export async function compareActuals(ctx: ServiceContext, input: { year: number; budgetId: string | null }): Promise<ActualCompare> {
  const budget = await budgetForYear(ctx, input.year, input.budgetId);
  const forecast = yearReport(await loadPlan(ctx), input.year, null, null);
  const actuals = await listActuals(ctx, { year: input.year });
  const ids = [
    ...new Set([
      ...(budget?.hostings ?? []).map((h) => h.hostingId),
      ...forecast.hostings.map((h) => h.hostingId),
      ...actuals.map((a) => a.hostingId),
    ]),
  ];
  const rows = ids
    .map((id) => {
      const b = budget?.hostings.find((h) => h.hostingId === id);
      const f = forecast.hostings.find((h) => h.hostingId === id);
      const a = actuals.find((x) => x.hostingId === id);
      return {
        hostingId: id,
        groupName: f?.groupName ?? b?.groupName ?? a?.groupName ?? id,
        hostHealthcareRegionCode: f?.hostHealthcareRegionCode ?? b?.hostHealthcareRegionCode ?? null,
        ...figures(b ? b.totalOre : null, f ? f.totalOre : null, a ? a.amountOre : null),
      };
    })
    .sort((x, y) => x.groupName.localeCompare(y.groupName, 'sv') || x.hostingId.localeCompare(y.hostingId));
  const keys: (keyof Figures)[] = [
    'budgetOre',
    'forecastOre',
    'actualOre',
    'forecastMinusBudgetOre',
    'actualMinusBudgetOre',
    'actualMinusForecastOre',
  ];
  const totals = Object.fromEntries(keys.map((k) => [k, columnTotal(rows, k)])) as Figures;
  return { year: input.year, budget: budget?.summary ?? null, rows, totals };
}
