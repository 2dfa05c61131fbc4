import type { StateCreator } from 'zustand';
import type { Balance, NationalSeatGroupType, SeatStatus, VacancyView } from '@shared/contract/register-insights';
import type { Dismissal, RuleSettings, RulesList } from '@shared/contract/rule-warnings';
import { call } from '../api';
import type { Store } from './index';

export type VacancyFilter = {
  groupType: NationalSeatGroupType | null;
  healthcareRegionCode: string | null;
  status: SeatStatus | null;
  /** Null: the configured default (90 days). */
  endingWithinDays: number | null;
};

/** Vacancies, representation balance and rule warnings: read-only views computed by main. */
export type InsightsSlice = {
  vacancyFilter: VacancyFilter;
  vacancies: VacancyView | null;
  /** A healthcare-region code, `ALL`, or null for the own healthcare region(s). */
  balanceScope: string | null;
  balance: Balance | null;
  rules: RulesList | null;
  ruleSettings: RuleSettings | null;
  setVacancyFilter: (change: Partial<VacancyFilter>) => void;
  loadVacancies: () => Promise<void>;
  setBalanceScope: (scope: string | null) => void;
  loadBalance: () => Promise<void>;
  loadRules: () => Promise<void>;
  dismissWarning: (dismissal: Dismissal) => Promise<boolean>;
  loadRuleSettings: () => Promise<void>;
  saveRuleSettings: (settings: Partial<RuleSettings>) => Promise<boolean>;
};

let latestVacancies = 0;
let latestBalance = 0;

export const createInsightsSlice: StateCreator<Store, [], [], InsightsSlice> = (set, get) => ({
  vacancyFilter: { groupType: null, healthcareRegionCode: null, status: null, endingWithinDays: null },
  vacancies: null,
  balanceScope: null,
  balance: null,
  rules: null,
  ruleSettings: null,
  setVacancyFilter: (change) => set({ vacancyFilter: { ...get().vacancyFilter, ...change } }),
  loadVacancies: async () => {
    const ticket = ++latestVacancies;
    const view = await get().track('vacancies', () => call('vacancies:get', get().vacancyFilter));
    if (view && ticket === latestVacancies) set({ vacancies: view });
  },
  setBalanceScope: (scope) => set({ balanceScope: scope }),
  loadBalance: async () => {
    const ticket = ++latestBalance;
    const balance = await get().track('balance', () => call('balance:get', { healthcareRegionCode: get().balanceScope }));
    if (balance && ticket === latestBalance) set({ balance });
  },
  loadRules: async () => {
    const list = await get().track('rules', () => call('rules:list', {}));
    if (list) set({ rules: list });
  },
  dismissWarning: async (dismissal) => {
    const done = await get().track('ruleDismiss', () => call('rules:dismiss', dismissal));
    if (done) await get().loadRules();
    return done !== null;
  },
  loadRuleSettings: async () => {
    const settings = await get().track('ruleSettings', () => call('rules:settings-get', {}));
    if (settings) set({ ruleSettings: settings });
  },
  saveRuleSettings: async (settings) => {
    const saved = await get().track('ruleSettingsSave', () => call('rules:settings-update', settings));
    if (saved) {
      set({ ruleSettings: saved, vacancies: null });
      await get().loadRules();
    }
    return saved !== null;
  },
});
