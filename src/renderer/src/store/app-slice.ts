import type { StateCreator } from 'zustand';
import type { ExampleLoadResult } from '@shared/contract/app';
import type { Route } from './types';
import type { Store } from './index';

/** Where the user is, and what the last example-data load added (the app's facts are a query: api/app-info.ts). */
export type AppSlice = {
  route: Route;
  /** The record a person or group page shows. */
  routeId: string | null;
  /** What the last `example:load` in this session added, to show the user. */
  lastExampleResult: ExampleLoadResult | null;
  setRoute: (location: { route: Route; id: string | null }) => void;
  setLastExampleResult: (result: ExampleLoadResult) => void;
};

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  route: 'overview',
  routeId: null,
  lastExampleResult: null,
  setRoute: ({ route, id }) => set({ route, routeId: id }),
  setLastExampleResult: (result) => set({ lastExampleResult: result }),
});
