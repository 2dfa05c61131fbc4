/**
 * Budget vs actual per region over a range of years, and the difference between two budget versions.
 * - Budget: the chosen locked version of each year (else the own newest revision), read from its snapshot.
 * - Forecast: the current plan's calculation of the year.
 * - Actual: what the region recorded or imported (cost_region_actuals), per category; a region's actual
 *   is the sum of the categories it recorded, null when it recorded none.
 * A region's figures per category: hosting shares (hostingOre), own staff (membershipsOre), fixed
 * contributions (fixedContributionsOre). Differences in öre, and actual against budget in percent.
 */
import { z } from 'zod';
import type { BudgetActual, BudgetCompare, RegionActualCategory } from '@shared/contract/cost/actuals';
import { REGION_ACTUAL_CATEGORIES } from '@shared/contract/cost/actuals';
import { refusal } from '@shared/contract/errors';
import type { ServiceContext } from '../../lib/context';
import type { Language } from '@shared/contract/common';
import type { ExportFile } from '@shared/contract/cost/exports';
import { budgetActualWorkbook } from '../../reports/budget-actual-xlsx';
import { yearReport } from '../../domain/cost-plan/year-report';
import { budgetById, budgetByRevision, latestBudget, type BudgetRow } from '../../repositories/costs/budgets';
import { requireOwner } from '../../repositories/records';
import { budgetSummary } from './budgets';
import { loadPlan } from './load-plan';
import { regionActualsOf } from './region-actuals';

const int = z.number().int();
/** The figures of a snapshot these comparisons read, leniently so old snapshots stay usable. */
const snapshotSchema = z.object({
  regions: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      hostingOre: int,
      membershipsOre: int,
      fixedContributionsOre: int,
      totalOre: int,
    }),
  ),
  hostings: z.array(z.object({ hostingId: z.string(), groupName: z.string(), hostHealthcareRegionCode: z.string(), totalOre: int })),
});
type Snapshot = z.infer<typeof snapshotSchema>;
type RegionFigures = Snapshot['regions'][number];

function snapshotOf(row: BudgetRow): Snapshot {
  const parsed = snapshotSchema.safeParse(JSON.parse(row.snapshot_json));
  if (!parsed.success) throw refusal('VALIDATION', 'budget.unreadable');
  return parsed.data;
}

const CATEGORY_FIELD: Record<RegionActualCategory, 'hostingOre' | 'membershipsOre' | 'fixedContributionsOre'> = {
  hosting: 'hostingOre',
  staff: 'membershipsOre',
  contribution: 'fixedContributionsOre',
};

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const percent = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : Math.round(((a - b) / b) * 1000) / 10;

