/**
 * The year cost report's parts across a restart (issue #13), like the grid's rows (grid-seeds.ts): at
 * shutdown the live year report (live-year-report.ts, no scenario) saves each region's report with what it
 * was computed from — the plan's print (plan-changes.ts), each region's parameters and contributions — and
 * each person's part of it (domain/cost-plan/region-parts.ts: their memberships of the year, the sum of the
 * costed ones, the paid and failed ones). After a start the first report of that year reads the change log
 * since then and recomputes only the parts of the persons it touches — changed persons, salaries and
 * memberships (their persons then and now), a changed group's members — from one scoped SQL read of those
 * persons' memberships, and a whole region when its parameters changed; the touched regions (and those of
 * a changed hosting or contribution) are then summed again from their persons' parts. A change of region
 * names, healthcare-region members, the hostings' order or a staffed role, a log gap, or more than
 * `CATCH_UP_AT_MOST` entries: no seed, the report is computed from the mirror.
 */
import type { HostingReport, RegionReport, YearReport } from '@shared/contract/cost/reports';
import { readTransaction, type Connection } from '../db/data';
import { regionReport } from '../domain/cost-plan/region-report';
import { personParts, regionFromParts, type PersonPart } from '../domain/cost-plan/region-parts';
import type { PlanData, PlanMembership } from '../domain/cost-plan/types';
import { assembleYearReport, reportedRegionCodes } from '../domain/cost-plan/year-report';
import { groupMembershipPersons, membershipPersons } from '../repositories/grid-seeds';
import { MirrorReader } from '../repositories/register-mirror-rows';
import type { SavedAnswer } from '../repositories/saved-answers';
import { personYearMemberships, regionYearMemberships } from '../repositories/year-seeds';
import { RegionPersons, UnreadableParts } from './region-persons';
import { contributionsPrint, planChanges, regionParameters, type PlanPrint } from './plan-changes';
import { entriesToCatchUp, SavedFile } from './saved-answers';

/** One region's part: its report and what it was computed from (its persons' parts are kept beside it). */
export type RegionSeed = { report: RegionReport; counted: boolean; parameters: string; contributions: string };
/** The parts of a year: per region, and its persons' parts. */
export type YearParts = { regions: Map<string, RegionSeed>; persons: Map<string, RegionPersons> };
type PrintBody = {
  shared: string;
  hostingOrder: string;
  hostings: [string, string][];
  staffed: [string, string][];
  salaries: [string, string][];
};
/**
 * The saved text: this as JSON on the first line, then one line per region, `code<TAB>parts` — its persons'
 * parts as text (region-persons.ts; JSON never holds a raw line break), read only for the regions a
 * catch-up touches and not even unescaped otherwise.
 */
type YearBody = { format: typeof FORMAT; print: PrintBody; regions: [string, RegionSeed][] };
const FORMAT = 'regions and person parts per line';

type YearSeed = YearParts & { sequence: number; print: PlanPrint };

/** The plan as the caught-up report reads it (the year's data after `computeYear`). */
export type YearPlan = { data: PlanData; hostings: readonly HostingReport[]; warnings: YearReport['warnings']; print: PlanPrint };

const yearSeedKey = (year: number) => `year parts ${year}`;

function toText(print: PlanPrint, { regions, persons }: YearParts): string {
  const head: YearBody = {
    format: FORMAT,
    print: {
      shared: print.shared,
      hostingOrder: print.hostingOrder,
      hostings: [...print.hostings].map(([id, h]) => [id, h.print]),
      staffed: [...print.staffed],
      salaries: [...print.salaries],
    },
    regions: [...regions],
  };
  return [JSON.stringify(head), ...[...persons].map(([code, p]) => `${code}\t${p.toText()}`)].join('\n');
}

function fromText(sequence: number, text: string): YearSeed {
  const [first = '', ...lines] = text.split('\n');
  const body = JSON.parse(first) as YearBody;
  if (body.format !== FORMAT) throw new UnreadableParts('saved parts of another format');
  const p = body.print;
  const print: PlanPrint = {
    shared: p.shared,
    hostingOrder: p.hostingOrder,
    hostings: new Map(p.hostings.map(([id, h]) => [id, { print: h, report: JSON.parse(h) as HostingReport }])),
    staffed: new Map(p.staffed),
    salaries: new Map(p.salaries),
  };
  const persons = new Map<string, RegionPersons>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab < 1 || line[tab + 1] !== '[') throw new UnreadableParts('saved parts of another shape');
    persons.set(line.slice(0, tab), RegionPersons.fromText(line.slice(tab + 1)));
  }
  return { sequence, print, regions: new Map(body.regions), persons };
}

/** More ids than this to look for: every region's parts are read (one substring search each would cost more). */
const SEARCH_AT_MOST = 64;

/** The parts of the persons of the memberships (the year's, in plan order), by the persons' regions. */
function partsOf(plan: YearPlan, year: number, memberships: readonly PlanMembership[]): Map<string, PersonPart> {
  const byRegion = new Map<string, PlanMembership[]>();
  for (const m of memberships) {
    if (m.personRegionCode === '') continue;
    const list = byRegion.get(m.personRegionCode);
    if (list) list.push(m);
    else byRegion.set(m.personRegionCode, [m]);
  }
  const parts = new Map<string, PersonPart>();
  for (const [code, list] of byRegion)
    for (const [id, part] of personParts({ ...plan.data, memberships: list }, plan.hostings, code, year)) parts.set(id, part);
  return parts;
}

