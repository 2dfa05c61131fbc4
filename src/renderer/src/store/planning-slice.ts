import type { StateCreator } from 'zustand';
import type { GroupType } from '@shared/domain/enums';
import type { Store } from './index';

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

export type BoardFilter = { year: number; basis: 'PREDOMINANT' | 'YEAR_START'; regionCode: string | null };

export type PathwayFilter = { query: string };

/**
 * The filters and selections of the planning views (capacity, activity levels, care pathways, year
 * plan). What they show are queries: views/planning/capacity/useCapacityGrid.ts and useLoad in each view.
 */
export type PlanningSlice = {
  capacityFilter: CapacityFilter;
  setCapacityFilter: (change: Partial<CapacityFilter>) => void;

  boardFilter: BoardFilter;
  selectedTeamId: string | null;
  setBoardFilter: (change: Partial<BoardFilter>) => void;
  selectTeam: (groupId: string | null) => void;

  pathwayFilter: PathwayFilter;
  setPathwayFilter: (change: Partial<PathwayFilter>) => void;

  yearPlanYear: number;
  yearPlanScope: string | null;
  setYearPlanYear: (year: number) => void;
  setYearPlanScope: (scope: string | null) => void;
};

/** The month the capacity grid starts at by default: the current one. */
function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

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
  setCapacityFilter: (change) => set({ capacityFilter: { ...get().capacityFilter, ...change } }),

  boardFilter: { year: new Date().getFullYear(), basis: 'PREDOMINANT', regionCode: null },
  selectedTeamId: null,
  setBoardFilter: (change) => set({ boardFilter: { ...get().boardFilter, ...change } }),
  selectTeam: (groupId) => set({ selectedTeamId: groupId }),

  pathwayFilter: { query: '' },
  setPathwayFilter: (change) => set({ pathwayFilter: { ...get().pathwayFilter, ...change } }),

  yearPlanYear: new Date().getFullYear(),
  yearPlanScope: null,
  setYearPlanYear: (year) => set({ yearPlanYear: year }),
  setYearPlanScope: (scope) => set({ yearPlanScope: scope }),
});
