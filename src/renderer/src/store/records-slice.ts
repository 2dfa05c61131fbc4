import type { StateCreator } from 'zustand';
import type { ChannelInput } from '@shared/contract/channels';
import type { GroupDetail, PersonDetail } from '@shared/contract/register';
import type { RuleWarning } from '@shared/contract/rule-warnings';
import { call } from '../api';
import { syncChanges } from '../api/changes';
import { queryClient } from '../api/query';
import type { Store } from './index';

/** The person or group page open now, with the rule warnings that apply to it. */
export type RecordsSlice = {
  person: PersonDetail | null;
  personWarnings: RuleWarning[] | null;
  group: GroupDetail | null;
  groupWarnings: RuleWarning[] | null;
  loadPerson: (id: string) => Promise<void>;
  createPerson: (input: ChannelInput<'persons:create'>) => Promise<PersonDetail | null>;
  updatePerson: (input: ChannelInput<'persons:update'>) => Promise<PersonDetail | null>;
  endPerson: (input: ChannelInput<'persons:end'>) => Promise<PersonDetail | null>;
  loadGroup: (id: string) => Promise<void>;
  createGroup: (input: ChannelInput<'groups:create'>) => Promise<GroupDetail | null>;
  updateGroup: (input: ChannelInput<'groups:update'>) => Promise<GroupDetail | null>;
  /** After any write: reload the open page, the lists that depend on it and the counts. */
  refreshAfterRegisterChange: () => Promise<void>;
};

export const createRecordsSlice: StateCreator<Store, [], [], RecordsSlice> = (set, get) => ({
  person: null,
  personWarnings: null,
  group: null,
  groupWarnings: null,
  loadPerson: async (id) => {
    if (get().person?.id !== id) set({ person: null, personWarnings: null });
    const [detail, rules] = await Promise.all([
      get().track('person', () => call('persons:get', { id })),
      call('rules:list', { personId: id }),
    ]);
    if (detail) set({ person: detail, personWarnings: rules.ok ? rules.value.warnings : null });
  },
  createPerson: async (input) => {
    const created = await get().track('personSave', () => call('persons:create', input));
    if (created) {
      set({ person: created, personWarnings: [] });
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
  loadGroup: async (id) => {
    if (get().group?.group.id !== id) set({ group: null, groupWarnings: null });
    const [detail, rules] = await Promise.all([
      get().track('group', () => call('groups:get', { id })),
      call('rules:list', { groupId: id }),
    ]);
    if (detail) set({ group: detail, groupWarnings: rules.ok ? rules.value.warnings : null });
  },
  createGroup: async (input) => {
    const created = await get().track('groupSave', () => call('groups:create', input));
    if (created) {
      set({ group: created, groupWarnings: [] });
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
    const { route, routeId } = get();
    const reloads: Promise<void>[] = [get().loadGroupOptions(true), get().loadOrganisations(true), get().refreshCounts()];
    if (route === 'person' && routeId) reloads.push(get().loadPerson(routeId));
    if (route === 'group' && routeId) reloads.push(get().loadGroup(routeId));
    set({ vacancies: null, balance: null, rules: null });
    // the queries of what changed refetch (the lists, and whatever else reads the register)
    reloads.push(syncChanges(queryClient));
    await Promise.all(reloads);
  },
});
