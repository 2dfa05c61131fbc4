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
import { removeSeat, updateSeat } from '../../services/register/seats';
import type { HandlersFor } from './types';
import type { registerChannels } from '@shared/contract/register';

export function registerHandlers(app: StartedApp): HandlersFor<typeof registerChannels> {
  return {
    'organisations:list': () => listOrganisations(app.ctx),
    'organisations:create': (input) => createOrganisation(app.ctx, input),
    'organisations:update': (input) => updateOrganisation(app.ctx, input),
    'organisations:delete': (input) => removeOrganisation(app.ctx, input),
    'persons:search': (input) => searchPersons(app.ctx, input),
    'persons:get': (input) => getPerson(app.ctx, input.id),
    'persons:create': (input) => createPerson(app.ctx, input),
    'persons:update': (input) => updatePerson(app.ctx, input),
    'persons:end': (input) => endPerson(app.ctx, input),
    'persons:remove-mistaken': (input) => removeMistakenPerson(app.ctx, input),
    'groups:list': (input) => listGroups(app.ctx, input),
    'groups:search': (input) => searchGroups(app.ctx, input),
    'groups:get': (input) => getGroup(app.ctx, input.id),
    'groups:create': (input) => createGroup(app.ctx, input),
    'groups:update': (input) => updateGroup(app.ctx, input),
    'groups:delete': (input) => removeGroup(app.ctx, input),
    'seats:update': (input) => updateSeat(app.ctx, input),
    'seats:delete': (input) => removeSeat(app.ctx, input),
    'memberships:list': (input) => listMemberships(app.ctx, input),
    'memberships:get': (input) => getMembership(app.ctx, input.id),
    'memberships:create': (input) => createMembership(app.ctx, input),
    'memberships:update': (input) => updateMembership(app.ctx, input),
    'memberships:end': (input) => endMembership(app.ctx, input),
    'memberships:delete': (input) => deleteMembership(app.ctx, input),
    'allocation-defaults:list': () => listAllocationDefaults(app.ctx),
    'allocation-defaults:set': (input) => setAllocationDefault(app.ctx, input),
  };
}
