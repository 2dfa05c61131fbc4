/** Report channels: load the plan once, then assemble with the pure cost-plan functions. */
import type { HostingReport, MultiYearReport, RegionReport, YearReport } from '@shared/contract/cost/reports';
import type { ScenarioCompare } from '@shared/contract/cost/scenarios';
import { refusal } from '@shared/contract/errors';
import type { ServiceContext } from '../../lib/context';
import { compareScenario, multiYear } from '../../domain/cost-plan/analysis';
import { hostingReport } from '../../domain/cost-plan/hosting-report';
import { applyScenario } from '../../domain/cost-plan/scenario';
import { overlapsYear, type PlanData } from '../../domain/cost-plan/types';
import { regionYear, yearReport } from '../../domain/cost-plan/year-report';
import { liveMembers } from '../../repositories/costs/references';
import { loadPlan } from './load-plan';
import { scenarioInput } from './scenarios';

type ScenarioId = { scenarioId: string | null };

function requireRegion(data: PlanData, regionCode: string): void {
  if (data.regionNames[regionCode] === undefined) throw refusal('NOT_FOUND', 'region.unknown', { code: regionCode });
}

export async function hostingCostReport(
  ctx: ServiceContext,
  input: ScenarioId & { hostingId: string; year: number },
): Promise<HostingReport> {
  const scenario = await scenarioInput(ctx, input.scenarioId);
  const applied = applyScenario(loadPlan(ctx), scenario?.overrides ?? [], input.year);
  const hosting = applied.data.hostings.find((h) => h.id === input.hostingId);
  if (!hosting) throw refusal('NOT_FOUND', 'hosting.notFound');
  if (!overlapsYear(hosting.startDate, hosting.endDate, input.year)) {
    throw refusal('VALIDATION', 'hosting.notInYear', { year: input.year });
  }
  const report = hostingReport(applied.data, hosting, input.year);
  return { ...report, warnings: [...applied.warnings, ...report.warnings] };
}

export async function regionCostReport(
  ctx: ServiceContext,
  input: ScenarioId & { regionCode: string; year: number },
): Promise<RegionReport> {
  const scenario = await scenarioInput(ctx, input.scenarioId);
  const data = loadPlan(ctx, { year: input.year });
  requireRegion(data, input.regionCode);
  return regionYear(data, input.regionCode, input.year, scenario);
}

export async function multiYearCostReport(
  ctx: ServiceContext,
  input: ScenarioId & { regionCode: string; fromYear: number; toYear: number },
): Promise<MultiYearReport> {
  const scenario = await scenarioInput(ctx, input.scenarioId);
  const data = loadPlan(ctx);
  requireRegion(data, input.regionCode);
  return multiYear(data, input.regionCode, input.fromYear, input.toYear, scenario);
}

/**
 * With lines: the whole calculation. Without (the year view, the bench): the live report, brought up
 * to date with what changed (live-year-report.ts), and remembered while nothing changes.
 */
export async function yearCostReport(
  ctx: ServiceContext,
  input: ScenarioId & { year: number; healthcareRegionCode: string | null; withLines?: boolean },
): Promise<YearReport> {
  const scenario = await scenarioInput(ctx, input.scenarioId);
  if (input.healthcareRegionCode !== null) {
    const known = liveMembers(ctx.conn, input.healthcareRegionCode).length > 0;
    if (!known) throw refusal('NOT_FOUND', 'region.unknownHealthcare', { code: input.healthcareRegionCode });
  }
  if (input.withLines ?? true)
    return yearReport(loadPlan(ctx, { year: input.year }), input.year, input.healthcareRegionCode, scenario, { lines: true });
  const key = JSON.stringify([input.year, input.healthcareRegionCode, input.scenarioId]);
  return ctx.readModel.yearReports.get(key, async () =>
    ctx.readModel.yearReport(loadPlan(ctx, { memberships: false }), input.year, input.healthcareRegionCode, scenario),
  );
}

export async function compareScenarioReport(
  ctx: ServiceContext,
  input: { scenarioId: string; fromYear: number; toYear: number; healthcareRegionCode: string | null },
): Promise<ScenarioCompare> {
  const scenario = await scenarioInput(ctx, input.scenarioId);
  if (scenario === null) throw refusal('NOT_FOUND', 'scenario.notFound');
  return compareScenario(loadPlan(ctx), scenario, input.fromYear, input.toYear, input.healthcareRegionCode);
}
