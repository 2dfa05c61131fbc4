import type { StateCreator } from 'zustand';
import type { ChannelInput } from '@shared/contract/channels';
import type {
  Board,
  CapacityCellDetail,
  CapacityGrid,
  CapacityRow,
  CapacitySettings,
  CapacityTotals,
  FileExport,
  LevelAllocation,
  MonthColumn,
  Pathway,
  PathwayMatrix,
  PlannedTime,
  Team,
  YearPlan,
} from '@shared/contract/planning';
import type { GroupType } from '@shared/domain/enums';
import { call } from '../api';
import type { Store } from './index';

/** Rows fetched per call while the capacity grid scrolls. */
export const CAPACITY_PAGE_SIZE = 200;

export type CapacityFilter = {
  /** `YYYY-MM`. */
  from: string;
  monthCount: number;
  regionCode: string | null;
  organisationId: string | null;
  groupType: GroupType | null;
  groupId: string | null;
  countOnlyMatching: boolean;
  minBand: 'HIGH' | 'OVER' | null;
  sort: 'NAME' | 'PEAK_DESC';
  /** A column header's order (over `sort`), null until a header is chosen. */
  order: CapacityOrder | null;
};

export type CapacityOrder = { by: 'NAME' | 'MONTH' | 'PEAK'; month: number; descending: boolean };

/** What the grid knows for the current filter: the header data once, the rows page by page. */
export type CapacityState = {
  /** Changes with every new filter, so late answers for an old filter are dropped. */
  generation: number;
  months: MonthColumn[];
  settings: CapacitySettings;
  totalRows: number;
  /** How many of the rows are placeholders (planned, not yet named). */
  plannedRows: number;
  totals: CapacityTotals | null;
  /** Page index → rows. */
  pages: Record<number, CapacityRow[]>;
};

export type BoardFilter = { year: number; basis: 'PREDOMINANT' | 'YEAR_START'; regionCode: string | null };

export type PathwayFilter = { query: string };

/** Capacity, team levels and planned time, care pathways and the year plan (issue "Time and activity planning"). */
export type PlanningSlice = {
  capacityFilter: CapacityFilter;
  capacity: CapacityState | null;
  capacityCell: CapacityCellDetail | null;
  capacitySettings: CapacitySettings | null;
  setCapacityFilter: (change: Partial<CapacityFilter>) => void;
  loadCapacity: () => Promise<void>;
  /** Fetches one page of rows unless it is there or on its way. */
  loadCapacityPage: (page: number) => Promise<void>;
  openCapacityCell: (personId: string, month: string) => Promise<boolean>;
  closeCapacityCell: () => void;
  loadCapacitySettings: () => Promise<void>;
  saveCapacitySettings: (settings: CapacitySettings) => Promise<boolean>;

  boardFilter: BoardFilter;
  board: Board | null;
  teams: Team[] | null;
  selectedTeamId: string | null;
  /** Planned time of the board's region (all teams) over the board's year. */
  regionTime: PlannedTime | null;
  /** Planned time of the selected team over the board's year. */
  teamTime: PlannedTime | null;
  levelAllocations: LevelAllocation[] | null;
  setBoardFilter: (change: Partial<BoardFilter>) => void;
  loadBoard: () => Promise<void>;
  selectTeam: (groupId: string | null) => void;
  loadTeamTime: () => Promise<void>;
  setTeamLevel: (input: ChannelInput<'teams:set-level'>) => Promise<boolean>;
  deleteTeamLevel: (input: ChannelInput<'teams:delete-level'>) => Promise<boolean>;
  updateTeamLevel: (input: ChannelInput<'teams:update-level'>) => Promise<boolean>;
  loadLevelAllocations: () => Promise<void>;
  setLevelAllocation: (input: ChannelInput<'level-allocations:set'>) => Promise<boolean>;

  pathwayFilter: PathwayFilter;
  pathways: Pathway[] | null;
  pathwayMatrix: PathwayMatrix | null;
  setPathwayFilter: (change: Partial<PathwayFilter>) => void;
  loadPathways: () => Promise<void>;
  createPathway: (input: ChannelInput<'pathways:create'>) => Promise<Pathway | null>;
  updatePathway: (input: ChannelInput<'pathways:update'>) => Promise<Pathway | null>;
  setImplementation: (input: ChannelInput<'pathways:set-implementation'>) => Promise<Pathway | null>;

  yearPlanYear: number;
  yearPlanScope: string | null;
  yearPlan: YearPlan | null;
  setYearPlanYear: (year: number) => void;
  setYearPlanScope: (scope: string | null) => void;
  loadYearPlan: () => Promise<void>;
  exportYearPlan: (format: 'pdf' | 'xlsx') => Promise<FileExport | null>;
};

