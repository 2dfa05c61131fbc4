import type { Result } from '@shared/contract/errors';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Backend } from '../backend/backend';
import type { ServiceContext } from '../lib/context';
import type { CommandContext } from './command';
import { cliErrorOf, cliRefusal } from './errors';

// The backend, the services and their npm packages (kysely, exceljs, pdfkit …) are imported on first use,
// so `--help` and argument errors start as fast as a bare Node (bench: CLI start).

/** A command's view of the backend it hosts: calls as the UI makes them, and the context for the few non-channel jobs. */
export type CliApp = {
  readonly backend: Backend;
  /** The running app's service context (check, backup, key files: work that is not a channel). */
  readonly ctx: ServiceContext;
};

/** Where the backend's own failures go: stderr, as one line each. */
const logger = { error: (message: string) => process.stderr.write(`${message}\n`) };

/**
 * Hosts the same backend module as the app (src/main/backend/backend.ts) in this process for one
 * command: opens an existing database (never creates one unless `create`), without the app's
 * background work (backups, warm-up), runs `fn`, then shuts the backend down (WAL checkpoint, close).
 */
export async function withApp<T>(ctx: CommandContext, fn: (app: CliApp) => Promise<T>, create = false): Promise<T> {
  const { startBackend } = await import('../backend/backend');
  const backend = await startBackend({ dbPath: ctx.dbPath, ...ctx.runtime, actor: `cli:${ctx.runtime.actor}` }, logger, {
    create,
    background: false,
    recover: false,
  });
  try {
    const app = backend.app;
    if (!app) throw cliRefusal('cli.databaseNotOpened');
    return await fn({ backend, ctx: app.ctx });
  } finally {
    await backend.shutdown();
  }
}

/** Calls a channel through the backend exactly as the UI would: same validation, same typed errors. */
export async function call<C extends Channel>(app: CliApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = (await app.backend.call(channel, input)) as Result<ChannelOutput<C>>;
  if (!result.ok) throw cliErrorOf(result.error);
  return result.value;
}
