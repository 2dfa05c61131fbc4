import type { registerImportChannels } from '@shared/contract/register-import';
import type { StartedApp } from '../../services/bootstrap';
import { exportRegister } from '../../services/register-import/export';
import { applyImport, previewImport } from '../../services/register-import/import-service';
import { importTemplate, rejectedRows } from '../../services/register-import/workbooks';
import type { HandlersFor } from './types';

export function registerImportHandlers(app: StartedApp): HandlersFor<typeof registerImportChannels> {
  return {
    'register:import-preview': (input) => previewImport(app.ctx, input),
    'register:import-apply': (input) => applyImport(app.ctx, input),
    'register:import-template': () => importTemplate(app.ctx),
    'register:import-rejected': (input) => rejectedRows(input),
    'register:export': () => exportRegister(app.ctx),
  };
}
