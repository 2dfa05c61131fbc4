/**
 * The year report without lines, kept up to date per region instead of recomputed (issue #8: a cost
 * report for a year ≤ 100 ms at national scale). The plan without memberships is read every time
 * (a few hundred rows); a region's report is reused until a membership of one of its persons changes
 * (`RegisterMirror.regionGeneration`) or something it reads of the plan changes (plan-changes.ts), and
 * a membership's outcome is remembered per membership object (`OutcomeMemo`) until its person's salary,
 * its region's parameters (for a default salary, only its role) or the staffed role it holds change.
 * With a scenario, any change of the plan recomputes every region. The figures are those of
 * `yearReport` on the whole plan (tests/integration/live-views.test.ts).
 */
import type { HostingReport, RegionReport, YearReport } from '@shared/contract/cost/reports';
import { personParts } from '../domain/cost-plan/region-parts';
import { regionReport, type OutcomeMemo } from '../domain/cost-plan/region-report';
import { applyScenario } from '../domain/cost-plan/scenario';
import type { PlanData, PlanMembership } from '../domain/cost-plan/types';
import { assembleYearReport, computeYear, reportedRegionCodes, type ScenarioInput } from '../domain/cost-plan/year-report';
import {
  contributionsPrint,
  holdsStaffedRole,
  planChanges,
  planPrint,
  regionParameters,
  recostFilter,
  type PlanPrint,
  type RegionParameters,
} from './plan-changes';
import type { MirrorMembership, RegisterMirror } from './register-mirror';
import { RegionPersons } from './region-persons';
import type { RegionSeed, YearParts, YearPlan } from './year-seeds';

type RegionEntry = {
  generation: number;
  memberships: PlanMembership[];
  counted: boolean;
  report: RegionReport | null;
  /** The parameters and contributions the report (and the memo's outcomes) were computed with; null: not known. */
  parameters: RegionParameters | null;
  contributions: string | null;
  /** Its persons' parts taken over from the saved parts with `report` (year-seeds.ts); they hold while the report does. */
  adopted: { report: RegionReport; persons: RegionPersons } | null;
};
type LiveYear = {
  key: string;
  memo: OutcomeMemo;
  regions: Map<string, RegionEntry>;
  print: PlanPrint | null;
  /** The year without a scenario (then its parts can be saved at shutdown, year-seeds.ts), else null. */
  year: number | null;
  plan: { data: PlanData; hostings: HostingReport[] } | null;
};

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

/** The live year report of the last question (year and scenario), held by the read model. */
export class LiveYearReports {
  private state: LiveYear | null = null;

