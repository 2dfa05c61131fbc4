import type { privacyChannels } from '@shared/contract/privacy';
import type { StartedApp } from '../../services/bootstrap';
import { eraseCandidate, erasePerson, exportPersonJson, exportPersonPdf, listErasures } from '../../services/privacy/privacy-service';
import type { HandlersFor } from './types';

/** Personal-data rights: register extract, erasure and the list of erasures. */
export function privacyHandlers(app: StartedApp): HandlersFor<typeof privacyChannels> {
  return {
    'privacy:export-json': async (input) => exportPersonJson(app.ctx, input.personId),
    'privacy:export-pdf': (input) => exportPersonPdf(app.ctx, input.personId),
    'privacy:erase': async (input) => erasePerson(app.ctx, input),
    'privacy:erase-candidate': async (input) => eraseCandidate(app.ctx, input),
    'privacy:erasures': async () => listErasures(app.ctx),
  };
}
