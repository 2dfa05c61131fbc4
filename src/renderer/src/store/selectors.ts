import type { AppError } from '@shared/contract/errors';
import { useAppInfo, useLanguage } from '../api/app-info';
import { useReferenceData } from '../api/lookups';
import { useStore } from './index';
import type { Scope } from './types';

/** Narrow selectors: each component subscribes to the least it needs. */
/** The app's facts (a query, src/api/app-info.ts). */
export { useAppInfo, useLanguage };
export const useOwner = () => useAppInfo()?.owner ?? null;
export const useCounts = () => useAppInfo()?.counts ?? null;
export const useExampleDataLoaded = () => useAppInfo()?.exampleDataLoaded ?? false;
export const useRoute = () => useStore((s) => s.route);
export const useRouteId = () => useStore((s) => s.routeId);
/** The national reference data (a query, src/api/lookups.ts). */
export const useReference = useReferenceData;
export const useLastExampleResult = () => useStore((s) => s.lastExampleResult);
export const usePending = (scope: Scope): boolean => useStore((s) => s.pending[scope] === true);
export const useScopeError = (scope: Scope): AppError | null => useStore((s) => s.errors[scope] ?? null);

export const useActions = () => ({
  setRoute: useStore((s) => s.setRoute),
  clearError: useStore((s) => s.clearError),
});
