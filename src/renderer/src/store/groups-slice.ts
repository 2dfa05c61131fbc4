import type { StateCreator } from 'zustand';
import type { GroupSortKey } from '@shared/contract/register';
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import type { Store } from './index';

export type GroupFilter = {
  type: GroupType | null;
  level: GroupLevel | null;
  query: string;
  /** null: the register's hierarchy (level, type, name). */
  sort: GroupSortKey | null;
  descending: boolean;
};

/** The group list's filters (UI state); its pages are queries (views/groups/use-group-list.ts). */
export type GroupsSlice = {
  groupFilter: GroupFilter;
  setGroupFilter: (change: Partial<GroupFilter>) => void;
};

export const createGroupsSlice: StateCreator<Store, [], [], GroupsSlice> = (set, get) => ({
  groupFilter: { type: null, level: null, query: '', sort: null, descending: false },
  setGroupFilter: (change) => set({ groupFilter: { ...get().groupFilter, ...change } }),
});
