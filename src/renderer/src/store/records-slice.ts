import type { StateCreator } from 'zustand';
import type { ChannelInput } from '@shared/contract/channels';
import type { GroupDetail, PersonDetail } from '@shared/contract/register';
import { call } from '../api';
import { syncChanges } from '../api/changes';
import { channelKey, queryClient } from '../api/query';
import type { Store } from './index';

/**
 * The person and group writes. What the pages show (`persons:get`, `groups:get`, their `rules:list`)
 * are queries, refetched when the backend says the register changed.
 */
export type RecordsSlice = {
  createPerson: (input: ChannelInput<'persons:create'>) => Promise<PersonDetail | null>;
  updatePerson: (input: ChannelInput<'persons:update'>) => Promise<PersonDetail | null>;
  endPerson: (input: ChannelInput<'persons:end'>) => Promise<PersonDetail | null>;
  createGroup: (input: ChannelInput<'groups:create'>) => Promise<GroupDetail | null>;
  updateGroup: (input: ChannelInput<'groups:update'>) => Promise<GroupDetail | null>;
  /** After any write: the queries of what changed refetch (the open page, the lists, the counts). */
  refreshAfterRegisterChange: () => Promise<void>;
};

export const createRecordsSlice: StateCreator<Store, [], [], RecordsSlice> = (_set, get) => ({
  createPerson: async (input) => {
    const created = await get().track('personSave', () => call('persons:create', input));
    if (created) {
      // the page the user goes to next shows it at once
      queryClient.setQueryData(channelKey('persons:get', { id: created.id }), created);
      await get().refreshAfterRegisterChange();
    }
    return created;
  },
  updatePerson: async (input) => {
    const updated = await get().track('personSave', () => call('persons:update', input));
    if (updated) await get().refreshAfterRegisterChange();
    return updated;
  },
  endPerson: async (input) => {
    const ended = await get().track('personEnd', () => call('persons:end', input));
    if (ended) await get().refreshAfterRegisterChange();
    return ended;
  },
  createGroup: async (input) => {
    const created = await get().track('groupSave', () => call('groups:create', input));
    if (created) {
      queryClient.setQueryData(channelKey('groups:get', { id: created.group.id }), created);
      await get().refreshAfterRegisterChange();
    }
    return created;
  },
  updateGroup: async (input) => {
    const updated = await get().track('groupSave', () => call('groups:update', input));
    if (updated) await get().refreshAfterRegisterChange();
    return updated;
  },
  refreshAfterRegisterChange: async () => {
    // the counts are the app's query, which every change refetches
    await syncChanges(queryClient);
  },
});
