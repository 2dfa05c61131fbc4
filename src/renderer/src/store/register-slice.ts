import type { StateCreator } from 'zustand';
import type { ChannelInput } from '@shared/contract/channels';
import type { MembershipView, Organisation } from '@shared/contract/register';
import { call } from '../api';
import type { Store } from './index';

/**
 * The organisation and membership writes shared by the person and group pages. The lists forms choose
 * from (organisations, groups, default allocations) are queries (src/api/lookups.ts).
 */
export type RegisterSlice = {
  createOrganisation: (input: ChannelInput<'organisations:create'>) => Promise<Organisation | null>;
  updateOrganisation: (input: ChannelInput<'organisations:update'>) => Promise<Organisation | null>;
  createMembership: (input: ChannelInput<'memberships:create'>) => Promise<MembershipView | null>;
  endMembership: (input: ChannelInput<'memberships:end'>) => Promise<MembershipView | null>;
  /** Corrects an assignment from the version the user saw (same scope as adding: one form). */
  updateMembership: (input: ChannelInput<'memberships:update'>) => Promise<MembershipView | null>;
  /** Removes an assignment entered by mistake. */
  deleteMembership: (input: ChannelInput<'memberships:delete'>) => Promise<boolean>;
};

export const createRegisterSlice: StateCreator<Store, [], [], RegisterSlice> = (_set, get) => ({
  createOrganisation: async (input) => {
    const created = await get().track('organisationSave', () => call('organisations:create', input));
    if (created) await get().refreshAfterRegisterChange();
    return created;
  },
  updateOrganisation: async (input) => {
    const updated = await get().track('organisationSave', () => call('organisations:update', input));
    if (updated) await get().refreshAfterRegisterChange();
    return updated;
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
