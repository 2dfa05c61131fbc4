import type { appChannels } from '@shared/contract/app';
import type { referenceChannels } from '@shared/contract/reference';
import type { StartedApp } from '../../services/bootstrap';
import { completeSetup, getAppInfo, updateLanguage } from '../../services/app-service';
import { dataChanges } from '../../services/data-changes';
import { loadExampleData } from '../../services/example-service';
import { getReferenceData } from '../../services/reference-service';
import type { HandlersFor } from './types';

export function appHandlers(app: StartedApp): HandlersFor<typeof appChannels & typeof referenceChannels> {
  const { ctx } = app;
  return {
    'app:info': () => getAppInfo(ctx),
    'setup:complete': (input) => completeSetup(ctx, input.ownerCode),
    'settings:update': (input) => updateLanguage(ctx, input.language),
    'example:load': () => loadExampleData(ctx),
    'data:changes': (input) => Promise.resolve(dataChanges(ctx.conn, input.since)),
    'reference:get': () => getReferenceData(ctx.conn, app.sources),
  };
}
