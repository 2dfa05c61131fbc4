import type { StateCreator } from 'zustand';
import type { AppInfo, ExampleLoadResult } from '@shared/contract/app';
import type { Language } from '@shared/contract/common';
import { call } from '../api';
import type { Route } from './types';
import type { Store } from './index';

export type AppSlice = {
  appInfo: AppInfo | null;
  language: Language;
  route: Route;
  /** The record a person or group page shows. */
  routeId: string | null;
  /** What the last `example:load` in this session added, to show the user. */
  lastExampleResult: ExampleLoadResult | null;
  setRoute: (location: { route: Route; id: string | null }) => void;
  loadAppInfo: () => Promise<void>;
  completeSetup: (ownerCode: string) => Promise<boolean>;
  setLanguage: (language: Language) => Promise<void>;
  loadExampleData: () => Promise<void>;
  /** Re-reads the counts after a change, quietly (a failure here is not a startup failure). */
  refreshCounts: () => Promise<void>;
};

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set, get) => ({
  appInfo: null,
  language: 'sv',
  route: 'overview',
  routeId: null,
  lastExampleResult: null,
  setRoute: ({ route, id }) => set({ route, routeId: id }),
  loadAppInfo: async () => {
    const info = await get().track('appInfo', () => call('app:info', {}));
    if (info) set({ appInfo: info, language: info.language });
  },
  completeSetup: async (ownerCode) => {
    const info = await get().track('setup', () => call('setup:complete', { ownerCode }));
    if (info) set({ appInfo: info, language: info.language });
    return info !== null;
  },
  setLanguage: async (language) => {
    const previous = get().language;
    set({ language });
    const info = await get().track('language', () => call('settings:update', { language }));
    if (info) set({ appInfo: info, language: info.language });
    else set({ language: previous });
  },
  loadExampleData: async () => {
    const added = await get().track('example', () => call('example:load', {}));
    if (!added) return;
    set({ lastExampleResult: added });
    const info = await get().track('appInfo', () => call('app:info', {}));
    if (info) set({ appInfo: info });
  },
  refreshCounts: async () => {
    const info = await call('app:info', {});
    if (info.ok) set({ appInfo: info.value });
  },
});
