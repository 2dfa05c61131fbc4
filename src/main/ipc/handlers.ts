import type { Channels } from '@shared/contract/channels';
import type { StartedApp } from '../services/bootstrap';
import { appHandlers } from './handlers/app';
import { registerHandlers } from './handlers/register';
import type { HandlersFor } from './handlers/types';

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = HandlersFor<Channels>;

export function createHandlers(app: StartedApp): Handlers {
  return {
    ...appHandlers(app),
    ...registerHandlers(app),
  };
}
