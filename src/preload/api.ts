import type { Channel, ChannelInput, ChannelOutput, SamplanApi } from '@shared/contract/channels';
import type { Result } from '@shared/contract/errors';

/** The transport: the preload's IPC invoke in the app, a fake in tests. */
export type RawInvoke = (channel: Channel, input: unknown) => Promise<unknown>;

type TypedInvoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/**
 * `window.api`: exactly one named function per contract channel, each forwarding one argument to
 * its own channel. Written out per channel (no generic `invoke(channel)` reaches the page); the
 * `satisfies` makes a missing or extra channel a compile error.
 */
export function buildApi(rawInvoke: RawInvoke): SamplanApi {
  // The main process answers every channel through dispatch(), which validates the output against
  // the same contract, so the reply is a Result of the channel's output type.
  const invoke = rawInvoke as TypedInvoke;
  const api = {
    'app:info': (input) => invoke('app:info', input),
    'setup:complete': (input) => invoke('setup:complete', input),
    'settings:update': (input) => invoke('settings:update', input),
    'example:load': (input) => invoke('example:load', input),
    'reference:get': (input) => invoke('reference:get', input),
    'organisations:list': (input) => invoke('organisations:list', input),
    'organisations:create': (input) => invoke('organisations:create', input),
    'organisations:update': (input) => invoke('organisations:update', input),
    'persons:search': (input) => invoke('persons:search', input),
    'persons:get': (input) => invoke('persons:get', input),
    'persons:create': (input) => invoke('persons:create', input),
    'persons:update': (input) => invoke('persons:update', input),
    'persons:end': (input) => invoke('persons:end', input),
    'groups:list': (input) => invoke('groups:list', input),
    'groups:get': (input) => invoke('groups:get', input),
    'groups:create': (input) => invoke('groups:create', input),
    'groups:update': (input) => invoke('groups:update', input),
    'memberships:create': (input) => invoke('memberships:create', input),
    'memberships:update': (input) => invoke('memberships:update', input),
    'memberships:end': (input) => invoke('memberships:end', input),
    'memberships:delete': (input) => invoke('memberships:delete', input),
    'allocation-defaults:list': (input) => invoke('allocation-defaults:list', input),
    'allocation-defaults:set': (input) => invoke('allocation-defaults:set', input),
    'register:import-preview': (input) => invoke('register:import-preview', input),
    'register:import-apply': (input) => invoke('register:import-apply', input),
    'register:export': (input) => invoke('register:export', input),
    'vacancies:get': (input) => invoke('vacancies:get', input),
    'balance:get': (input) => invoke('balance:get', input),
    'rules:list': (input) => invoke('rules:list', input),
    'rules:dismiss': (input) => invoke('rules:dismiss', input),
    'rules:undismiss': (input) => invoke('rules:undismiss', input),
    'rules:settings-get': (input) => invoke('rules:settings-get', input),
    'rules:settings-update': (input) => invoke('rules:settings-update', input),
  } satisfies SamplanApi;
  return Object.freeze(api);
}
