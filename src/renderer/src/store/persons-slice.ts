import type { StateCreator } from 'zustand';
import type { ChannelOutput } from '@shared/contract/channels';
import { call } from '../api';
import type { Store } from './index';

export const PERSONS_PAGE_SIZE = 50;

export type PersonQuery = {
  query: string;
  regionCode: string | null;
  includeEnded: boolean;
  page: number;
};

/** The person list: the filters and the one page shown (never more than a page is fetched). */
export type PersonsSlice = {
  personQuery: PersonQuery;
  personResult: ChannelOutput<'persons:search'> | null;
  setPersonQuery: (change: Partial<PersonQuery>) => void;
  searchPersons: () => Promise<void>;
};

let latestSearch = 0;

export const createPersonsSlice: StateCreator<Store, [], [], PersonsSlice> = (set, get) => ({
  personQuery: { query: '', regionCode: null, includeEnded: false, page: 0 },
  personResult: null,
  setPersonQuery: (change) => {
    const next = { ...get().personQuery, ...change };
    // a new filter starts from the first page
    if (change.page === undefined) next.page = 0;
    set({ personQuery: next });
  },
  searchPersons: async () => {
    const { query, regionCode, includeEnded, page } = get().personQuery;
    const ticket = ++latestSearch;
    const input = { query: query.trim(), regionCode, includeEnded, limit: PERSONS_PAGE_SIZE, offset: page * PERSONS_PAGE_SIZE };
    const result = await get().track('persons', () => call('persons:search', input));
    // an answer to an older search (the user kept typing) is dropped
    if (result && ticket === latestSearch) set({ personResult: result });
  },
});
