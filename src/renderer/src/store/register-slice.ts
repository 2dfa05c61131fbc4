import type { StateCreator } from 'zustand';
import type { ChannelInput } from '@shared/contract/channels';
import type { AllocationDefault, GroupSummary, MembershipView, Organisation } from '@shared/contract/register';
import { call } from '../api';
import type { Store } from './index';

/**
 * Lists the register forms choose from (organisations, all groups, default allocations) and the
 * membership writes shared by the person and group pages.
 */
export type RegisterSlice = {
  organisations: Organisation[] | null;
  groupOptions: GroupSummary[] | null;
  allocationDefaults: AllocationDefault[] | null;
  loadOrganisations: (force?: boolean) => Promise<void>;
  createOrganisation: (input: ChannelInput<'organisations:create'>) => Promise<Organisation | null>;
  updateOrganisation: (input: ChannelInput<'organisations:update'>) => Promise<Organisation | null>;
  loadGroupOptions: (force?: boolean) => Promise<void>;
  loadAllocationDefaults: () => Promise<void>;
  createMembership: (input: ChannelInput<'memberships:create'>) => Promise<MembershipView | null>;
  endMembership: (input: ChannelInput<'memberships:end'>) => Promise<MembershipView | null>;
  /** Corrects an assignment from the version the user saw (same scope as adding: one form). */
  updateMembership: (input: ChannelInput<'memberships:update'>) => Promise<MembershipView | null>;
  /** Removes an assignment entered by mistake. */
  deleteMembership: (input: ChannelInput<'memberships:delete'>) => Promise<boolean>;
};

export const createRegisterSlice: StateCreator<Store, [], [], RegisterSlice> = (set, get) => ({
  organisations: null,
  groupOptions: null,
  allocationDefaults: null,
  loadOrganisations: async (force = false) => {
    if (!force && (get().organisations || get().pending.organisations)) return;
    const list = await get().track('organisations', () => call('organisations:list', {}));
    if (list) set({ organisations: list });
  },
  createOrganisation: async (input) => {
    const created = await get().track('organisationSave', () => call('organisations:create', input));
    if (created) await get().loadOrganisations(true);
    return created;
  },
  updateOrganisation: async (input) => {
    const updated = await get().track('organisationSave', () => call('organisations:update', input));
    if (updated) await get().loadOrganisations(true);
    return updated;
  },
  loadGroupOptions: async (force = false) => {
    if (!force && (get().groupOptions || get().pending.groupOptions)) return;
    const list = await get().track('groupOptions', () => call('groups:list', { type: null, level: null, query: '' }));
    if (list) set({ groupOptions: list });
  },
  loadAllocationDefaults: async () => {
    if (get().allocationDefaults || get().pending.allocationDefaults) return;
    const list = await get().track('allocationDefaults', () => call('allocation-defaults:list', {}));
    if (list) set({ allocationDefaults: list });
  },
  createMembership: async (input) => {
    const created = await get().track('membershipSave', () => call('memberships:create', input));
    if (created) await get().refreshAfterRegisterChange();
    return created;
  },
  endMembership: async (input) => {
    const ended = await get().track('membershipEnd', () => call('memberships:end', input));
    if (ended) await get().refreshAfterRegisterChange();
    return ended;
  },
  updateMembership: async (input) => {
    const updated = await get().track('membershipSave', () => call('memberships:update', input));
    if (updated) await get().refreshAfterRegisterChange();
    return updated;
  },
  deleteMembership: async (input) => {
    const removed = await get().track('membershipDelete', () => call('memberships:delete', input));
    if (removed) await get().refreshAfterRegisterChange();
    return removed !== null;
  },
});
