import type { appChannels } from '@shared/contract/app';
import type { referenceChannels } from '@shared/contract/reference';
import type { StartedApp } from '../../services/bootstrap';
import { completeSetup, getAppInfo, updateSettings } from '../../services/app-service';
import { dataChanges } from '../../services/data-changes';
import { loadExampleData } from '../../services/example-service';
import { getReferenceData } from '../../services/reference-service';
import type { HandlersFor } from './types';

export function appHandlers(app: StartedApp): HandlersFor<typeof appChannels & typeof referenceChannels> {
  return {
    'app:info': () => getAppInfo(app.ctx),
    'setup:complete': (input) => completeSetup(app.ctx, input.ownerCode),
    'settings:update': (input) => updateSettings(app.ctx, input),
    'example:load': () => loadExampleData(app.ctx),
    'data:changes': (input) => Promise.resolve(dataChanges(app.ctx.conn, input.since)),
    'reference:get': () => getReferenceData(app.ctx.conn, app.sources),
  };
}
