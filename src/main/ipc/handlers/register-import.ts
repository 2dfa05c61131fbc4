import type { registerImportChannels } from '@shared/contract/register-import';
import type { StartedApp } from '../../services/bootstrap';
import { exportRegister } from '../../services/register-import/export';
import { applyImport, previewImport } from '../../services/register-import/import-service';
import type { HandlersFor } from './types';

export function registerImportHandlers({ ctx }: StartedApp): HandlersFor<typeof registerImportChannels> {
  return {
    'register:import-preview': (input) => previewImport(ctx, input),
    'register:import-apply': (input) => applyImport(ctx, input),
    'register:export': () => exportRegister(ctx),
  };
}
