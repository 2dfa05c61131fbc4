import type { StartedApp } from '../../services/bootstrap';
import { createGroup, getGroup, listGroups, searchGroups, updateGroup } from '../../services/register/groups';
import {
  createMembership,
  deleteMembership,
  endMembership,
  getMembership,
  listAllocationDefaults,
  listMemberships,
  setAllocationDefault,
  updateMembership,
} from '../../services/register/memberships';
import { createOrganisation, listOrganisations, updateOrganisation } from '../../services/register/organisations';
import { createPerson, endPerson, getPerson, searchPersons, updatePerson } from '../../services/register/persons';
import { removeGroup, removeMistakenPerson, removeOrganisation } from '../../services/register/removals';
import type { HandlersFor } from './types';
import type { registerChannels } from '@shared/contract/register';

export function registerHandlers({ ctx }: StartedApp): HandlersFor<typeof registerChannels> {
  return {
    'organisations:list': () => listOrganisations(ctx),
    'organisations:create': (input) => createOrganisation(ctx, input),
    'organisations:update': (input) => updateOrganisation(ctx, input),
    'organisations:delete': (input) => removeOrganisation(ctx, input),
    'persons:search': (input) => searchPersons(ctx, input),
    'persons:get': (input) => getPerson(ctx, input.id),
    'persons:create': (input) => createPerson(ctx, input),
    'persons:update': (input) => updatePerson(ctx, input),
    'persons:end': (input) => endPerson(ctx, input),
    'persons:remove-mistaken': (input) => removeMistakenPerson(ctx, input),
    'groups:list': (input) => listGroups(ctx, input),
    'groups:search': (input) => searchGroups(ctx, input),
    'groups:get': (input) => getGroup(ctx, input.id),
    'groups:create': (input) => createGroup(ctx, input),
    'groups:update': (input) => updateGroup(ctx, input),
    'groups:delete': (input) => removeGroup(ctx, input),
    'memberships:list': (input) => listMemberships(ctx, input),
    'memberships:get': (input) => getMembership(ctx, input.id),
    'memberships:create': (input) => createMembership(ctx, input),
    'memberships:update': (input) => updateMembership(ctx, input),
    'memberships:end': (input) => endMembership(ctx, input),
    'memberships:delete': (input) => deleteMembership(ctx, input),
    'allocation-defaults:list': () => listAllocationDefaults(ctx),
    'allocation-defaults:set': (input) => setAllocationDefault(ctx, input),
  };
}