export function comparisonFigures(budgetOre: number | null, forecastOre: number | null, actualOre: number | null) {
  return {
    budgetOre,
    forecastOre,
    actualOre,
    actualMinusBudgetOre: minus(actualOre, budgetOre),
    actualMinusBudgetPercent: percent(actualOre, budgetOre),
    forecastMinusBudgetOre: minus(forecastOre, budgetOre),
    actualMinusForecastOre: minus(actualOre, forecastOre),
  };
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

function chosenBudgets(ctx: ServiceContext, years: number[], budgetIds: readonly string[]): Map<number, BudgetRow | null> {
  const chosen = new Map<number, BudgetRow | null>();
  for (const id of budgetIds) {
    const row = budgetById(ctx.conn, id);
    if (!row) throw refusal('NOT_FOUND', 'budget.notFound');
    chosen.set(row.year, row);
  }
  const owner = requireOwner(ctx.conn);
  for (const year of years) if (!chosen.has(year)) chosen.set(year, latestBudget(ctx.conn, owner, year) ?? null);
  return chosen;
}

type Actuals = ReturnType<typeof regionActualsOf>;

function regionRow(year: number, code: string, name: string, budget?: RegionFigures, forecast?: RegionFigures, actuals: Actuals = []) {
  const categories = REGION_ACTUAL_CATEGORIES.map((category) => {
    const field = CATEGORY_FIELD[category];
    const recorded = actuals.filter((a) => a.category === category).map((a) => a.amountOre);
    return { category, ...comparisonFigures(budget?.[field] ?? null, forecast?.[field] ?? null, sumOrNull(recorded)) };
  });
  const actualOre = sumOrNull(categories.map((c) => c.actualOre));
  return {
    regionCode: code,
    regionName: name,
    year,
    ...comparisonFigures(budget?.totalOre ?? null, forecast?.totalOre ?? null, actualOre),
    categories,
  };
}

/**
 * A year's total: the sums of budget, forecast and actual, and differences that add up the rows' own
 * differences, so a region without a recorded actual does not count as an underspend of its whole budget.
 */
function yearTotal(year: number, rows: readonly ReturnType<typeof regionRow>[]) {
  const sum = (
    key: 'budgetOre' | 'forecastOre' | 'actualOre' | 'actualMinusBudgetOre' | 'forecastMinusBudgetOre' | 'actualMinusForecastOre',
  ) => sumOrNull(rows.map((r) => r[key]));
  const comparedBudget = sumOrNull(rows.filter((r) => r.actualMinusBudgetOre !== null).map((r) => r.budgetOre));
  const actualMinusBudgetOre = sum('actualMinusBudgetOre');
  return {
    year,
    budgetOre: sum('budgetOre'),
    forecastOre: sum('forecastOre'),
    actualOre: sum('actualOre'),
    actualMinusBudgetOre,
    actualMinusBudgetPercent: percent(
      actualMinusBudgetOre === null || comparedBudget === null ? null : comparedBudget + actualMinusBudgetOre,
      comparedBudget,
    ),
    forecastMinusBudgetOre: sum('forecastMinusBudgetOre'),
    actualMinusForecastOre: sum('actualMinusForecastOre'),
  };
}

export async function budgetVersusActual(
  ctx: ServiceContext,
  input: { fromYear: number; toYear: number; budgetIds: string[] },
): Promise<BudgetActual> {
  const years = Array.from({ length: input.toYear - input.fromYear + 1 }, (_, i) => input.fromYear + i);
  const budgets = chosenBudgets(ctx, years, input.budgetIds);
  const plan = loadPlan(ctx);
  const actuals = regionActualsOf(ctx.conn, input.fromYear, input.toYear);
  const rows: BudgetActual['rows'] = [];
  for (const year of years) {
    const budgetRow = budgets.get(year) ?? null;
    const budget = budgetRow === null ? [] : snapshotOf(budgetRow).regions;
    const forecast = yearReport(plan, year, null, null).regions;
    const names = new Map([...budget, ...forecast].map((r) => [r.regionCode, r.regionName]));
    for (const a of actuals) if (a.year === year && !names.has(a.regionCode)) names.set(a.regionCode, a.regionCode);
    for (const [code, name] of names) {
      const own = actuals.filter((a) => a.year === year && a.regionCode === code);
      const row = regionRow(
        year,
        code,
        name,
        budget.find((r) => r.regionCode === code),
        forecast.find((r) => r.regionCode === code),
        own,
      );
      if (row.budgetOre || row.forecastOre || row.actualOre !== null) rows.push(row);
    }
  }
  rows.sort((a, b) => a.regionName.localeCompare(b.regionName, 'sv') || a.year - b.year);
  const totals = years.map((year) =>
    yearTotal(
      year,
      rows.filter((r) => r.year === year),
    ),
  );
  const budgetList = years.map((year) => {
    const row = budgets.get(year) ?? null;
    return { year, budget: row === null ? null : budgetSummary(row) };
  });
  return Promise.resolve({ fromYear: input.fromYear, toYear: input.toYear, budgets: budgetList, rows, totals });
}

/** A budget version by id, or as `YEAR:REVISION` of the own budgets (the CLI's way to name one). */
export function resolveBudgetVersion(ctx: ServiceContext, version: string): BudgetRow {
  const m = /^(\d{4}):(\d{1,4})$/.exec(version.trim());
  const row = m ? budgetByRevision(ctx.conn, requireOwner(ctx.conn), Number(m[1]), Number(m[2])) : budgetById(ctx.conn, version.trim());
  if (!row) throw refusal('NOT_FOUND', 'budgetCompare.unknownVersion', { version });
  return row;
}

function pairs<T extends { totalOre: number }>(from: readonly T[], to: readonly T[], key: (x: T) => string) {
  const keys = [...new Set([...from.map(key), ...to.map(key)])];
  return keys.map((k) => {
    const a = from.find((x) => key(x) === k);
    const b = to.find((x) => key(x) === k);
    const fromOre = a?.totalOre ?? null;
    const toOre = b?.totalOre ?? null;
    return { key: k, a, b, fromOre, toOre, differenceOre: (toOre ?? 0) - (fromOre ?? 0) };
  });
}

const pairTotal = (list: readonly { fromOre: number | null; toOre: number | null; differenceOre: number }[]) => ({
  fromOre: sumOrNull(list.map((p) => p.fromOre)),
  toOre: sumOrNull(list.map((p) => p.toOre)),
  differenceOre: list.reduce((s, p) => s + p.differenceOre, 0),
});

export async function compareBudgets(ctx: ServiceContext, input: { fromId: string; toId: string }): Promise<BudgetCompare> {
  const fromRow = resolveBudgetVersion(ctx, input.fromId);
  const toRow = resolveBudgetVersion(ctx, input.toId);
  const a = snapshotOf(fromRow);
  const b = snapshotOf(toRow);
  const regions = pairs(a.regions, b.regions, (r) => r.regionCode)
    .map((p) => ({
      regionCode: p.key,
      regionName: (p.b ?? p.a)!.regionName,
      fromOre: p.fromOre,
      toOre: p.toOre,
      differenceOre: p.differenceOre,
    }))
    .sort((x, y) => x.regionName.localeCompare(y.regionName, 'sv'));
  const hostings = pairs(a.hostings, b.hostings, (h) => h.hostingId)
    .map((p) => {
      const h = (p.b ?? p.a)!;
      const { fromOre, toOre, differenceOre } = p;
      return {
        hostingId: p.key,
        groupName: h.groupName,
        hostHealthcareRegionCode: h.hostHealthcareRegionCode,
        fromOre,
        toOre,
        differenceOre,
      };
    })
    .sort((x, y) => x.groupName.localeCompare(y.groupName, 'sv') || x.hostingId.localeCompare(y.hostingId));
  return Promise.resolve({
    from: budgetSummary(fromRow),
    to: budgetSummary(toRow),
    regions,
    hostings,
    totals: { regions: pairTotal(regions), hostings: pairTotal(hostings) },
  });
}

export async function exportBudgetActualXlsx(
  ctx: ServiceContext,
  input: { fromYear: number; toYear: number; budgetIds: string[]; language: Language },
): Promise<ExportFile> {
  const view = await budgetVersusActual(ctx, input);
  const bytes = await budgetActualWorkbook(view, input.language, ctx.now());
  const base = input.language === 'en' ? 'budget-and-actual' : 'budget-och-utfall';
  return {
    fileName: `${base}-${input.fromYear}-${input.toYear}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: bytes.toString('base64'),
  };
}
