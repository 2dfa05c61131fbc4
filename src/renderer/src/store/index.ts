import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './app-slice';
import { createCostsSlice, type CostsSlice } from './costs-slice';
import { createDurabilitySlice, type DurabilitySlice } from './durability-slice';
import { createGroupsSlice, type GroupsSlice } from './groups-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createInsightsSlice, type InsightsSlice } from './insights-slice';
import { createPersonsSlice, type PersonsSlice } from './persons-slice';
import { createPlanningSlice, type PlanningSlice } from './planning-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type Store = AppSlice &
  PersonsSlice &
  GroupsSlice &
  InsightsSlice &
  ImportSlice &
  PlanningSlice &
  CostsSlice &
  DurabilitySlice &
  UiSlice;

/**
 * One store of slices for UI state only (filters, selection, route, what the user last did); server state
 * is in TanStack Query (src/api), and every write is a mutation of the form that makes it (api/use-write.ts).
 */
export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
  ...createPersonsSlice(...args),
  ...createGroupsSlice(...args),
  ...createInsightsSlice(...args),
  ...createImportSlice(...args),
  ...createPlanningSlice(...args),
  ...createCostsSlice(...args),
  ...createDurabilitySlice(...args),
  ...createUiSlice(...args),
}));

export type { Route } from './types';