  report(mirror: RegisterMirror, base: PlanData, year: number, healthcareRegionCode: string | null, scenario: ScenarioInput): YearReport {
    // a scenario may change anything in the plan: then the whole plan names the question
    const key = JSON.stringify(scenario === null ? [year] : [year, scenario, base]);
    let state = this.state;
    if (!state || state.key !== key) this.state = state = this.fresh(key, scenario === null ? year : null);
    this.followMemberships(state, mirror, base, year, scenario);
    const { data, hostings, warnings } = computeYear(base, year, scenario);
    this.followPlan(state, mirror, data, planPrint(data, hostings), year);
    state.plan = { data, hostings };
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

  clear(): void {
    this.state = null;
  }

  private fresh(key: string, year: number | null): LiveYear {
    return { key, memo: new WeakMap(), regions: new Map(), print: null, year, plan: null };
  }

  /** Whether the report of the year without a scenario is held. */
  holds(year: number): boolean {
    return this.state?.year === year;
  }

  /** Takes over the year's parts saved at the last shutdown (year-seeds.ts), caught up to what the mirror holds now. */
  adopt(mirror: RegisterMirror, year: number, plan: YearPlan, parts: YearParts): void {
    const state = this.fresh(JSON.stringify([year]), year);
    this.followMemberships(state, mirror, plan.data, year, null);
    for (const [code, entry] of state.regions) {
      const part = parts.regions.get(code);
      if (!part) continue;
      entry.report = part.report;
      entry.parameters = regionParameters(plan.data, code, year);
      entry.contributions = part.contributions;
      entry.adopted = { report: part.report, persons: parts.persons.get(code) ?? RegionPersons.fromParts(new Map()) };
    }
    state.print = plan.print;
    this.state = state;
  }

  /** The held year's parts to save (no scenario), each region's report and its persons' parts computed; null when none is held. */
  partsToSave(): { year: number; print: PlanPrint; parts: YearParts } | null {
    const state = this.state;
    if (!state || state.year === null || state.print === null || state.plan === null) return null;
    const { data, hostings } = state.plan;
    const year = state.year;
    const memo = state.memo;
    const regions = new Map<string, RegionSeed>();
    const persons = new Map<string, RegionPersons>();
    for (const [code, entry] of state.regions) {
      const report = (entry.report ??= regionReport({ ...data, memberships: entry.memberships }, hostings, code, year, {
        lines: false,
        memo,
      }));
      regions.set(code, {
        report,
        counted: entry.counted,
        parameters: entry.parameters?.print ?? regionParameters(data, code, year).print,
        contributions: entry.contributions ?? contributionsPrint(data.contributions, code, year),
      });
      const adopted = entry.adopted?.report === report ? entry.adopted.persons : null;
      persons.set(
        code,
        adopted ?? RegionPersons.fromParts(personParts({ ...data, memberships: entry.memberships }, hostings, code, year, memo)),
      );
    }
    return { year, print: state.print, parts: { regions, persons } };
  }

  /** Regions whose persons' memberships changed take them anew (their report too). */
  private followMemberships(state: LiveYear, mirror: RegisterMirror, base: PlanData, year: number, scenario: ScenarioInput): void {
    const codes = new Set(mirror.regionCodes().filter((c) => c !== ''));
    for (const code of state.regions.keys()) if (!codes.has(code)) state.regions.delete(code);
    for (const code of codes) {
      const generation = mirror.regionGeneration(code);
      const old = state.regions.get(code);
      if (old?.generation === generation) continue;
      const memberships = regionYearMemberships(mirror, base, code, year, scenario);
      state.regions.set(code, {
        generation,
        memberships,
        counted: memberships.some((m) => m.allocationBp > 0),
        report: null,
        parameters: old?.parameters ?? null,
        contributions: null,
        adopted: null,
      });
    }
  }

  /** Forgets the reports and outcomes that what changed in the plan (not the memberships) can change. */
  private followPlan(state: LiveYear, mirror: RegisterMirror, data: PlanData, print: PlanPrint, year: number): void {
    const changes = state.print === null ? null : planChanges(data, state.print, print);
    state.print = print;
    const memo = state.memo;
    const stale = new Set(changes?.regions ?? []);
    for (const personId of changes?.persons ?? []) {
      for (const m of mirror.membershipsOf(personId)) {
        memo.delete(m as PlanMembership); // the memo's keys are the mirror's objects (see regionYearMemberships)
        stale.add(m.personRegionCode ?? '');
      }
    }
    for (const [code, entry] of state.regions) {
      if (changes === null || changes.all || stale.has(code)) entry.report = null;
      if (changes !== null && changes.staffedRoles.size > 0) this.recost(entry, (m) => holdsStaffedRole(m, changes.staffedRoles), memo);
      const contributions = contributionsPrint(data.contributions, code, year);
      if (entry.contributions !== contributions) {
        entry.contributions = contributions;
        entry.report = null;
      }
      const parameters = regionParameters(data, code, year);
      if (entry.parameters?.print === parameters.print) continue;
      const filter = entry.parameters === null ? null : recostFilter(entry.parameters, parameters);
      this.recost(entry, filter ?? (() => true), memo);
      entry.parameters = parameters;
      entry.report = null;
    }
  }

  /** Forgets the outcomes of the entry's memberships that `affected` names (and the report, if any). */
  private recost(entry: RegionEntry, affected: (m: PlanMembership) => boolean, memo: OutcomeMemo): void {
    for (const m of entry.memberships) {
      if (!affected(m)) continue;
      memo.delete(m);
      entry.report = null;
    }
  }
}
