import type { exchangeChannels } from '@shared/contract/exchange';
import type { StartedApp } from '../../services/bootstrap';
import { dismissPending, openPending, pendingPackages } from '../../services/exchange/exchange-pending';
import { pickUpInJob } from '../../services/exchange/exchange-pickup';
import { sendPackages } from '../../services/exchange/exchange-send';
import type { HandlersFor } from './types';

export function exchangeHandlers(app: StartedApp): HandlersFor<typeof exchangeChannels> {
  return {
    'exchange:send': (input) => sendPackages(app.ctx, input),
    'exchange:receive': (input) => pickUpInJob(app.jobs, input),
    'exchange:pending': () => pendingPackages(app.ctx, () => pickUpInJob(app.jobs, { dryRun: false, confirm: false })),
    'exchange:open': async (input) => {
      const result = await openPending(app.ctx, input.sha256);
      // the import that usually follows the preview finds its worker started
      app.jobs.prepareWorker();
      return result;
    },
    'exchange:dismiss': async (input) => dismissPending(app.ctx, input.sha256),
  };
}
