import type { Result } from '@shared/contract/errors';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { dispatch } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { startServices, type StartedApp } from '../services/bootstrap';
import type { CommandContext } from './command';
import { CliError } from './errors';

/** Opens an existing database (never creates one) and runs `fn` with it, closing it afterwards. */
export async function withApp<T>(ctx: CommandContext, fn: (app: StartedApp) => Promise<T>, create = false): Promise<T> {
  const app = await startServices({ dbPath: ctx.dbPath, ...ctx.runtime, actor: `cli:${ctx.runtime.actor}`, create });
  try {
    return await fn(app);
  } finally {
    await app.opened.close();
  }
}

/** Calls a channel exactly as the UI would: same validation, same typed errors. */
export async function call<C extends Channel>(app: StartedApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await dispatch(createHandlers(app), channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new CliError(result.error.message);
  return result.value;
}
