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

export function registerInsightHandlers({ ctx }: StartedApp): HandlersFor<typeof registerInsightChannels> {
  return {
    'vacancies:get': (input) => getVacancies(ctx, input),
    'balance:get': (input) => getBalance(ctx, input),
    'rules:list': (input) => listRuleWarnings(ctx, input),
    'rules:dismiss': (input) => dismissWarning(ctx, input),
    'rules:undismiss': (input) => undismissWarning(ctx, input),
    'rules:settings-get': () => getRuleSettings(ctx),
    'rules:settings-update': (input) => updateRuleSettings(ctx, input),
    'lists:export-xlsx': (input) => exportList(ctx, input),
    'rules:preview-allocation': (input) => previewAllocation(ctx, input),
  };
}
