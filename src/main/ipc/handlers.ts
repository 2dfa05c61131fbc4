import type { Channels } from '@shared/contract/channels';
import type { StartedApp } from '../services/bootstrap';
import { appHandlers } from './handlers/app';
import { backupHandlers } from './handlers/backups';
import { budgetActualHandlers } from './handlers/budget-actuals';
import { costHandlers } from './handlers/costs';
import { followSwaps } from './handlers/follow-swaps';
import { jobHandlers } from './handlers/jobs';
import { packageHandlers } from './handlers/packages';
import { planningHandlers } from './handlers/planning';
import { populationHandlers } from './handlers/populations';
import { privacyHandlers } from './handlers/privacy';
import { registerHandlers } from './handlers/register';
import { registerImportHandlers } from './handlers/register-import';
import { registerInsightHandlers } from './handlers/register-insights';
import type { HandlersFor } from './handlers/types';

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = HandlersFor<Channels>;

/** The handlers of a running app; they follow a backup restore that swaps the database. */
export function createHandlers(app: StartedApp): Handlers {
  return followSwaps(app, buildHandlers);
}

function buildHandlers(app: StartedApp): Handlers {
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
    ...jobHandlers(app),
    ...backupHandlers(app),
    ...privacyHandlers(app),
  };
}
