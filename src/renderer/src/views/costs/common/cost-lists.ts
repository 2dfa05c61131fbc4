import type { AllocationKeyRow, HostingSummary } from '@shared/contract/cost/records';
import type { ScenarioRow } from '@shared/contract/cost/scenarios';
import { useChannelQuery } from '../../../api/query';

/** The lists every cost view picks from, each one cached query refetched when the costs change. */
export const useCostHostings = (): HostingSummary[] | null => useChannelQuery('hostings:list', {}).data ?? null;
export const useCostKeys = (): AllocationKeyRow[] | null => useChannelQuery('allocation-keys:list', {}).data ?? null;
export const useCostScenarios = (): ScenarioRow[] | null => useChannelQuery('scenarios:list', {}).data ?? null;
