import type { budgetActualChannels } from '@shared/contract/budget-actuals';
import type { StartedApp } from '../../services/bootstrap';
import { applyActualsImport, ledgerFileColumns, previewActualsImport, savedActualsMapping } from '../../services/costs/actuals-import';
import { budgetVersusActual, compareBudgets, exportBudgetActualXlsx } from '../../services/costs/budget-actual';
import { listRegionActuals, setRegionActual } from '../../services/costs/region-actuals';
import type { HandlersFor } from './types';

export function budgetActualHandlers({ ctx }: StartedApp): HandlersFor<typeof budgetActualChannels> {
  return {
    'region-actuals:list': (input) => listRegionActuals(ctx, input),
    'region-actuals:set': (input) => setRegionActual(ctx, input),
    'region-actuals:file-columns': (input) => ledgerFileColumns(ctx, input),
    'region-actuals:import-preview': (input) => previewActualsImport(ctx, input),
    'region-actuals:import-apply': (input) => applyActualsImport(ctx, input),
    'region-actuals:mapping': () => savedActualsMapping(ctx),
    'budget:versus-actual': (input) => budgetVersusActual(ctx, input),
    'budget:versus-actual-xlsx': (input) => exportBudgetActualXlsx(ctx, input),
    'budget:compare': (input) => compareBudgets(ctx, input),
  };
}
