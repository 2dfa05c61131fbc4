import type { StateCreator } from 'zustand';
import type { ReferenceData } from '@shared/contract/reference';
import { call } from '../api';
import type { Store } from './index';

/** National reference data; it does not change while the app runs, so it is fetched once. */
export type ReferenceSlice = {
  reference: ReferenceData | null;
  loadReference: () => Promise<void>;
};

export const createReferenceSlice: StateCreator<Store, [], [], ReferenceSlice> = (set, get) => ({
  reference: null,
  loadReference: async () => {
    if (get().reference || get().pending.reference) return;
    const data = await get().track('reference', () => call('reference:get', {}));
    if (data) set({ reference: data });
  },
});
