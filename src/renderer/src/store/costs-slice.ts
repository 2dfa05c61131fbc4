import type { StateCreator } from 'zustand';
import type { AllocationKeyRow, HostingSummary } from '@shared/contract/cost/records';
import type { ScenarioRow } from '@shared/contract/cost/scenarios';
import { call } from '../api';
import type { Store } from './index';

/**
 * Hosting costs and finance (issue "Hosting costs and finance"): the choices every cost view shares
 * (year, scenario) and the lists they pick from. Reports are fetched by the views themselves; the
 * database stays the source of truth.
 */
export type CostsSlice = {
  costYear: number;
  costScenarioId: string | null;
  costHostings: HostingSummary[] | null;
  costKeys: AllocationKeyRow[] | null;
  costScenarios: ScenarioRow[] | null;
  setCostYear: (year: number) => void;
  setCostScenarioId: (id: string | null) => void;
  loadCostHostings: () => Promise<void>;
  loadCostKeys: () => Promise<void>;
  loadCostScenarios: () => Promise<void>;
};

export const createCostsSlice: StateCreator<Store, [], [], CostsSlice> = (set) => ({
  costYear: new Date().getFullYear(),
  costScenarioId: null,
  costHostings: null,
  costKeys: null,
  costScenarios: null,
  setCostYear: (year) => set({ costYear: year }),
  setCostScenarioId: (id) => set({ costScenarioId: id }),
  loadCostHostings: async () => {
    const result = await call('hostings:list', {});
    if (result.ok) set({ costHostings: result.value });
  },
  loadCostKeys: async () => {
    const result = await call('allocation-keys:list', {});
    if (result.ok) set({ costKeys: result.value });
  },
  loadCostScenarios: async () => {
    const result = await call('scenarios:list', {});
    if (result.ok) set({ costScenarios: result.value });
  },
});
