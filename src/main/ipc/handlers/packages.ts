import type { packageChannels } from '@shared/contract/packages';
import type { StartedApp } from '../../services/bootstrap';
import { packageHistory, packageRecipients } from '../../services/packages/history-service';
import { inspectPackage } from '../../services/packages/import-service';
import { generateInstallationKey, listKeys, trustKey } from '../../services/packages/keys-service';
import { undoLastImport } from '../../services/packages/undo-service';
import type { HandlersFor } from './types';

export function packageHandlers(app: StartedApp): HandlersFor<typeof packageChannels> {
  return {
    'packages:inspect': async (input) => {
      const result = await inspectPackage(app.ctx, input);
      // the import that usually follows the preview finds its worker started
      app.jobs.prepareWorker();
      return result;
    },
    'packages:history': async () => packageHistory(app.ctx),
    'packages:undo-last': () => undoLastImport(app.ctx),
    'packages:recipients': async (input) => packageRecipients(app.ctx, input.personId),
    'keys:list': async () => listKeys(app.ctx),
    'keys:generate': async () => generateInstallationKey(app.ctx),
    'keys:trust': async (input) => trustKey(app.ctx, input),
  };
}
