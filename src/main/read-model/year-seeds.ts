/**
 * The year cost report's region parts across a restart (issue #13), like the grid's rows (grid-seeds.ts):
 * at shutdown the live year report (live-year-report.ts, no scenario) saves each region's report with what
 * it was computed from — the plan's print (plan-changes.ts), each region's parameters and contributions,
 * and which region each of its memberships and persons belonged to. After a start the first report of that
 * year reads the change log since then and recomputes only the regions it touches: those of changed
 * persons and memberships (then and now), of a changed group's memberships, of a changed hosting, salary,
 * parameter or contribution — each from one scoped SQL read of the region's memberships. A change of region
 * names, healthcare-region members, the hostings' order or a staffed role, a log gap, or more than
 * `CATCH_UP_AT_MOST` entries: no seed, the report is computed from the mirror.
 */
import type { HostingReport, RegionReport, YearReport } from '@shared/contract/cost/reports';
import { readTransaction, type Connection } from '../db/data';
import { regionReport } from '../domain/cost-plan/region-report';
import type { PlanData, PlanMembership } from '../domain/cost-plan/types';
import { assembleYearReport, reportedRegionCodes } from '../domain/cost-plan/year-report';
import { groupMembershipPersons, membershipPersons } from '../repositories/grid-seeds';
import { MirrorReader } from '../repositories/register-mirror-rows';
import type { SavedAnswer } from '../repositories/saved-answers';
import { personRegions, regionYearMemberships } from '../repositories/year-seeds';
import { contributionsPrint, planChanges, regionParameters, type PlanPrint } from './plan-changes';
import { entriesToCatchUp, SavedFile } from './saved-answers';

/** One region's part: its report and what it was computed from. */
export type RegionSeed = {
  report: RegionReport;
  counted: boolean;
  parameters: string;
  contributions: string;
  /** The ids of its memberships of the year, and of their persons. */
  memberships: string[];
  persons: string[];
};
type PrintBody = {
  shared: string;
  hostingOrder: string;
  hostings: [string, string][];
  staffed: [string, string][];
  salaries: [string, string][];
};
type YearBody = { print: PrintBody; regions: [string, RegionSeed][] };

type YearSeed = { sequence: number; print: PlanPrint; regions: Map<string, RegionSeed> };

/** The plan as the caught-up report reads it (the year's data after `computeYear`). */
export type YearPlan = { data: PlanData; hostings: readonly HostingReport[]; warnings: YearReport['warnings']; print: PlanPrint };

const yearSeedKey = (year: number) => `year parts ${year}`;

function toBody(print: PlanPrint, regions: ReadonlyMap<string, RegionSeed>): YearBody {
  return {
    print: {
      shared: print.shared,
      hostingOrder: print.hostingOrder,
      hostings: [...print.hostings].map(([id, h]) => [id, h.print]),
      staffed: [...print.staffed],
      salaries: [...print.salaries],
    },
    regions: [...regions],
  };
}

function fromBody(sequence: number, body: YearBody): YearSeed {
  const p = body.print;
  const print: PlanPrint = {
    shared: p.shared,
    hostingOrder: p.hostingOrder,
    hostings: new Map(p.hostings.map(([id, h]) => [id, { print: h, report: JSON.parse(h) as HostingReport }])),
    staffed: new Map(p.staffed),
    salaries: new Map(p.salaries),
  };
  return { sequence, print, regions: new Map(body.regions) };
}

/**
 * The regions whose parts hold one of the memberships or persons: one pass over the parts' ids (a few ms
 * nationally), cheaper than indexing every id when the seed is read, since a catch-up asks for a few.
 */
function regionsHolding(seed: YearSeed, memberships: ReadonlySet<string>, persons: ReadonlySet<string>): string[] {
  const codes: string[] = [];
  for (const [code, region] of seed.regions)
    if (region.memberships.some((id) => memberships.has(id)) || region.persons.some((id) => persons.has(id))) codes.push(code);
  return codes;
}

/** A region's part computed from its memberships of the year. */
export function regionSeed(plan: YearPlan, code: string, year: number, memberships: readonly PlanMembership[]): RegionSeed {
  return {
    report: regionReport({ ...plan.data, memberships: [...memberships] }, plan.hostings, code, year, { lines: false }),
    counted: memberships.some((m) => m.allocationBp > 0),
    parameters: regionParameters(plan.data, code, year).print,
    contributions: contributionsPrint(plan.data.contributions, code, year),
    memberships: memberships.map((m) => m.id),
    persons: [...new Set(memberships.map((m) => m.personId))],
  };
}

