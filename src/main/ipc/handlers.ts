import type { Channels } from '@shared/contract/channels';
import type { Result } from '@shared/contract/errors';
import type { StartedApp } from '../services/bootstrap';
import { appHandlers } from './handlers/app';
import { backupHandlers } from './handlers/backups';
import { budgetActualHandlers } from './handlers/budget-actuals';
import { costHandlers } from './handlers/costs';
import { exchangeHandlers } from './handlers/exchange';
import { jobHandlers } from './handlers/jobs';
import { nominationHandlers } from './handlers/nominations';
import { nominationInsightHandlers } from './handlers/nominations-insight';
import { packageHandlers } from './handlers/packages';
import { planningHandlers } from './handlers/planning';
import { populationHandlers } from './handlers/populations';
import { privacyHandlers } from './handlers/privacy';
import { registerHandlers } from './handlers/register';
import { registerImportHandlers } from './handlers/register-import';
import { registerInsightHandlers } from './handlers/register-insights';
import type { HandlersFor } from './handlers/types';
import { dispatch, type Logger } from './dispatch';
import { undoHandlers } from './handlers/undo';

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = HandlersFor<Channels>;

/**
 * The handlers of a running app. Each reads `app.ctx` when it is called, so one set serves the app
 * for its whole life, across a backup restore that swaps the database (services/app-swap.ts).
 */
export function createHandlers(app: StartedApp): Handlers {
  return {
    ...appHandlers(app),
    ...registerHandlers(app),
    ...registerImportHandlers(app),
    ...registerInsightHandlers(app),
    ...planningHandlers(app),
    ...costHandlers(app),
    ...budgetActualHandlers(app),
    ...populationHandlers(app),
    ...packageHandlers(app),
    ...exchangeHandlers(app),
    ...jobHandlers(app),
    ...backupHandlers(app),
    ...privacyHandlers(app),
    ...undoHandlers(app),
    ...nominationHandlers(app),
    ...nominationInsightHandlers(app),
  };
}

export type AppCall = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * Calls on a running app exactly as the UI makes them: each waits while a restore swaps the database,
 * then goes through the dispatcher (zod in and out, typed errors).
 */
export function appCaller(app: StartedApp, logger?: Logger): AppCall {
  const handlers = createHandlers(app);
  return async (channel, input) => {
    await app.swaps.settled();
    return dispatch(handlers, channel, input, logger);
  };
}
