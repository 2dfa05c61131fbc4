import type { costChannels } from '@shared/contract/costs';
import type { StartedApp } from '../../services/bootstrap';
import { compareActuals, listActuals, setActual } from '../../services/costs/actuals';
import { createAllocationKey, listAllocationKeys, updateAllocationKey } from '../../services/costs/allocation-keys';
import { getBudget, listBudgets, lockBudget } from '../../services/costs/budgets';
import {
  createFixedContribution,
  deleteFixedContribution,
  listFixedContributions,
  updateFixedContribution,
} from '../../services/costs/contributions';
import { createCostItem, deleteCostItem, updateCostItem } from '../../services/costs/cost-items';
import { copyYear } from '../../services/costs/copy-year';
import { exportCostsCsv, exportCostsPdf, exportCostsXlsx } from '../../services/costs/exports';
import {
  exportInvoicePdf,
  exportInvoiceXlsx,
  getInvoiceBasis,
  listOrganisationNumbers,
  setOrganisationNumber,
} from '../../services/costs/invoice';
import { createHosting, deleteHosting, getHosting, listHostings, updateHosting } from '../../services/costs/hostings';
import { listCostParameters, setCostParameters } from '../../services/costs/parameters';
import {
  compareScenarioReport,
  hostingCostReport,
  multiYearCostReport,
  regionCostReport,
  yearCostReport,
} from '../../services/costs/reports';
import {
  deleteDefaultSalary,
  deletePersonSalary,
  listDefaultSalaries,
  listPersonSalaries,
  setDefaultSalary,
  setPersonSalary,
} from '../../services/costs/salaries';
import { createScenario, deleteScenario, listScenarios, updateScenario } from '../../services/costs/scenarios';
import { answerSaved } from '../../services/saved-views';
import type { HandlersFor } from './types';

export function costHandlers(app: StartedApp): HandlersFor<typeof costChannels> {
  return {
    'cost-parameters:list': (input) => listCostParameters(app.ctx, input),
    'cost-parameters:set': (input) => setCostParameters(app.ctx, input),
    'default-salaries:list': (input) => listDefaultSalaries(app.ctx, input),
    'default-salaries:set': (input) => setDefaultSalary(app.ctx, input),
    'default-salaries:delete': (input) => deleteDefaultSalary(app.ctx, input),
    'person-salaries:list': (input) => listPersonSalaries(app.ctx, input),
    'person-salaries:set': (input) => setPersonSalary(app.ctx, input),
    'person-salaries:delete': (input) => deletePersonSalary(app.ctx, input),
    'hostings:list': (input) => listHostings(app.ctx, input),
    'hostings:get': (input) => getHosting(app.ctx, input.id),
    'hostings:create': (input) => createHosting(app.ctx, input),
    'hostings:update': (input) => updateHosting(app.ctx, input),
    'hostings:delete': (input) => deleteHosting(app.ctx, input),
    'cost-items:create': (input) => createCostItem(app.ctx, input),
    'cost-items:update': (input) => updateCostItem(app.ctx, input),
    'cost-items:delete': (input) => deleteCostItem(app.ctx, input),
    'costs:copy-year': (input) => copyYear(app.ctx, input),
    'allocation-keys:list': (input) => listAllocationKeys(app.ctx, input),
    'allocation-keys:create': (input) => createAllocationKey(app.ctx, input),
    'allocation-keys:update': (input) => updateAllocationKey(app.ctx, input),
    'fixed-contributions:list': (input) => listFixedContributions(app.ctx, input),
    'fixed-contributions:create': (input) => createFixedContribution(app.ctx, input),
    'fixed-contributions:update': (input) => updateFixedContribution(app.ctx, input),
    'fixed-contributions:delete': (input) => deleteFixedContribution(app.ctx, input),
    'cost-report:hosting': (input) => hostingCostReport(app.ctx, input),
    'cost-report:region': (input) => regionCostReport(app.ctx, input),
    'cost-report:multi-year': (input) => multiYearCostReport(app.ctx, input),
    'cost-report:year': (input) => answerSaved(app.ctx, 'cost-report:year', input, () => yearCostReport(app.ctx, input)),
    'scenarios:list': () => listScenarios(app.ctx),
    'scenarios:create': (input) => createScenario(app.ctx, input),
    'scenarios:update': (input) => updateScenario(app.ctx, input),
    'scenarios:delete': (input) => deleteScenario(app.ctx, input),
    'scenarios:compare': (input) => compareScenarioReport(app.ctx, input),
    'budget:lock': (input) => lockBudget(app.ctx, input),
    'budget:list': (input) => listBudgets(app.ctx, input),
    'budget:get': (input) => getBudget(app.ctx, input.id),
    'actuals:list': (input) => listActuals(app.ctx, input),
    'actuals:set': (input) => setActual(app.ctx, input),
    'actuals:compare': (input) => compareActuals(app.ctx, input),
    'costs:export-xlsx': (input) => exportCostsXlsx(app.ctx, input),
    'costs:export-pdf': (input) => exportCostsPdf(app.ctx, input),
    'costs:export-csv': (input) => exportCostsCsv(app.ctx, input),
    'invoice:get': (input) => getInvoiceBasis(app.ctx, input),
    'invoice:export-xlsx': (input) => exportInvoiceXlsx(app.ctx, input),
    'invoice:export-pdf': (input) => exportInvoicePdf(app.ctx, input),
    'organisation-numbers:list': () => listOrganisationNumbers(app.ctx),
    'organisation-numbers:set': (input) => setOrganisationNumber(app.ctx, input),
  };
}
