import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './app-slice';
import { createCostsSlice, type CostsSlice } from './costs-slice';
import { createDurabilitySlice, type DurabilitySlice } from './durability-slice';
import { createGroupsSlice, type GroupsSlice } from './groups-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createInsightsSlice, type InsightsSlice } from './insights-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createPersonsSlice, type PersonsSlice } from './persons-slice';
import { createPlanningSlice, type PlanningSlice } from './planning-slice';
import { createRecordsSlice, type RecordsSlice } from './records-slice';
import { createRegisterSlice, type RegisterSlice } from './register-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type Store = AppSlice &
  NoticesSlice &
  RegisterSlice &
  PersonsSlice &
  GroupsSlice &
  RecordsSlice &
  InsightsSlice &
  ImportSlice &
  PlanningSlice &
  CostsSlice &
  DurabilitySlice &
  UiSlice;

/** One store of slices for UI state (filters, selection, route, notices); server state is in TanStack Query (src/api). */
export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
  ...createNoticesSlice(...args),
  ...createRegisterSlice(...args),
  ...createPersonsSlice(...args),
  ...createGroupsSlice(...args),
  ...createRecordsSlice(...args),
  ...createInsightsSlice(...args),
  ...createImportSlice(...args),
  ...createPlanningSlice(...args),
  ...createCostsSlice(...args),
  ...createDurabilitySlice(...args),
  ...createUiSlice(...args),
}));

export type { Route, Scope } from './types';
