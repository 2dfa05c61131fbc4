/**
 * Comparisons over years: a region's commitment year by year with the change against the year
 * before, and a scenario side by side with the plan (deltas per region and hosting).
 * Changes in basis points are exact fractions rounded once, half away from zero.
 */
import type { MultiYearReport, RegionReport } from '@shared/contract/cost/reports';
import type { ScenarioCompare } from '@shared/contract/cost/scenarios';
import { rational, roundHalfAwayFromZero, toSafeNumber } from '@shared/domain/costs';
import { regionReport } from './region-report';
import { regionName } from './types';
import { computeYear, yearReport, type ScenarioInput } from './year-report';
import type { PlanData } from './types';

/** `delta` in basis points of `base` (1 234 = 12,34 %); null when base is 0. */
export function changeBp(delta: number, base: number): number | null {
  if (base === 0) return null;
  return toSafeNumber(roundHalfAwayFromZero(rational(BigInt(delta) * 10_000n, BigInt(base < 0 ? -base : base))));
}

export function multiYear(base: PlanData, regionCode: string, fromYear: number, toYear: number, scenario: ScenarioInput): MultiYearReport {
  const years: MultiYearReport['years'] = [];
  let previous: RegionReport | null = null;
  for (let year = fromYear; year <= toYear; year += 1) {
    const { data, hostings, warnings } = computeYear(base, year, scenario);
    const report = regionReport(data, hostings, regionCode, year);
    const changeOre = previous === null ? null : report.totalOre - previous.totalOre;
    years.push({
      year,
      hostingOre: report.hostingOre,
      membershipsOre: report.membershipsOre,
      fixedContributionsOre: report.fixedContributionsOre,
      totalOre: report.totalOre,
      changeOre,
      changeBp: previous === null || changeOre === null ? null : changeBp(changeOre, previous.totalOre),
      warningCount: warnings.length + report.warnings.length,
    });
    previous = report;
  }
  return {
    regionCode,
    regionName: regionName(base, regionCode),
    fromYear,
    toYear,
    scenario: scenario ? { id: scenario.id, name: scenario.name } : null,
    years,
  };
}

type YearCompare = ScenarioCompare['years'][number];

function compareRegions(plan: readonly RegionReport[], alt: readonly RegionReport[]): YearCompare['regions'] {
  const codes = [...new Set([...plan, ...alt].map((r) => r.regionCode))].sort();
  return codes.map((code) => {
    const p = plan.find((r) => r.regionCode === code);
    const s = alt.find((r) => r.regionCode === code);
    const planOre = p?.totalOre ?? 0;
    const scenarioOre = s?.totalOre ?? 0;
    return {
      regionCode: code,
      regionName: p?.regionName ?? s?.regionName ?? code,
      planOre,
      scenarioOre,
      deltaOre: scenarioOre - planOre,
      deltaBp: changeBp(scenarioOre - planOre, planOre),
      hostingDeltaOre: (s?.hostingOre ?? 0) - (p?.hostingOre ?? 0),
      membershipsDeltaOre: (s?.membershipsOre ?? 0) - (p?.membershipsOre ?? 0),
      fixedContributionsDeltaOre: (s?.fixedContributionsOre ?? 0) - (p?.fixedContributionsOre ?? 0),
    };
  });
}

export function compareScenario(
  base: PlanData,
  scenario: NonNullable<ScenarioInput>,
  fromYear: number,
  toYear: number,
  healthcareRegionCode: string | null,
): ScenarioCompare {
  const years: YearCompare[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const plan = yearReport(base, year, healthcareRegionCode, null);
    const alt = yearReport(base, year, healthcareRegionCode, scenario);
    const ids = [...new Set([...plan.hostings, ...alt.hostings].map((h) => h.hostingId))];
    const hostings = ids.map((id) => {
      const p = plan.hostings.find((h) => h.hostingId === id);
      const s = alt.hostings.find((h) => h.hostingId === id);
      const planOre = p?.totalOre ?? 0;
      const scenarioOre = s?.totalOre ?? 0;
      return {
        hostingId: id,
        groupName: p?.groupName ?? s?.groupName ?? id,
        planHost: p?.hostHealthcareRegionCode ?? null,
        scenarioHost: s?.hostHealthcareRegionCode ?? null,
        planOre,
        scenarioOre,
        deltaOre: scenarioOre - planOre,
      };
    });
    const planOre = plan.totals.regionsOre;
    const scenarioOre = alt.totals.regionsOre;
    years.push({
      year,
      regions: compareRegions(plan.regions, alt.regions),
      hostings,
      planOre,
      scenarioOre,
      deltaOre: scenarioOre - planOre,
    });
  }
  return { scenario: { id: scenario.id, name: scenario.name }, fromYear, toYear, years };
}
