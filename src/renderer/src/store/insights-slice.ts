import type { StateCreator } from 'zustand';
import type { NationalSeatGroupType, SeatStatus } from '@shared/contract/register-insights';
import type { Dismissal, RuleSettings } from '@shared/contract/rule-warnings';
import { call } from '../api';
import { syncChanges } from '../api/changes';
import { queryClient } from '../api/query';
import type { Store } from './index';

export type VacancyFilter = {
  groupType: NationalSeatGroupType | null;
  healthcareRegionCode: string | null;
  status: SeatStatus | null;
  /** Null: the configured default (90 days). */
  endingWithinDays: number | null;
};

/**
 * The filters of the vacancy and balance views and the rule writes. What they show (`vacancies:get`,
 * `balance:get`, `rules:list`, `rules:settings-get`) are queries.
 */
export type InsightsSlice = {
  vacancyFilter: VacancyFilter;
  /** A healthcare-region code, `ALL`, or null for the own healthcare region(s). */
  balanceScope: string | null;
  setVacancyFilter: (change: Partial<VacancyFilter>) => void;
  setBalanceScope: (scope: string | null) => void;
  dismissWarning: (dismissal: Dismissal) => Promise<boolean>;
  saveRuleSettings: (settings: Partial<RuleSettings>) => Promise<boolean>;
};

export const createInsightsSlice: StateCreator<Store, [], [], InsightsSlice> = (set, get) => ({
  vacancyFilter: { groupType: null, healthcareRegionCode: null, status: null, endingWithinDays: null },
  balanceScope: null,
  setVacancyFilter: (change) => set({ vacancyFilter: { ...get().vacancyFilter, ...change } }),
  setBalanceScope: (scope) => set({ balanceScope: scope }),
  dismissWarning: async (dismissal) => {
    const done = await get().track('ruleDismiss', () => call('rules:dismiss', dismissal));
    if (done) await syncChanges(queryClient);
    return done !== null;
  },
  saveRuleSettings: async (settings) => {
    const saved = await get().track('ruleSettingsSave', () => call('rules:settings-update', settings));
    if (saved) await syncChanges(queryClient);
    return saved !== null;
  },
});
