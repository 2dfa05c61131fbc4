import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Result } from '@shared/contract/errors';
import { captureSessionToken, createTransport, type Transport } from './transport';

/**
 * The only module that talks to the main process. Every call returns a `Result`; main validates the
 * input with the contract's zod schemas, so nothing is validated here beyond the types.
 */
let transport: Transport = createTransport();

/** Told after every `call` settles (api/use-change-sync.ts then asks the backend what changed). */
let afterCall: (() => void) | null = null;

export function onCallSettled(listener: (() => void) | null): void {
  afterCall = listener;
}

/**
 * One call. A call made directly (a write, or a read not yet a query) is followed by a check of what
 * changed, so the queries of a domain it wrote refetch even when the write was not a mutation hook.
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const result = await transport(channel, input);
  afterCall?.();
  return result;
}

/** A read for a query: no change check after it (reads change nothing). */
export function read<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return transport(channel, input);
}

/** For tests: replace how calls are made. */
export function setTransport(next: Transport): void {
  transport = next;
}

export { captureSessionToken };
