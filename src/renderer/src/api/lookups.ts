import type { ReferenceData } from '@shared/contract/reference';
import type { AllocationDefault, GroupSummary, Organisation } from '@shared/contract/register';
import { useChannelQuery } from './query';

/** The lists forms and names choose from, each one cached query shared by every view that needs it. */

export const useReferenceQuery = () => useChannelQuery('reference:get', {});
export const useReferenceData = (): ReferenceData | null => useReferenceQuery().data ?? null;

export const useOrganisationsQuery = () => useChannelQuery('organisations:list', {});
export const useOrganisations = (): Organisation[] | null => useOrganisationsQuery().data ?? null;

/** Every group (the choosers of parent groups and assignments). */
export const useGroupOptions = (): GroupSummary[] | null =>
  useChannelQuery('groups:list', { type: null, level: null, query: '' }).data ?? null;

export const useAllocationDefaults = (): AllocationDefault[] | null => useChannelQuery('allocation-defaults:list', {}).data ?? null;
