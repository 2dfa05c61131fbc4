import type { StateCreator } from 'zustand';
import type { Store } from './index';

/**
 * Hosting costs and finance: the choices every cost view shares (year, scenario). The lists they pick
 * from are queries (views/costs/common/cost-lists.ts); reports are queries of the views themselves.
 */
export type CostsSlice = {
  costYear: number;
  costScenarioId: string | null;
  setCostYear: (year: number) => void;
  setCostScenarioId: (id: string | null) => void;
};

export const createCostsSlice: StateCreator<Store, [], [], CostsSlice> = (set) => ({
  costYear: new Date().getFullYear(),
  costScenarioId: null,
  setCostYear: (year) => set({ costYear: year }),
  setCostScenarioId: (id) => set({ costScenarioId: id }),
});
