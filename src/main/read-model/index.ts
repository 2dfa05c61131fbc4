/**
 * The read model (issue #13): everything the national views keep in memory between calls, for one
 * database connection — the register mirror, the live capacity grids, the live year cost report and the
 * last year report and vacancy view. It is created with the services (services/bootstrap.ts), held on
 * the service context, and disposed when the database is swapped (services/app-swap.ts): a new
 * connection gets a new read model, and nothing is kept at module level. One change signal drives it:
 * the change log's sequence number (migration 0011).
 */
import type { YearReport } from '@shared/contract/cost/reports';
import type { VacancyView } from '@shared/contract/register-insights';
import type { NominationReminder } from '@shared/contract/nominations';
import { finishRanking, type rankPersons, type RankedGrid } from '../domain/capacity/grid';
import type { Connection } from '../db/data';
import type { PlanData } from '../domain/cost-plan/types';
import { computeYear, type ScenarioInput } from '../domain/cost-plan/year-report';
import type { PlaceholderLoad } from '../domain/capacity/placeholders';
import type { GridFilter } from '../repositories/planning-queries';
import { GridSeeds } from './grid-seeds';
import { LiveGrids } from './live-grid';
import { LiveYearReports } from './live-year-report';
import { RegisterMirror } from './register-mirror';
import { planPrint } from './plan-changes';
import { Remembered } from './remembered';
import { YearSeeds } from './year-seeds';
import { SavedAnswers } from './saved-answers';

export type { MirrorGroup, MirrorMembership, MirrorPerson } from './register-mirror';
export { RegisterMirror } from './register-mirror';

type RankOptions = Parameters<typeof rankPersons>[1];

/** Where a grid question's rows are saved among the saved answers (whose own keys start with a day). */
const gridSeedKey = (question: string) => `grid rows ${question}`;

export class ReadModel {
  private readonly registerMirror: RegisterMirror;
  private readonly grids = new LiveGrids();
  private readonly years = new LiveYearReports();
  private readonly gridSeeds: GridSeeds;
  private readonly yearSeeds: YearSeeds;
  /** The year whose report (no scenario) was last brought up to date, and the change-log sequence it was then. */
  private yearCurrentAt: { year: number; sequence: number } | null = null;
  private disposed = false;
  /** The last year report without lines (a few kB), while nothing changed. */
  readonly yearReports: Remembered<YearReport>;
  /** The last vacancy view, while nothing changed (same filters, same day). */
  readonly vacancyViews: Remembered<VacancyView>;
  /** The last nomination reminders (the start page asks on every visit), while nothing changed (same input, same day). */
  readonly nominationReminders: Remembered<NominationReminder[]>;
  /** The capacity grid's last placeholder rows (seats to fill, RPTs without a process leader), while nothing changed. */
  readonly placeholderLoads: Remembered<PlaceholderLoad[]>;
  /** The national views' answers across a restart (saved at shutdown, used while nothing changed). */
  readonly savedAnswers: SavedAnswers;

  constructor(conn: Connection, appVersion: string) {
    this.registerMirror = new RegisterMirror(conn);
    const sequence = () => this.live().sequence();
    this.yearReports = new Remembered(sequence);
    this.vacancyViews = new Remembered(sequence);
    this.nominationReminders = new Remembered(sequence);
    this.placeholderLoads = new Remembered(sequence);
    this.savedAnswers = new SavedAnswers(conn, appVersion, sequence);
    this.gridSeeds = new GridSeeds(conn, appVersion);
    this.yearSeeds = new YearSeeds(conn, appVersion);
  }

  private live(): RegisterMirror {
    if (this.disposed) throw new Error('The read model of a closed database was used');
    return this.registerMirror;
  }

  /** The register mirror, up to date with the database. */
  mirror(): RegisterMirror {
    return this.live().refresh();
  }

  /** Whether the mirror has been read in full (a first grid from saved rows does not read it). */
  mirrorLoaded(): boolean {
    return this.live().loaded();
  }

