import type { nominationChannels } from '@shared/contract/nominations';
import type { StartedApp } from '../../services/bootstrap';
import { getNominationBalance } from '../../services/nominations/nomination-balance';
import { exportNominationLetter, exportNominationsPdf, exportNominationsXlsx } from '../../services/nominations/nomination-exports';
import { getNominationReminders } from '../../services/nominations/nomination-reminders';
import type { HandlersFor } from './types';

type InsightChannels = Pick<
  typeof nominationChannels,
  'nominations:balance' | 'nominations:reminders' | 'nominations:export-xlsx' | 'nominations:export-pdf' | 'nominations:letter-pdf'
>;

/** What nominations tell beyond the records: the balance while choosing, the reminders, the exports and letters. */
export function nominationInsightHandlers(app: StartedApp): HandlersFor<InsightChannels> {
  return {
    'nominations:balance': async (input) => getNominationBalance(app.ctx, input.requestId),
    'nominations:reminders': async (input) => getNominationReminders(app.ctx, input),
    'nominations:export-xlsx': (input) => exportNominationsXlsx(app.ctx, input),
    'nominations:export-pdf': (input) => exportNominationsPdf(app.ctx, input),
    'nominations:letter-pdf': (input) => exportNominationLetter(app.ctx, input),
  };
}