/** A region's part summed from its persons' parts. */
export function regionSeed(plan: YearPlan, code: string, year: number, parts: readonly PersonPart[]): RegionSeed {
  return {
    report: regionFromParts(plan.data, plan.hostings, code, year, parts),
    counted: parts.some((p) => p.counted),
    parameters: regionParameters(plan.data, code, year).print,
    contributions: contributionsPrint(plan.data.contributions, code, year),
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
    if (!this.caughtUpSafely(seed, plan, year)) {
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

  /** Catches the seed up; false when it cannot, or when its saved parts turn out unreadable (read lazily, region by region). */
  private caughtUpSafely(seed: YearSeed, plan: YearPlan, year: number): boolean {
    try {
      return readTransaction(this.conn, () => this.catchUp(seed, plan, year));
    } catch (error) {
      if (error instanceof UnreadableParts) return false;
      throw error;
    }
  }

  /** The saved parts of a year now caught up (the live report takes them over); null: none held. */
  take(year: number): YearParts | null {
    const seed = this.seeds.get(year);
    this.seeds.delete(year);
    return seed ?? null;
  }

  /** The saved answer of a year's parts at `sequence`. */
  toSave(year: number, print: PlanPrint, parts: YearParts, sequence: number): SavedAnswer {
    return { key: yearSeedKey(year), sequence, appVersion: this.appVersion, body: toText(print, parts) };
  }

  /** Held seeds that are current at `sequence` (the mirror never took them over). */
  heldToSave(sequence: number): SavedAnswer[] {
    return [...this.seeds].filter(([, s]) => s.sequence === sequence).map(([year, s]) => this.toSave(year, s.print, s, sequence));
  }

  clear(): void {
    this.seeds.clear();
  }

  private fromFile(year: number): YearSeed | null {
    const saved = this.file.onceText(yearSeedKey(year));
    if (!saved) return null;
    try {
      const seed = fromText(saved.sequence, saved.body);
      this.seeds.set(year, seed);
      return seed;
    } catch {
      return null;
    }
  }

  /**
   * Computes anew the parts of the persons of the `whole` regions (their parameters changed) and of the
   * `touched` persons and the persons who held one of the `memberships`, from one scoped read each; the
   * regions whose parts changed. Only the regions whose saved parts name one of them are read.
   */
  private replaceParts(
    seed: YearSeed,
    plan: YearPlan,
    year: number,
    whole: ReadonlySet<string>,
    touched: Set<string>,
    memberships: ReadonlySet<string>,
  ): Set<string> {
    const changed = new Set<string>(whole);
    const ids = [...touched, ...memberships];
    const named = [...seed.persons].filter(
      ([code, persons]) => !whole.has(code) && (ids.length > SEARCH_AT_MOST || ids.some((id) => persons.names(id))),
    );
    for (const [, persons] of named)
      for (const [id, part] of persons.parts()) if (part.memberships.some((m) => memberships.has(m))) touched.add(id);
    for (const [code, persons] of named) {
      const parts = persons.parts();
      for (const id of touched) if (parts.delete(id)) changed.add(code);
    }
    const read = [
      ...[...regionYearMemberships(this.conn, [...whole], year).values()].flat(),
      ...personYearMemberships(this.conn, [...touched], year).filter((m) => !whole.has(m.personRegionCode)),
    ];
    for (const code of whole) seed.persons.set(code, RegionPersons.fromParts(new Map()));
    for (const [id, part] of partsOf(plan, year, read)) {
      let persons = seed.persons.get(part.region);
      if (!persons) seed.persons.set(part.region, (persons = RegionPersons.fromParts(new Map())));
      persons.parts().set(id, part);
      changed.add(part.region);
    }
    return changed;
  }

  /** Recomputes the parts the changes since the seed's sequence touch; false when it cannot. */
  private catchUp(seed: YearSeed, plan: YearPlan, year: number): boolean {
    const last = this.reader.lastSequence();
    const entries = entriesToCatchUp(this.reader, seed.sequence, last);
    if (entries === null) return false;
    const changes = planChanges(plan.data, seed.print, plan.print);
    if (changes.all || changes.staffedRoles.size > 0) return false;
    const touched = new Set<string>(changes.persons);
    const memberships = new Set<string>();
    const groups = new Set<string>();
    for (const e of entries) {
      if (e.entity === 'persons') touched.add(e.recordId);
      else if (e.entity === 'memberships') memberships.add(e.recordId);
      else if (e.entity === 'groups') groups.add(e.recordId);
    }
    for (const personId of membershipPersons(this.conn, [...memberships]).values()) touched.add(personId);
    for (const m of groupMembershipPersons(this.conn, [...groups])) {
      memberships.add(m.id);
      touched.add(m.personId);
    }
    const stale = new Set<string>(changes.regions);
    const whole = new Set<string>();
    for (const [code, region] of seed.regions) {
      if (region.parameters !== regionParameters(plan.data, code, year).print) whole.add(code);
      if (region.contributions !== contributionsPrint(plan.data.contributions, code, year)) stale.add(code);
    }
    for (const code of this.replaceParts(seed, plan, year, whole, touched, memberships)) stale.add(code);
    for (const code of stale) {
      const parts = [...(seed.persons.get(code)?.parts().values() ?? [])];
      if (parts.length === 0 && !seed.regions.has(code)) continue;
      seed.regions.set(code, regionSeed(plan, code, year, parts));
    }
    seed.print = plan.print;
    seed.sequence = last;
    return true;
  }
}