export class YearSeeds {
  private readonly seeds = new Map<number, YearSeed>();
  private readonly reader: MirrorReader;
  private readonly file: SavedFile;

  constructor(
    private readonly conn: Connection,
    private readonly appVersion: string,
  ) {
    this.reader = new MirrorReader(conn);
    this.file = new SavedFile(conn, appVersion);
  }

  /** The year's report (no scenario) from the saved parts caught up with the database now, and that sequence; null: none. */
  caughtUp(plan: YearPlan, year: number, healthcareRegionCode: string | null): { report: YearReport; sequence: number } | null {
    const seed = this.seeds.get(year) ?? this.fromFile(year);
    if (!seed) return null;
    if (!readTransaction(this.conn, () => this.catchUp(seed, plan, year))) {
      this.seeds.delete(year);
      return null;
    }
    const withMemberships = [...seed.regions].filter(([, r]) => r.counted).map(([code]) => code);
    const regions = reportedRegionCodes(plan.data, plan.hostings, year, healthcareRegionCode, withMemberships).map(
      (code) => seed.regions.get(code)?.report ?? regionReport(plan.data, plan.hostings, code, year, { lines: false }),
    );
    const report = assembleYearReport({
      year,
      scenario: null,
      healthcareRegionCode,
      hostings: plan.hostings,
      regions,
      warnings: plan.warnings,
    });
    return { report, sequence: seed.sequence };
  }

  /** The saved parts of a year now caught up (the live report takes them over); null: none held. */
  take(year: number): ReadonlyMap<string, RegionSeed> | null {
    const seed = this.seeds.get(year);
    this.seeds.delete(year);
    return seed?.regions ?? null;
  }

  /** The saved answer of a year's parts at `sequence`. */
  toSave(year: number, print: PlanPrint, regions: ReadonlyMap<string, RegionSeed>, sequence: number): SavedAnswer {
    return { key: yearSeedKey(year), sequence, appVersion: this.appVersion, body: JSON.stringify(toBody(print, regions)) };
  }

  /** Held seeds that are current at `sequence` (the mirror never took them over). */
  heldToSave(sequence: number): SavedAnswer[] {
    return [...this.seeds].filter(([, s]) => s.sequence === sequence).map(([year, s]) => this.toSave(year, s.print, s.regions, sequence));
  }

  clear(): void {
    this.seeds.clear();
  }

  private fromFile(year: number): YearSeed | null {
    const saved = this.file.once(yearSeedKey(year));
    if (!saved) return null;
    try {
      const seed = fromBody(saved.sequence, saved.json as YearBody);
      this.seeds.set(year, seed);
      return seed;
    } catch {
      return null;
    }
  }

  /** Recomputes the regions the changes since the seed's sequence touch; false when it cannot. */
  private catchUp(seed: YearSeed, plan: YearPlan, year: number): boolean {
    const last = this.reader.lastSequence();
    const entries = entriesToCatchUp(this.reader, seed.sequence, last);
    if (entries === null) return false;
    const changes = planChanges(plan.data, seed.print, plan.print);
    if (changes.all || changes.staffedRoles.size > 0) return false;
    const stale = new Set<string>(changes.regions);
    const persons = new Set<string>(changes.persons);
    const memberships = new Set<string>();
    const groups = new Set<string>();
    for (const e of entries) {
      if (e.entity === 'persons') persons.add(e.recordId);
      else if (e.entity === 'memberships') memberships.add(e.recordId);
      else if (e.entity === 'groups') groups.add(e.recordId);
    }
    const add = (code: string | null | undefined) => code !== null && code !== undefined && code !== '' && stale.add(code);
    for (const personId of membershipPersons(this.conn, [...memberships]).values()) persons.add(personId);
    for (const m of groupMembershipPersons(this.conn, [...groups])) {
      memberships.add(m.id);
      persons.add(m.personId);
    }
    for (const code of regionsHolding(seed, memberships, persons)) add(code);
    for (const code of personRegions(this.conn, [...persons]).values()) add(code);
    for (const [code, region] of seed.regions) {
      if (region.parameters !== regionParameters(plan.data, code, year).print) stale.add(code);
      if (region.contributions !== contributionsPrint(plan.data.contributions, code, year)) stale.add(code);
    }
    for (const [code, list] of regionYearMemberships(this.conn, [...stale], year)) {
      if (list.length === 0 && !seed.regions.has(code)) continue;
      seed.regions.set(code, regionSeed(plan, code, year, list));
    }
    seed.print = plan.print;
    seed.sequence = last;
    return true;
  }
}
