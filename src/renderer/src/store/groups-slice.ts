import type { StateCreator } from 'zustand';
import type { GroupSortKey, GroupSummary } from '@shared/contract/register';
import type { GroupLevel, GroupType } from '@shared/domain/enums';
import { call } from '../api';
import type { Store } from './index';
import { firstPage, missingPages, withPage, type PagedList } from './paged-list';

export const GROUPS_PAGE_SIZE = 100;

export type GroupFilter = {
  type: GroupType | null;
  level: GroupLevel | null;
  query: string;
  /** null: the register's hierarchy (level, type, name). */
  sort: GroupSortKey | null;
  descending: boolean;
};

/** The group list with its filters: the pages fetched so far as the list scrolls. */
export type GroupsSlice = {
  groupFilter: GroupFilter;
  groupList: PagedList<GroupSummary> | null;
  setGroupFilter: (change: Partial<GroupFilter>) => void;
  loadGroups: () => Promise<void>;
  /** Fetches the pages that hold rows first..last, if they are not here yet. */
  loadGroupRows: (first: number, last: number) => Promise<void>;
};

let latestList = 0;
/** The filter the latest list ran with: its further pages use the same. */
let latestFilter: GroupFilter | null = null;
const pagesOnTheirWay = new Set<string>();

function input(filter: GroupFilter, page: number) {
  return {
    type: filter.type,
    level: filter.level,
    query: filter.query.trim(),
    sort: filter.sort,
    descending: filter.descending,
    limit: GROUPS_PAGE_SIZE,
    offset: page * GROUPS_PAGE_SIZE,
  };
}

export const createGroupsSlice: StateCreator<Store, [], [], GroupsSlice> = (set, get) => ({
  groupFilter: { type: null, level: null, query: '', sort: null, descending: false },
  groupList: null,
  setGroupFilter: (change) => set({ groupFilter: { ...get().groupFilter, ...change } }),
  loadGroups: async () => {
    const ticket = ++latestList;
    const filter = get().groupFilter;
    latestFilter = filter;
    const result = await get().track('groups', () => call('groups:search', input(filter, 0)));
    if (result && ticket === latestList) set({ groupList: firstPage(result.total, result.rows, ticket) });
  },
  loadGroupRows: async (first, last) => {
    const list = get().groupList;
    const filter = latestFilter;
    // while a newer list is on its way, its own first page comes with it
    if (!list || !filter || list.generation !== latestList) return;
    for (const page of missingPages(list, first, last, GROUPS_PAGE_SIZE)) {
      const key = `${list.generation}:${page}`;
      if (pagesOnTheirWay.has(key)) continue;
      pagesOnTheirWay.add(key);
      void get()
        .track('groupsPage', () => call('groups:search', input(filter, page)))
        .then((result) => {
          pagesOnTheirWay.delete(key);
          const now = get().groupList;
          if (result && now && now.generation === list.generation) set({ groupList: withPage(now, page, result.rows) });
        });
    }
  },
});
