import type { registerInsightChannels } from '@shared/contract/register-insights';
import type { StartedApp } from '../../services/bootstrap';
import { getBalance } from '../../services/insights/balance';
import { exportList } from '../../services/insights/list-export';
import { getVacancies } from '../../services/insights/vacancies';
import {
  dismissWarning,
  getRuleSettings,
  listRuleWarnings,
  previewAllocation,
  undismissWarning,
  updateRuleSettings,
} from '../../services/insights/rules';
import type { HandlersFor } from './types';

export function registerInsightHandlers(app: StartedApp): HandlersFor<typeof registerInsightChannels> {
  return {
    'vacancies:get': (input) => getVacancies(app.ctx, input),
    'balance:get': (input) => getBalance(app.ctx, input),
    'rules:list': (input) => listRuleWarnings(app.ctx, input),
    'rules:dismiss': (input) => dismissWarning(app.ctx, input),
    'rules:undismiss': (input) => undismissWarning(app.ctx, input),
    'rules:settings-get': () => getRuleSettings(app.ctx),
    'rules:settings-update': (input) => updateRuleSettings(app.ctx, input),
    'lists:export-xlsx': (input) => exportList(app.ctx, input),
    'rules:preview-allocation': (input) => previewAllocation(app.ctx, input),
  };
}
