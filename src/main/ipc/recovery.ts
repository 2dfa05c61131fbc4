import { CHANNEL_NAMES } from '@shared/contract/channels';
import type { RecoveryResult, RecoveryStatus } from '@shared/contract/backups';
import { refusal } from '@shared/contract/errors';
import { listBackupFiles } from '../db/backup';
import { DatabaseOpenError } from '../db/errors';
import { restoreOffline, toBackupInfo } from '../services/backup-service';
import { startServices, type StartedApp, type StartOptions } from '../services/bootstrap';
import { dispatch, type Logger } from './dispatch';
import { appCaller, type AppCall, type Handlers } from './handlers';

/**
 * Start-up that survives a damaged database file. The file is inspected read-only (openDatabase);
 * when it is DAMAGED, nothing opens it for writing: the app starts in recovery mode, where only
 * `recovery:status` and `recovery:restore` work and every other channel answers with one line. A
 * recovery restore moves the damaged file aside untouched (backups/damaged/), puts the chosen
 * verified backup in place and then switches to the full handlers of a normally started app.
 */
export type Recoverable = {
  /** One call: recovery-only while damaged, the full set afterwards (after a swap has settled). */
  readonly call: AppCall;
  readonly damaged: boolean;
  /** The running app once the database opened (at start or after a recovery restore). */
  readonly app: StartedApp | null;
};

export type RecoveryHooks = {
  /** Called once the database is open (start backups, install quit hooks). */
  onStarted(app: StartedApp): void;
  /** Where handler failures are logged. */
  logger?: Logger;
  /** false: a damaged file is an error (the CLI reports it) instead of recovery mode. */
  recover?: boolean;
};

type AnyHandler = (input: unknown) => Promise<unknown>;

function oneLineReason(error: DatabaseOpenError): string {
  return error.message.split('\n')[0] ?? error.message;
}

/** Every channel refuses with one line, except the two recovery channels. */
function recoveryHandlers(reason: string, status: () => RecoveryStatus, restore: (id: string) => Promise<RecoveryResult>): Handlers {
  const refuse: AnyHandler = async () => {
    throw refusal('CONFLICT', 'backup.damaged', { reason });
  };
  const special: Partial<Record<string, AnyHandler>> = {
    'recovery:status': async () => status(),
    'recovery:restore': async (input) => restore((input as { id: string }).id),
  };
  return Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, special[channel] ?? refuse])) as unknown as Handlers;
}

/** Opens the app, or starts it in recovery mode when the database file is damaged. */
export async function startRecoverable(options: StartOptions, hooks: RecoveryHooks): Promise<Recoverable> {
  const state: State = { call: null, damaged: false, app: null };
  const adopt = (app: StartedApp): void => {
    state.app = app;
    state.damaged = false;
    state.call = appCaller(app, hooks.logger);
    hooks.onStarted(app);
  };
  let damage: DatabaseOpenError;
  try {
    adopt(await startServices(options));
    return view(state);
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || error.kind !== 'DAMAGED' || hooks.recover === false) throw error;
    damage = error;
  }
  const reason = oneLineReason(damage);
  let queue: Promise<unknown> = Promise.resolve();
  const restore = (id: string): Promise<RecoveryResult> => {
    const run = queue.then(async () => {
      if (!state.damaged) throw refusal('CONFLICT', 'backup.alreadyRestored');
      const result = await restoreOffline({ ...options, create: false }, id);
      adopt(await startServices({ ...options, create: false }));
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const status = (): RecoveryStatus => ({
    damaged: state.damaged,
    reason: state.damaged ? reason : null,
    backups: state.damaged ? listBackupFiles(options.dbPath).map(toBackupInfo) : [],
  });
  state.damaged = true;
  const handlers = recoveryHandlers(reason, status, restore);
  state.call = (channel, input) => dispatch(handlers, channel, input, hooks.logger);
  return view(state);
}

type State = { call: AppCall | null; damaged: boolean; app: StartedApp | null };

/** A read-only view of the mutable state; its `call` always goes to the current handlers. */
function view(state: State): Recoverable {
  return {
    call: (channel, input) => {
      if (!state.call) throw new Error('no handlers yet');
      return state.call(channel, input);
    },
    get damaged() {
      return state.damaged;
    },
    get app() {
      return state.app;
    },
  };
}
