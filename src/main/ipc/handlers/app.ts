import type { appChannels } from '@shared/contract/app';
import type { referenceChannels } from '@shared/contract/reference';
import type { StartedApp } from '../../services/bootstrap';
import { completeSetup, getAppInfo, updateSettings } from '../../services/app-service';
import { loadExampleData } from '../../services/example-service';
import { getReferenceData } from '../../services/reference-service';
import type { HandlersFor } from './types';

export function appHandlers(app: StartedApp): HandlersFor<typeof appChannels & typeof referenceChannels> {
  const { ctx } = app;
  return {
    'app:info': () => getAppInfo(ctx),
    'setup:complete': (input) => completeSetup(ctx, input.ownerCode),
    'settings:update': (input) => updateSettings(ctx, input),
    'example:load': () => loadExampleData(ctx),
    'reference:get': () => getReferenceData(ctx.conn, app.sources),
  };
}