  /** The mirror's full load in short steps (services/warm-up.ts). */
  warmUpSteps(): Generator<void, void, void> {
    return this.live().warmUpSteps();
  }

  /**
   * The capacity grid of every selected person for the question `key` names (live-grid.ts). The first
   * time after a start, from the rows saved at the last shutdown caught up with the change log
   * (grid-seeds.ts): while the mirror warms up they answer; once it is ready the live grid takes them over.
   */
  rankedGrid(key: string, filter: GridFilter, options: RankOptions): RankedGrid {
    const question = JSON.stringify([key, filter]);
    if (!this.grids.has(question)) {
      const seedKey = gridSeedKey(question);
      const seeded = this.gridSeeds.caughtUp(seedKey, filter, options);
      if (seeded && !this.live().loaded()) return finishRanking(seeded.rows, options);
      if (seeded) {
        const mirror = this.mirror();
        if (mirror.caughtUpTo() === seeded.sequence) this.grids.adopt(mirror, question, filter, options, seeded.rows);
        this.gridSeeds.drop(seedKey);
      }
    }
    return this.grids.ranked(this.mirror(), question, filter, options);
  }

  /** Saves the views' answers and the grids' rows for the next start (at shutdown; saved-answers.ts, grid-seeds.ts). */
  saveForNextStart(savedAt: string): void {
    const live = this.live();
    const sequence = live.sequence();
    const current = live.loaded() && live.refresh().caughtUpTo() === sequence;
    const grids = current ? this.grids.current(live) : [];
    const toSave = grids.map((g) => ({
      seedKey: gridSeedKey(g.key),
      rows: g.rows,
      membershipsOf: (personId: string) =>
        live
          .membershipsOf(personId)
          .filter((m) => m.startDate <= g.filter.lastDay && (m.endDate === null || m.endDate >= g.filter.firstDay))
          .map((m) => m.id),
    }));
    const year = this.yearCurrentAt?.sequence === sequence && current ? this.years.partsToSave() : null;
    const years = year ? [this.yearSeeds.toSave(year.year, year.print, year.parts, sequence)] : [];
    this.savedAnswers.save(savedAt, [...this.gridSeeds.toSave(toSave, sequence), ...this.yearSeeds.heldToSave(sequence), ...years]);
  }

  /**
   * The year report without lines from the plan without memberships (live-year-report.ts). The first time
   * after a start (no scenario), from the region parts saved at the last shutdown caught up with the change
   * log (year-seeds.ts): while the mirror warms up they answer; once it is ready the live report takes them over.
   */
  yearReport(base: PlanData, year: number, healthcareRegionCode: string | null, scenario: ScenarioInput): YearReport {
    if (scenario === null && !this.years.holds(year)) {
      const { data, hostings, warnings } = computeYear(base, year, null);
      const plan = { data, hostings, warnings, print: planPrint(data, hostings) };
      const seeded = this.yearSeeds.caughtUp(plan, year, healthcareRegionCode);
      if (seeded && !this.live().loaded()) return seeded.report;
      const parts = this.yearSeeds.take(year);
      if (seeded && parts) {
        const mirror = this.mirror();
        if (mirror.caughtUpTo() === seeded.sequence) this.years.adopt(mirror, year, plan, parts);
      }
    }
    const report = this.years.report(this.mirror(), base, year, healthcareRegionCode, scenario);
    this.yearCurrentAt = scenario === null ? { year, sequence: this.live().caughtUpTo() } : null;
    return report;
  }

  /** Drops everything held; any later use is an error (the database was swapped or closed). */
  dispose(): void {
    this.disposed = true;
    this.grids.clear();
    this.gridSeeds.clear();
    this.yearSeeds.clear();
    this.years.clear();
    this.yearReports.clear();
    this.vacancyViews.clear();
    this.nominationReminders.clear();
    this.placeholderLoads.clear();
  }
}
