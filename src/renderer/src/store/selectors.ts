import { useAppInfo, useLanguage } from '../api/app-info';
import { useReferenceData } from '../api/lookups';
import { useStore } from './index';

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

export const useActions = () => ({
  setRoute: useStore((s) => s.setRoute),
});
