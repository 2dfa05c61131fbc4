import type { StateCreator } from 'zustand';
import type { GroupSummary } from '@shared/contract/register';
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import { call } from '../api';
import type { Store } from './index';

export type GroupFilter = { type: GroupType | null; level: GroupLevel | null; query: string };

/** The group list with its filters. */
export type GroupsSlice = {
  groupFilter: GroupFilter;
  groups: GroupSummary[] | null;
  setGroupFilter: (change: Partial<GroupFilter>) => void;
  loadGroups: () => Promise<void>;
};

let latestList = 0;

export const createGroupsSlice: StateCreator<Store, [], [], GroupsSlice> = (set, get) => ({
  groupFilter: { type: null, level: null, query: '' },
  groups: null,
  setGroupFilter: (change) => set({ groupFilter: { ...get().groupFilter, ...change } }),
  loadGroups: async () => {
    const { type, level, query } = get().groupFilter;
    const ticket = ++latestList;
    const list = await get().track('groups', () => call('groups:list', { type, level, query: query.trim() }));
    if (list && ticket === latestList) set({ groups: list });
  },
});
