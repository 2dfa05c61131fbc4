import { CHANNEL_NAMES, type Channel, type ChannelInput, type ChannelOutput, type SamplanApi } from '@shared/contract/channels';
import type { Result } from '@shared/contract/errors';

/** The transport: the port to the backend in the app (./port-transport.ts), a fake in tests. */
export type RawInvoke = (channel: Channel, input: unknown) => Promise<unknown>;

type Generated<C extends Channel> = { [K in C]: (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>> };

/**
 * One named function per channel, generated from the channel list; each forwards exactly its one
 * argument to its own channel. The backend answers every channel through dispatch(), which validates
 * the output against the same contract, so the reply is a Result of the channel's output type.
 */
function generate<C extends Channel>(names: readonly C[], invoke: RawInvoke): Generated<C> {
  return Object.fromEntries(names.map((channel) => [channel, (input: unknown) => invoke(channel, input)])) as Generated<C>;
}

/**
 * `window.api`: exactly the contract's channels, no generic `invoke(channel)` reaches the page; the
 * `satisfies` makes a missing, extra or mistyped channel a compile error. Frozen.
 */
export function buildApi(rawInvoke: RawInvoke): SamplanApi {
  const api = generate(CHANNEL_NAMES, rawInvoke) satisfies SamplanApi;
  return Object.freeze(api);
}
