import type { exchangeChannels } from '@shared/contract/exchange';
import type { StartedApp } from '../../services/bootstrap';
import { dismissPending, openPending, pendingPackages } from '../../services/exchange/exchange-pending';
import { receivePackages } from '../../services/exchange/exchange-receive';
import { sendPackages } from '../../services/exchange/exchange-send';
import type { HandlersFor } from './types';

export function exchangeHandlers({ ctx }: StartedApp): HandlersFor<typeof exchangeChannels> {
  return {
    'exchange:send': (input) => sendPackages(ctx, input),
    'exchange:receive': (input) => receivePackages(ctx, input),
    'exchange:pending': () => pendingPackages(ctx),
    'exchange:open': (input) => openPending(ctx, input.sha256),
    'exchange:dismiss': async (input) => dismissPending(ctx, input.sha256),
  };
}
