import type { Result } from '@shared/contract/errors';
import { DatabaseOpenError } from '../db/errors';
import { truncateWal } from '../db/wal';
import { dispatch, type Logger } from '../ipc/dispatch';
import { jobRegistryOf } from '../ipc/handlers/jobs';
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
  /** One call: `{ id, channel, input }` → `{ id, result }`; never throws. */
  handle(call: CallRequest): Promise<CallReply>;
  /** Calls a channel directly (in-process hosts). */
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Stops backups and jobs, checkpoints the WAL and closes the database; safe to call twice. */
  shutdown(): Promise<void>;
};

export async function startBackend(options: BackendOptions, logger: Logger): Promise<Backend> {
  let stopBackups = (): Promise<void> => Promise.resolve();
  const running = await startRecoverable(
    { ...options, create: true },
    {
      onStarted: (app) => {
        void stopBackups();
        const [stopBackup, stopExchange] = [startBackupRoutine(app, logger), startExchangeRoutine(app, logger)];
        stopBackups = async () => void (await Promise.all([stopBackup(), stopExchange()]));
        warmViewsSoon(app, logger);
      },
    },
  );
  const call = (channel: string, input: unknown) => dispatch(running.handlers, channel, input, logger);
  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    await stopBackups();
    const app = running.app;
    if (!app) return;
    const jobs = jobRegistryOf(app);
    jobs.cancelAll();
    await jobs.idle();
    truncateWal(app.ctx.conn);
    await app.opened.close();
  };
  return {
    get damaged() {
      return running.damaged;
    },
    call,
    handle: async (request) => ({ id: request.id, result: await call(request.channel, request.input) }),
    shutdown: () => (closing ??= close()),
  };
}

/** A failed start as plain data for the host (its dialog reads the kind and the verified backups). */
export function startFailureOf(error: unknown): StartFailure {
  if (error instanceof DatabaseOpenError)
    return { name: error.name, kind: error.kind, message: error.message, backupIds: error.backups.map((b) => b.id) };
  if (error instanceof Error) return { name: error.name, kind: null, message: error.message, backupIds: [] };
  return { name: 'Error', kind: null, message: String(error), backupIds: [] };
}
