import type { AppError } from '@shared/contract/errors';
import { useReferenceData } from '../api/lookups';
import { useStore } from './index';
import type { Scope } from './types';

/** Narrow selectors: each component subscribes to the least it needs. */
export const useAppInfo = () => useStore((s) => s.appInfo);
export const useOwner = () => useStore((s) => s.appInfo?.owner ?? null);
export const useCounts = () => useStore((s) => s.appInfo?.counts ?? null);
export const useExampleDataLoaded = () => useStore((s) => s.appInfo?.exampleDataLoaded ?? false);
export const useLanguage = () => useStore((s) => s.language);
export const useRoute = () => useStore((s) => s.route);
export const useRouteId = () => useStore((s) => s.routeId);
/** The national reference data (a query, src/api/lookups.ts). */
export const useReference = useReferenceData;
export const useLastExampleResult = () => useStore((s) => s.lastExampleResult);
export const usePending = (scope: Scope): boolean => useStore((s) => s.pending[scope] === true);
export const useScopeError = (scope: Scope): AppError | null => useStore((s) => s.errors[scope] ?? null);

export const useActions = () => ({
  setRoute: useStore((s) => s.setRoute),
  loadAppInfo: useStore((s) => s.loadAppInfo),
  completeSetup: useStore((s) => s.completeSetup),
  setLanguage: useStore((s) => s.setLanguage),
  loadExampleData: useStore((s) => s.loadExampleData),
  clearError: useStore((s) => s.clearError),
});
