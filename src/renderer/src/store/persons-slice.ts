import type { StateCreator } from 'zustand';
import type { PersonSortKey } from '@shared/contract/register';
import type { Store } from './index';

export type PersonQuery = {
  query: string;
  regionCode: string | null;
  includeEnded: boolean;
  sort: PersonSortKey;
  descending: boolean;
};

/** The person list's filters (UI state); its pages are queries (views/persons/use-person-list.ts). */
export type PersonsSlice = {
  personQuery: PersonQuery;
  setPersonQuery: (change: Partial<PersonQuery>) => void;
};

export const createPersonsSlice: StateCreator<Store, [], [], PersonsSlice> = (set, get) => ({
  personQuery: { query: '', regionCode: null, includeEnded: false, sort: 'name', descending: false },
  setPersonQuery: (change) => set({ personQuery: { ...get().personQuery, ...change } }),
});
