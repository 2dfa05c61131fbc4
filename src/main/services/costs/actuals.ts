/**
 * Actual outcomes (utfall) per hosting and year, recorded by the hosting's owner, and the comparison
 * budget (frozen) vs forecast (the current plan) vs actual per hosting.
 */
import type { z } from 'zod';
import type { ActualCompare, ActualRow, actualSetSchema } from '@shared/contract/cost/scenarios';
import { refusal } from '@shared/contract/errors';
import { transaction } from '../../db/data';
import type { ServiceContext } from '../../lib/context';
import { overlapsYear } from '../../domain/cost-plan/types';
import { yearReport } from '../../domain/cost-plan/year-report';
import { actualOf, liveActualsOfYear } from '../../repositories/costs/actuals';
import { liveHostingPeriod } from '../../repositories/costs/hostings';
import { requireOwner } from '../../repositories/records';
import { write } from '../../repositories/record-writer';
import { budgetForYear } from './budgets';
import { loadPlan } from './load-plan';
import { installationOwner } from './scope';
import { settableTarget } from './versioning';

type SetInput = z.output<typeof actualSetSchema>;

export async function listActuals(ctx: ServiceContext, input: { year: number }): Promise<ActualRow[]> {
  const own = installationOwner(ctx.conn);
  const rows = liveActualsOfYear(ctx.conn, input.year);
  return Promise.resolve(
    rows.map((r) => ({
      id: r.id,
      hostingId: r.hosting_id,
      groupName: r.group_name,
      year: r.year,
      amountOre: r.amount_ore,
      note: r.note,
      owner: r.owner,
      version: r.version,
      readOnly: r.owner !== own,
    })),
  );
}

export async function setActual(ctx: ServiceContext, input: SetInput): Promise<ActualRow[]> {
  const now = ctx.now().toISOString();
  const { conn } = ctx;
  transaction(conn, () => {
    const owner = requireOwner(conn);
    const how = { actor: ctx.actor, now, owner };
    const hosting = liveHostingPeriod(conn, input.hostingId);
    if (!hosting) throw refusal('NOT_FOUND', 'hosting.notFound');
    if (hosting.owner !== owner) throw refusal('FORBIDDEN', 'hosting.readOnly', { owner: hosting.owner });
    if (!overlapsYear(hosting.start_date, hosting.end_date, input.year))
      throw refusal('VALIDATION', 'hosting.notInYear', { year: input.year });
    const before = actualOf(conn, owner, input.hostingId, input.year);
    if (input.amountOre === null) {
      if (!before || before.deleted_at !== null) return;
      write(conn, 'cost_actuals', { id: before.id, expectedVersion: input.version ?? 0 }, {}, { ...how, action: 'delete' });
      return;
    }
    if (!before) {
      const row = { hosting_id: input.hostingId, year: input.year, amount_ore: input.amountOre, note: input.note };
      write(conn, 'cost_actuals', { id: ctx.newId() }, row, { ...how, action: 'create' });
      return;
    }
    const target = settableTarget(before, `The outcome of ${input.year}`, owner, input.version);
    write(conn, 'cost_actuals', target, { amount_ore: input.amountOre, note: input.note }, { ...how, action: 'update' });
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
  const forecast = yearReport(loadPlan(ctx), input.year, null, null);
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
