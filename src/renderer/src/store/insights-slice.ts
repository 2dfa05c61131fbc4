import type { StateCreator } from 'zustand';
import type { NationalSeatGroupType, SeatStatus } from '@shared/contract/register-insights';
import type { Store } from './index';

export type VacancyFilter = {
  groupType: NationalSeatGroupType | null;
  healthcareRegionCode: string | null;
  status: SeatStatus | null;
  /** Null: the configured default (90 days). */
  endingWithinDays: number | null;
};

/**
 * The filters of the vacancy and balance views. What they show (`vacancies:get`, `balance:get`) are
 * queries; the rule writes are mutations of the warnings view (views/warnings).
 */
export type InsightsSlice = {
  vacancyFilter: VacancyFilter;
  /** A healthcare-region code, `ALL`, or null for the own healthcare region(s). */
  balanceScope: string | null;
  setVacancyFilter: (change: Partial<VacancyFilter>) => void;
  setBalanceScope: (scope: string | null) => void;
};

export const createInsightsSlice: StateCreator<Store, [], [], InsightsSlice> = (set, get) => ({
  vacancyFilter: { groupType: null, healthcareRegionCode: null, status: null, endingWithinDays: null },
  balanceScope: null,
  setVacancyFilter: (change) => set({ vacancyFilter: { ...get().vacancyFilter, ...change } }),
  setBalanceScope: (scope) => set({ balanceScope: scope }),
});