/** The month the capacity grid starts at by default: the current one. */
function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

function gridInput(filter: CapacityFilter) {
  return { ...filter };
}

let capacityGeneration = 0;
const pagesOnTheirWay = new Set<string>();
let latestBoard = 0;
let latestTeamTime = 0;
let latestPathways = 0;
let latestYearPlan = 0;

export const createPlanningSlice: StateCreator<Store, [], [], PlanningSlice> = (set, get) => ({
  capacityFilter: {
    from: currentMonth(),
    monthCount: 12,
    regionCode: null,
    organisationId: null,
    groupType: null,
    groupId: null,
    countOnlyMatching: false,
    minBand: null,
    sort: 'NAME',
    order: null,
  },
  capacity: null,
  capacityCell: null,
  capacitySettings: null,
  setCapacityFilter: (change) => set({ capacityFilter: { ...get().capacityFilter, ...change } }),
  loadCapacity: async () => {
    const generation = ++capacityGeneration;
    const filter = get().capacityFilter;
    const grid: CapacityGrid | null = await get().track('capacity', () =>
      call('capacity:grid', { ...gridInput(filter), offset: 0, limit: CAPACITY_PAGE_SIZE, withTotals: true }),
    );
    if (!grid || generation !== capacityGeneration) return;
    set({
      capacity: {
        generation,
        months: grid.months,
        settings: grid.settings,
        totalRows: grid.totalRows,
        plannedRows: grid.plannedRows,
        totals: grid.totals,
        pages: { 0: grid.rows },
      },
      capacitySettings: grid.settings,
    });
  },
  loadCapacityPage: async (page) => {
    const state = get().capacity;
    if (!state || state.pages[page] || page < 0 || page * CAPACITY_PAGE_SIZE >= state.totalRows) return;
    const key = `${state.generation}:${page}`;
    if (pagesOnTheirWay.has(key)) return;
    pagesOnTheirWay.add(key);
    const filter = get().capacityFilter;
    try {
      const grid = await get().track('capacityPage', () =>
        call('capacity:grid', { ...gridInput(filter), offset: page * CAPACITY_PAGE_SIZE, limit: CAPACITY_PAGE_SIZE, withTotals: false }),
      );
      const now = get().capacity;
      if (!grid || !now || now.generation !== state.generation) return;
      set({ capacity: { ...now, totalRows: grid.totalRows, plannedRows: grid.plannedRows, pages: { ...now.pages, [page]: grid.rows } } });
    } finally {
      pagesOnTheirWay.delete(key);
    }
  },
  openCapacityCell: async (personId, month) => {
    const detail = await get().track('capacityCell', () => call('capacity:cell', { personId, month }));
    set({ capacityCell: detail });
    return detail !== null;
  },
  closeCapacityCell: () => set({ capacityCell: null }),
  loadCapacitySettings: async () => {
    const settings = await get().track('capacitySettings', () => call('capacity:settings-get', {}));
    if (settings) set({ capacitySettings: settings });
  },
  saveCapacitySettings: async (settings) => {
    const saved = await get().track('capacitySettingsSave', () => call('capacity:settings-update', settings));
    if (!saved) return false;
    set({ capacitySettings: saved });
    await get().loadCapacity();
    return true;
  },

  boardFilter: { year: new Date().getFullYear(), basis: 'PREDOMINANT', regionCode: null },
  board: null,
  teams: null,
  selectedTeamId: null,
  regionTime: null,
  teamTime: null,
  levelAllocations: null,
  setBoardFilter: (change) => set({ boardFilter: { ...get().boardFilter, ...change } }),
  loadBoard: async () => {
    const ticket = ++latestBoard;
    const { year, basis, regionCode } = get().boardFilter;
    const from = `${year}-01`;
    const [board, teams, regionTime] = await Promise.all([
      get().track('teamsBoard', () => call('teams:board', { year, basis, groupType: null, regionCode })),
      get().track('teams', () => call('teams:list', { groupType: null, regionCode, asOf: null })),
      get().track('plannedTime', () => call('teams:planned-time', { from, monthCount: 12, groupId: null, regionCode })),
    ]);
    if (ticket !== latestBoard) return;
    set({ board, teams, regionTime });
  },
  selectTeam: (groupId) => set({ selectedTeamId: groupId, teamTime: null }),
  loadTeamTime: async () => {
    const groupId = get().selectedTeamId;
    if (!groupId) return;
    const ticket = ++latestTeamTime;
    const year = get().boardFilter.year;
    const time = await get().track('teamPlannedTime', () =>
      call('teams:planned-time', { from: `${year}-01`, monthCount: 12, groupId, regionCode: null }),
    );
    if (ticket === latestTeamTime) set({ teamTime: time });
  },
  setTeamLevel: async (input) => {
    const team = await get().track('teamLevelSave', () => call('teams:set-level', input));
    if (!team) return false;
    await Promise.all([get().loadBoard(), get().loadTeamTime()]);
    return true;
  },
  updateTeamLevel: async (input) => {
    const team = await get().track('teamLevelUpdate', () => call('teams:update-level', input));
    if (!team) return false;
    await Promise.all([get().loadBoard(), get().loadTeamTime()]);
    return true;
  },
  deleteTeamLevel: async (input) => {
    const team = await get().track('teamLevelDelete', () => call('teams:delete-level', input));
    if (!team) return false;
    await Promise.all([get().loadBoard(), get().loadTeamTime()]);
    return true;
  },
  loadLevelAllocations: async () => {
    const list = await get().track('levelAllocations', () => call('level-allocations:list', {}));
    if (list) set({ levelAllocations: list });
  },
  setLevelAllocation: async (input) => {
    const list = await get().track('levelAllocationSave', () => call('level-allocations:set', input));
    if (!list) return false;
    set({ levelAllocations: list });
    await Promise.all([get().loadBoard(), get().loadTeamTime()]);
    return true;
  },

  pathwayFilter: { query: '' },
  pathways: null,
  pathwayMatrix: null,
  setPathwayFilter: (change) => set({ pathwayFilter: { ...get().pathwayFilter, ...change } }),
  loadPathways: async () => {
    const ticket = ++latestPathways;
    const query = get().pathwayFilter.query.trim();
    const [pathways, matrix] = await Promise.all([
      get().track('pathways', () => call('pathways:list', { query, nationalStatus: null })),
      get().track('pathwayMatrix', () => call('pathways:matrix', { healthcareRegionCode: null })),
    ]);
    if (ticket !== latestPathways) return;
    set({ pathways, pathwayMatrix: matrix });
  },
  createPathway: async (input) => {
    const created = await get().track('pathwaySave', () => call('pathways:create', input));
    if (created) await get().loadPathways();
    return created;
  },
  updatePathway: async (input) => {
    const updated = await get().track('pathwaySave', () => call('pathways:update', input));
    if (updated) await get().loadPathways();
    return updated;
  },
  setImplementation: async (input) => {
    const updated = await get().track('implementationSave', () => call('pathways:set-implementation', input));
    if (updated) await get().loadPathways();
    return updated;
  },

  yearPlanYear: new Date().getFullYear(),
  yearPlanScope: null,
  yearPlan: null,
  setYearPlanYear: (year) => set({ yearPlanYear: year }),
  setYearPlanScope: (scope) => set({ yearPlanScope: scope }),
  loadYearPlan: async () => {
    const ticket = ++latestYearPlan;
    const plan = await get().track('yearPlan', () => call('year-plan:get', { year: get().yearPlanYear, scopeCode: get().yearPlanScope }));
    if (ticket === latestYearPlan) set({ yearPlan: plan });
  },
  exportYearPlan: async (format) => {
    const input = { year: get().yearPlanYear, scopeCode: get().yearPlanScope, language: get().language };
    const channel = format === 'pdf' ? 'year-plan:export-pdf' : 'year-plan:export-xlsx';
    return get().track(format === 'pdf' ? 'yearPlanExportPdf' : 'yearPlanExportXlsx', () => call(channel, input));
  },
});
