import type { z } from 'zod';
import type { Channel, Channels, ChannelOutput } from '@shared/contract/channels';
import type { StartedApp } from '../services/bootstrap';
import { completeSetup, getAppInfo, updateLanguage } from '../services/app-service';
import { loadExampleData } from '../services/example-service';
import { getReferenceData } from '../services/reference-service';

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = {
  [C in Channel]: (input: z.output<Channels[C]['input']>) => Promise<ChannelOutput<C>>;
};

export function createHandlers(app: StartedApp): Handlers {
  const { ctx } = app;
  return {
    'app:info': () => getAppInfo(ctx),
    'setup:complete': (input) => completeSetup(ctx, input.ownerCode),
    'settings:update': (input) => updateLanguage(ctx, input.language),
    'example:load': () => loadExampleData(ctx),
    'reference:get': () => getReferenceData(ctx.db, app.sources),
  };
}
