import { appCaller } from '../../src/main/ipc/handlers';
import type { StartedApp } from '../../src/main/services/bootstrap';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/shared/contract/channels';
import type { Result } from '../../src/shared/contract/errors';

/** Calls channels exactly as the UI does; `ok` throws on a typed error so tests read naturally. */
export function caller(app: StartedApp) {
  const call = appCaller(app);
  const raw = async <C extends Channel>(channel: C, input: unknown) => (await call(channel, input)) as Result<ChannelOutput<C>>;
  const ok = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await raw(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { raw, ok };
}
