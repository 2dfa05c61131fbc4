/**
 * What a change of the cost plan (everything but the memberships) can change in the live year report
 * (live-year-report.ts), found by comparing what the region reports read of it with what they read last
 * time: the hostings of the year (a region's shares and gaps), the staffed roles the hostings pay (which
 * memberships they cover), the persons' salaries, each region's parameters and contributions, and the
 * region names and healthcare-region members (every region). Comparing figures, not log entries, keeps
 * it exact whatever the edit was (a salary, a default salary, a cost item, a key or a population).
 */
import type { CostWarning, HostingReport } from '@shared/contract/cost/reports';
import { roleKey, staffedRolesByGroup } from '../domain/cost-plan/paid-by-hosting';
import { resolveParameters, type ResolvedParameters } from '../domain/cost-plan/parameters';
import { regionsOf, type PlanContribution, type PlanData, type PlanMembership } from '../domain/cost-plan/types';

/** What the year's plan looked like to the region reports, as comparable strings. */
export type PlanPrint = {
  shared: string;
  hostingOrder: string;
  hostings: Map<string, { print: string; report: HostingReport }>;
  staffed: Map<string, string>;
  salaries: Map<string, string>;
};

export function planPrint(data: PlanData, hostings: readonly HostingReport[]): PlanPrint {
  const staffed = new Map<string, string>();
  for (const [key, line] of staffedRolesByGroup(hostings)) staffed.set(key, JSON.stringify(line));
  const salaries = new Map<string, string>();
  for (const [personId, rows] of Object.entries(data.personSalaries)) salaries.set(personId, JSON.stringify(rows));
  return {
    shared: JSON.stringify([data.regionNames, data.members]),
    hostingOrder: hostings.map((h) => h.hostingId).join('\u0000'),
    hostings: new Map(hostings.map((h) => [h.hostingId, { print: JSON.stringify(h), report: h }])),
    staffed,
    salaries,
  };
}

/** Keys of two maps whose values differ (or that only one has). */
function changedKeys<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>, same: (a: T, b: T) => boolean): Set<string> {
  const changed = new Set<string>();
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined || !same(old, value)) changed.add(key);
  }
  for (const key of before.keys()) if (!after.has(key)) changed.add(key);
  return changed;
}

/** The regions a hosting's report touches: its split and the members of its key's healthcare region. */
function regionsOfHosting(data: PlanData, h: HostingReport): string[] {
  const codes = [...(h.split?.shares.map((s) => s.regionCode) ?? []), ...(h.split?.trace.weights.map((w) => w.regionCode) ?? [])];
  if (h.key.healthcareRegionCode) codes.push(...regionsOf(data, h.key.healthcareRegionCode));
  return codes;
}

export type PlanChanges = {
  /** Every region report is stale (names, members or the hostings' order changed). */
  all: boolean;
  /** Regions whose report is stale (a hosting they share in or check changed). */
  regions: Set<string>;
  /** `roleKey(group, role)` of staffed roles that changed: memberships holding them are costed anew. */
  staffedRoles: Set<string>;
  /** Persons whose salaries changed: their memberships are costed anew. */
  persons: Set<string>;
};

export function planChanges(data: PlanData, before: PlanPrint, after: PlanPrint): PlanChanges {
  const all = before.shared !== after.shared || before.hostingOrder !== after.hostingOrder;
  const regions = new Set<string>();
  for (const id of changedKeys(before.hostings, after.hostings, (a, b) => a.print === b.print)) {
    for (const h of [before.hostings.get(id)?.report, after.hostings.get(id)?.report])
      if (h) for (const code of regionsOfHosting(data, h)) regions.add(code);
  }
  const same = (a: string, b: string) => a === b;
  return {
    all,
    regions,
    staffedRoles: changedKeys(before.staffed, after.staffed, same),
    persons: changedKeys(before.salaries, after.salaries, same),
  };
}

/** A region's parameters for the year as the region report resolves them (with their warnings). */
export type RegionParameters = { resolved: ResolvedParameters; print: string };

export function regionParameters(data: PlanData, regionCode: string, year: number): RegionParameters {
  const warnings: CostWarning[] = [];
  const resolved = resolveParameters(data, regionCode, year, warnings);
  return { resolved, print: JSON.stringify([resolved, warnings]) };
}

/** Which memberships a changed default salary can concern: its role, and its profession unless it is for any (''). */
export type RecostFilter = (m: PlanMembership) => boolean;

/**
 * Which of the region's memberships must be costed anew when its parameters changed: when only default
 * salary amounts changed, those of the changed rows' roles (and professions) — a row counts only if it is
 * the latest of its role and profession on or before the year, the one the salary rule picks; else every
 * one (null).
 */
export function recostFilter(before: RegionParameters, after: RegionParameters): RecostFilter | null {
  const a = before.resolved;
  const b = after.resolved;
  if (a === null || b === null) return null;
  const rest = (p: NonNullable<ResolvedParameters>) =>
    JSON.stringify([
      p.used,
      p.params.year,
      p.params.poSurchargeBp,
      p.params.salaryIndex,
      p.params.defaultSalaries?.map((d) => [d.year, d.role, d.profession]),
    ]);
  if (rest(a) !== rest(b)) return null;
  const year = b.params.year;
  const rows = b.params.defaultSalaries ?? [];
  const old = a.params.defaultSalaries ?? [];
  const changed = rows.filter(
    (d, i) =>
      old[i]?.monthlySalaryOre !== d.monthlySalaryOre &&
      d.year <= year &&
      !rows.some((e) => e.role === d.role && e.profession === d.profession && e.year > d.year && e.year <= year),
  );
  return (m) => changed.some((d) => d.role === m.role && (d.profession === '' || d.profession === (m.profession ?? '')));
}

/** Whether a membership's outcome depends on one of the changed staffed roles. */
export function holdsStaffedRole(m: PlanMembership, roles: ReadonlySet<string>): boolean {
  return roles.size > 0 && roles.has(roleKey(m.groupId, m.role));
}

/** A region's contributions of the year, as a comparable string. */
export function contributionsPrint(contributions: readonly PlanContribution[], code: string, year: number): string {
  return JSON.stringify(contributions.filter((c) => c.regionCode === code && c.year === year));
}
