import { create } from 'zustand';
import { createAppSlice, type AppSlice } from './app-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createReferenceSlice, type ReferenceSlice } from './reference-slice';

export type Store = AppSlice & ReferenceSlice & NoticesSlice;

/** One store of slices. It caches what main returned; the database stays the source of truth. */
export const useStore = create<Store>()((...args) => ({
  ...createAppSlice(...args),
  ...createReferenceSlice(...args),
  ...createNoticesSlice(...args),
}));

export type { Route, Scope } from './types';
