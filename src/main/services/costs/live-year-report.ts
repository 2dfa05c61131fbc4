/**
 * The year report without lines, kept up to date per region instead of recomputed (issue #8: a cost
 * report for a year ≤ 100 ms at national scale). Everything but the memberships is read every time
 * (a few hundred rows); while it, the year and the scenario are unchanged, a region's report is
 * reused until a membership of one of its persons changes (`RegisterMirror.regionGeneration`), and a
 * membership's outcome is remembered per membership object (`OutcomeMemo`). The figures are those of
 * `yearReport` on the whole plan (tests/integration/live-cost-report.test.ts).
 */
import type { Database as Sqlite } from 'better-sqlite3';
import type { RegionReport, YearReport } from '@shared/contract/cost/reports';
import { regionReport, type OutcomeMemo } from '../../domain/cost-plan/region-report';
import { applyScenario } from '../../domain/cost-plan/scenario';
import type { PlanData, PlanMembership } from '../../domain/cost-plan/types';
import { assembleYearReport, computeYear, reportedRegionCodes, type ScenarioInput } from '../../domain/cost-plan/year-report';
import type { ServiceContext } from '../../lib/context';
import { registerMirror, type MirrorMembership, type RegisterMirror } from '../../repositories/register-mirror';
import { loadPlan } from './load-plan';

type RegionEntry = { generation: number; memberships: PlanMembership[]; counted: boolean; report: RegionReport | null };
type LiveYear = { key: string; memo: OutcomeMemo; regions: Map<string, RegionEntry> };

const live = new WeakMap<Sqlite, LiveYear>();

/** The region's memberships overlapping the year, in the plan's order, after the scenario. */
function regionYearMemberships(
  mirror: RegisterMirror,
  base: PlanData,
  code: string,
  year: number,
  scenario: ScenarioInput,
): PlanMembership[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const memberships: (MirrorMembership & { personRegionCode: string })[] = [];
  for (const m of mirror.regionMemberships(code)) {
    if (m.startDate <= last && (m.endDate === null || m.endDate >= first))
      memberships.push(m as MirrorMembership & { personRegionCode: string });
  }
  if (!scenario?.overrides.some((o) => o.kind === 'MEMBER_ALLOCATION')) return memberships;
  return applyScenario({ ...base, memberships }, scenario.overrides, year).data.memberships;
}

function upToDate(state: LiveYear, mirror: RegisterMirror, base: PlanData, year: number, scenario: ScenarioInput): void {
  const codes = new Set(mirror.regionCodes().filter((c) => c !== ''));
  for (const code of state.regions.keys()) if (!codes.has(code)) state.regions.delete(code);
  for (const code of codes) {
    const generation = mirror.regionGeneration(code);
    if (state.regions.get(code)?.generation === generation) continue;
    const memberships = regionYearMemberships(mirror, base, code, year, scenario);
    state.regions.set(code, { generation, memberships, counted: memberships.some((m) => m.allocationBp > 0), report: null });
  }
}

export async function liveYearReport(
  ctx: ServiceContext,
  year: number,
  healthcareRegionCode: string | null,
  scenario: ScenarioInput,
): Promise<YearReport> {
  const base = await loadPlan(ctx, { memberships: false });
  const mirror = registerMirror(ctx.sqlite);
  const key = JSON.stringify([year, scenario, base]);
  let state = live.get(ctx.sqlite);
  if (!state || state.key !== key) live.set(ctx.sqlite, (state = { key, memo: new WeakMap(), regions: new Map() }));
  upToDate(state, mirror, base, year, scenario);
  const { data, hostings, warnings } = computeYear(base, year, scenario);
  const withMemberships = [...state.regions].filter(([, e]) => e.counted).map(([code]) => code);
  const memo = state.memo;
  const regions = reportedRegionCodes(data, hostings, year, healthcareRegionCode, withMemberships).map((code) => {
    const entry = state.regions.get(code);
    if (!entry) return regionReport(data, hostings, code, year, { lines: false });
    entry.report ??= regionReport({ ...data, memberships: entry.memberships }, hostings, code, year, { lines: false, memo });
    return entry.report;
  });
  return assembleYearReport({ year, scenario, healthcareRegionCode, hostings, regions, warnings });
}
