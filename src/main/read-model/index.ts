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
import type { rankPersons, RankedGrid } from '../domain/capacity/grid';
import type { Connection } from '../db/data';
import type { PlanData } from '../domain/cost-plan/types';
import type { ScenarioInput } from '../domain/cost-plan/year-report';
import type { PlaceholderLoad } from '../domain/capacity/placeholders';
import type { GridFilter } from '../repositories/planning-queries';
import { LiveGrids } from './live-grid';
import { LiveYearReports } from './live-year-report';
import { RegisterMirror } from './register-mirror';
import { Remembered } from './remembered';
import { SavedAnswers } from './saved-answers';

export type { MirrorGroup, MirrorMembership, MirrorPerson } from './register-mirror';
export { RegisterMirror } from './register-mirror';

type RankOptions = Parameters<typeof rankPersons>[1];

export class ReadModel {
  private readonly registerMirror: RegisterMirror;
  private readonly grids = new LiveGrids();
  private readonly years = new LiveYearReports();
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
  }

  private live(): RegisterMirror {
    if (this.disposed) throw new Error('The read model of a closed database was used');
    return this.registerMirror;
  }

  /** The register mirror, up to date with the database. */
  mirror(): RegisterMirror {
    return this.live().refresh();
  }

  /** The mirror's full load in short steps (services/warm-up.ts). */
  warmUpSteps(): Generator<void, void, void> {
    return this.live().warmUpSteps();
  }

  /** The capacity grid of every selected person for the question `key` names (live-grid.ts). */
  rankedGrid(key: string, filter: GridFilter, options: RankOptions): RankedGrid {
    return this.grids.ranked(this.mirror(), key, filter, options);
  }

  /** The year report without lines from the plan without memberships (live-year-report.ts). */
  yearReport(base: PlanData, year: number, healthcareRegionCode: string | null, scenario: ScenarioInput): YearReport {
    return this.years.report(this.mirror(), base, year, healthcareRegionCode, scenario);
  }

  /** Drops everything held; any later use is an error (the database was swapped or closed). */
  dispose(): void {
    this.disposed = true;
    this.grids.clear();
    this.years.clear();
    this.yearReports.clear();
    this.vacancyViews.clear();
    this.nominationReminders.clear();
    this.placeholderLoads.clear();
  }
}
