import type { Result } from '@shared/contract/errors';
import { DatabaseOpenError } from '../db/errors';
import { truncateWal } from '../db/wal';
import type { Logger } from '../ipc/dispatch';
import type { StartedApp } from '../services/bootstrap';
import { startRecoverable } from '../ipc/recovery';
import { startBackupRoutine } from '../services/backup-schedule';
import { startExchangeRoutine } from '../services/exchange/exchange-schedule';
import { warmViewsSoon } from '../services/warm-up';
import type { BackendOptions, CallReply, CallRequest, StartFailure } from './protocol';

/**
 * The backend: the one place that opens the database and answers the contract, whichever process
 * hosts it (Electron's utility process, a Node child, the browser-mode server, the CLI). It starts the
 * recoverable app (recovery mode for a damaged file), the backup routine and the warm-up of the
 * national views, answers calls through `dispatch` (zod in and out, typed errors), and shuts down by
 * cancelling a running job, checkpointing the WAL and closing the database.
 */
export type Backend = {
  readonly damaged: boolean;
  /** The running app, for in-process hosts only (the CLI's few commands that are not channels); null while damaged. */
  readonly app: StartedApp | null;
  /** One call: `{ id, channel, input }` → `{ id, result }`; never throws. */
  handle(call: CallRequest): Promise<CallReply>;
  /** Calls a channel directly (in-process hosts). */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Stops backups and jobs, checkpoints the WAL and closes the database; safe to call twice. */
  shutdown(): Promise<void>;
};

/**
 * How a host runs the backend. The app's hosts (Electron's utility process, the Node child, the
 * browser-mode server) create the file, keep backups and warm the views, and start in recovery mode
 * on a damaged file; the CLI runs one command on an existing file and reports a damaged one.
 */
export type BackendSetup = { readonly create: boolean; readonly background: boolean; readonly recover: boolean };

export const APP_SETUP: BackendSetup = { create: true, background: true, recover: true };

export async function startBackend(options: BackendOptions, logger: Logger, setup: BackendSetup = APP_SETUP): Promise<Backend> {
  let stopBackups = (): Promise<void> => Promise.resolve();
  const running = await startRecoverable(
    { ...options, create: setup.create },
    {
      onStarted: (app) => {
        if (!setup.background) return;
        void stopBackups();
        const [stopBackup, stopExchange] = [startBackupRoutine(app, logger), startExchangeRoutine(app, logger)];
        stopBackups = async () => void (await Promise.all([stopBackup(), stopExchange()]));
        warmViewsSoon(app, logger);
      },
      logger,
      recover: setup.recover,
    },
  );
  const call = (channel: string, input: unknown) => running.call(channel, input);
  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    await stopBackups();
    const app = running.app;
    if (!app) return;
    app.jobs.cancelAll();
    await app.jobs.idle();
    saveAnswers(app, logger);
    truncateWal(app.ctx.conn);
    await app.opened.close();
  };
  return {
    get damaged() {
      return running.damaged;
    },
    get app() {
      return running.app;
    },
    call,
    handle: async (request) => ({ id: request.id, result: await call(request.channel, request.input) }),
    shutdown: () => (closing ??= close()),
  };
}

/** Saves the national views' last answers for the next start; a failure only costs that start its head start. */
function saveAnswers(app: StartedApp, logger: Logger): void {
  try {
    app.ctx.readModel.saveForNextStart(app.ctx.now().toISOString());
  } catch (error) {
    logger.error(`Samplan: could not save the views' answers (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A failed start as plain data for the host (its dialog reads the kind and the verified backups). */
export function startFailureOf(error: unknown): StartFailure {
  if (error instanceof DatabaseOpenError)
    return { name: error.name, kind: error.kind, message: error.message, backupIds: error.backups.map((b) => b.id) };
  if (error instanceof Error) return { name: error.name, kind: null, message: error.message, backupIds: [] };
  return { name: 'Error', kind: null, message: String(error), backupIds: [] };
}
