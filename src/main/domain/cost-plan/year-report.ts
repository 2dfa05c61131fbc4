/**
 * The whole calculation of a year: every hosting active in the year (items, total, key, split) and
 * every region's commitment. With a healthcare-region filter, only the hostings it hosts and its
 * member regions are listed, but each listed region's figures stay complete (they include its shares
 * of hostings elsewhere, e.g. Halland's in SODRA and VASTRA).
 *
 * Planning copies: a region may record its healthcare region's hosting for planning (owner ≠ host).
 * When the host's own record of the same group is active in the year, the host's record counts and
 * the copy is skipped with a warning, so nothing is paid twice.
 */
import type { CostWarning, HostingReport, RegionReport, YearReport } from '@shared/contract/cost/reports';
import type { ScenarioOverride } from '@shared/contract/cost/scenarios';
import { hostingReport } from './hosting-report';
import { regionReport, type RegionReportOptions } from './region-report';
import { applyScenario } from './scenario';
import { overlapsYear, ownerName, regionsOf, warning, type PlanData, type PlanHosting, type PlanMembership } from './types';

export type ScenarioInput = { id: string; name: string; overrides: readonly ScenarioOverride[] } | null;

/** Hostings that count in the year (active in it, planning copies superseded by the host's record dropped). */
export function activeHostings(data: PlanData, year: number, warnings: CostWarning[]): PlanHosting[] {
  const active = data.hostings.filter((h) => overlapsYear(h.startDate, h.endDate, year));
  return active.filter((h) => {
    if (!h.planningCopy) return true;
    const official = active.find((o) => !o.planningCopy && o.groupId === h.groupId);
    if (!official) return true;
    warnings.push(
      warning(
        'PLANNING_COPY_SKIPPED',
        `${h.groupName}: the planning record of ${h.owner} is replaced by ${official.owner}'s own record`,
        h.id,
        { hosting: h.groupName, owner: ownerName(data, h.owner), host: ownerName(data, official.owner) },
      ),
    );
    return false;
  });
}

/** The year's plan after the scenario, with the hosting reports that every region report needs. */
export function computeYear(base: PlanData, year: number, scenario: ScenarioInput) {
  const applied = applyScenario(base, scenario?.overrides ?? [], year);
  const warnings = [...applied.warnings];
  const hostings = activeHostings(applied.data, year, warnings).map((h) => hostingReport(applied.data, h, year));
  return { data: applied.data, hostings, warnings };
}

/** The regions of persons with a membership of the year that takes time (they have representation costs). */
function regionsWithMemberships(memberships: readonly PlanMembership[], year: number): Set<string> {
  const codes = new Set<string>();
  for (const m of memberships) if (m.allocationBp > 0 && overlapsYear(m.startDate, m.endDate, year)) codes.add(m.personRegionCode);
  return codes;
}

/** The regions a year report lists: a healthcare region's members, or every region that pays anything. */
export function reportedRegionCodes(
  data: PlanData,
  hostings: readonly HostingReport[],
  year: number,
  healthcareRegionCode: string | null,
  withMemberships: Iterable<string>,
): string[] {
  if (healthcareRegionCode !== null) return regionsOf(data, healthcareRegionCode);
  const codes = new Set<string>(withMemberships);
  for (const h of hostings) for (const s of h.split?.shares ?? []) codes.add(s.regionCode);
  for (const c of data.contributions) if (c.year === year) codes.add(c.regionCode);
  return [...codes].sort();
}

function sumOf<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((acc, r) => acc + pick(r), 0);
}

/** The year report from its parts (the hostings of the year and the listed regions' reports). */
export function assembleYearReport(parts: {
  year: number;
  scenario: ScenarioInput;
  healthcareRegionCode: string | null;
  hostings: readonly HostingReport[];
  regions: RegionReport[];
  warnings: CostWarning[];
}): YearReport {
  const { year, scenario, healthcareRegionCode, regions } = parts;
  const listedHostings =
    healthcareRegionCode === null ? [...parts.hostings] : parts.hostings.filter((h) => h.hostHealthcareRegionCode === healthcareRegionCode);
  return {
    year,
    scenario: scenario ? { id: scenario.id, name: scenario.name } : null,
    healthcareRegionCode,
    hostings: listedHostings,
    regions,
    totals: {
      hostingsOre: sumOf(listedHostings, (h) => h.totalOre),
      invoicedOre: sumOf(listedHostings, (h) => h.split?.invoicedTotalOre ?? 0),
      regionsOre: sumOf(regions, (r) => r.totalOre),
      membershipsOre: sumOf(regions, (r) => r.membershipsOre),
      fixedContributionsOre: sumOf(regions, (r) => r.fixedContributionsOre),
    },
    warnings: parts.warnings,
  };
}

/** `options.lines: false` leaves out the regions' membership lines (cost-report:region has them, with traces); the figures are the same. */
export function yearReport(
  base: PlanData,
  year: number,
  healthcareRegionCode: string | null,
  scenario: ScenarioInput,
  options: RegionReportOptions = { lines: true },
): YearReport {
  const { data, hostings, warnings } = computeYear(base, year, scenario);
  const codes = reportedRegionCodes(data, hostings, year, healthcareRegionCode, regionsWithMemberships(data.memberships, year));
  const regions: RegionReport[] = codes.map((code) => regionReport(data, hostings, code, year, options));
  return assembleYearReport({ year, scenario, healthcareRegionCode, hostings, regions, warnings });
}

/** One region in one year (its hosting shares need every hosting of the year). */
export function regionYear(base: PlanData, regionCode: string, year: number, scenario: ScenarioInput): RegionReport {
  const { data, hostings, warnings } = computeYear(base, year, scenario);
  const report = regionReport(data, hostings, regionCode, year);
  return { ...report, warnings: [...warnings, ...report.warnings] };
}
