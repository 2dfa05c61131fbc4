import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Result } from '@shared/contract/errors';
import { captureSessionToken, createTransport, type Transport } from './transport';

/**
 * The only module that talks to the main process. Every call returns a `Result`; main validates the
 * input with the contract's zod schemas, so nothing is validated here beyond the types.
 */
let transport: Transport = createTransport();

export function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return transport(channel, input);
}

/** For tests: replace how calls are made. */
export function setTransport(next: Transport): void {
  transport = next;
}

export { captureSessionToken };
