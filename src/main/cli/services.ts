import type { Result } from '@shared/contract/errors';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { StartedApp } from '../services/bootstrap';
import type { CommandContext } from './command';
import { CliError } from './errors';

// The services, the handlers and their npm packages (kysely, exceljs, pdfkit …) are imported on first use,
// so `--help` and argument errors start as fast as a bare Node (bench: CLI start).

/** Opens an existing database (never creates one) and runs `fn` with it, closing it afterwards. */
export async function withApp<T>(ctx: CommandContext, fn: (app: StartedApp) => Promise<T>, create = false): Promise<T> {
  const { startServices } = await import('../services/bootstrap');
  const app = await startServices({ dbPath: ctx.dbPath, ...ctx.runtime, actor: `cli:${ctx.runtime.actor}`, create });
  try {
    return await fn(app);
  } finally {
    await app.opened.close();
  }
}

/** Calls a channel exactly as the UI would: same validation, same typed errors. */
export async function call<C extends Channel>(app: StartedApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const [{ dispatch }, { createHandlers }] = await Promise.all([import('../ipc/dispatch'), import('../ipc/handlers')]);
  const result = (await dispatch(createHandlers(app), channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw new CliError(result.error.message, 1, result.error.detail?.key);
  return result.value;
}
