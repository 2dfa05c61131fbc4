import type { StateCreator } from 'zustand';
import type { PersonSortKey, PersonSummary } from '@shared/contract/register';
import { call } from '../api';
import type { Store } from './index';
import { firstPage, missingPages, withPage, type PagedList } from './paged-list';

export const PERSONS_PAGE_SIZE = 100;

export type PersonQuery = {
  query: string;
  regionCode: string | null;
  includeEnded: boolean;
  sort: PersonSortKey;
  descending: boolean;
};

/** The person list: the filters and the pages fetched so far as the list scrolls. */
export type PersonsSlice = {
  personQuery: PersonQuery;
  personList: PagedList<PersonSummary> | null;
  setPersonQuery: (change: Partial<PersonQuery>) => void;
  /** Starts the list again from its first page (a new filter or a changed register). */
  searchPersons: () => Promise<void>;
  /** Fetches the pages that hold rows first..last, if they are not here yet. */
  loadPersonRows: (first: number, last: number) => Promise<void>;
};

let latestSearch = 0;
/** The filters the latest search ran with: its further pages use the same. */
let latestQuery: PersonQuery | null = null;
const pagesOnTheirWay = new Set<string>();

function input(query: PersonQuery, page: number) {
  return {
    query: query.query.trim(),
    regionCode: query.regionCode,
    includeEnded: query.includeEnded,
    sort: query.sort,
    descending: query.descending,
    limit: PERSONS_PAGE_SIZE,
    offset: page * PERSONS_PAGE_SIZE,
  };
}

export const createPersonsSlice: StateCreator<Store, [], [], PersonsSlice> = (set, get) => ({
  personQuery: { query: '', regionCode: null, includeEnded: false, sort: 'name', descending: false },
  personList: null,
  setPersonQuery: (change) => set({ personQuery: { ...get().personQuery, ...change } }),
  searchPersons: async () => {
    const ticket = ++latestSearch;
    const query = get().personQuery;
    latestQuery = query;
    const result = await get().track('persons', () => call('persons:search', input(query, 0)));
    // an answer to an older search (the user kept typing) is dropped
    if (result && ticket === latestSearch) set({ personList: firstPage(result.total, result.rows, ticket) });
  },
  loadPersonRows: async (first, last) => {
    const list = get().personList;
    const query = latestQuery;
    // while a newer search is on its way, its own first page comes with it
    if (!list || !query || list.generation !== latestSearch) return;
    for (const page of missingPages(list, first, last, PERSONS_PAGE_SIZE)) {
      const key = `${list.generation}:${page}`;
      if (pagesOnTheirWay.has(key)) continue;
      pagesOnTheirWay.add(key);
      void get()
        .track('personsPage', () => call('persons:search', input(query, page)))
        .then((result) => {
          pagesOnTheirWay.delete(key);
          const now = get().personList;
          if (result && now && now.generation === list.generation) set({ personList: withPage(now, page, result.rows) });
        });
    }
  },
});
