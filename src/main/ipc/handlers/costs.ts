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
import type { HandlersFor } from './types';

export function costHandlers({ ctx }: StartedApp): HandlersFor<typeof costChannels> {
  return {
    'cost-parameters:list': (input) => listCostParameters(ctx, input),
    'cost-parameters:set': (input) => setCostParameters(ctx, input),
    'default-salaries:list': (input) => listDefaultSalaries(ctx, input),
    'default-salaries:set': (input) => setDefaultSalary(ctx, input),
    'default-salaries:delete': (input) => deleteDefaultSalary(ctx, input),
    'person-salaries:list': (input) => listPersonSalaries(ctx, input),
    'person-salaries:set': (input) => setPersonSalary(ctx, input),
    'person-salaries:delete': (input) => deletePersonSalary(ctx, input),
    'hostings:list': (input) => listHostings(ctx, input),
    'hostings:get': (input) => getHosting(ctx, input.id),
    'hostings:create': (input) => createHosting(ctx, input),
    'hostings:update': (input) => updateHosting(ctx, input),
    'hostings:delete': (input) => deleteHosting(ctx, input),
    'cost-items:create': (input) => createCostItem(ctx, input),
    'cost-items:update': (input) => updateCostItem(ctx, input),
    'cost-items:delete': (input) => deleteCostItem(ctx, input),
    'costs:copy-year': (input) => copyYear(ctx, input),
    'allocation-keys:list': (input) => listAllocationKeys(ctx, input),
    'allocation-keys:create': (input) => createAllocationKey(ctx, input),
    'allocation-keys:update': (input) => updateAllocationKey(ctx, input),
    'fixed-contributions:list': (input) => listFixedContributions(ctx, input),
    'fixed-contributions:create': (input) => createFixedContribution(ctx, input),
    'fixed-contributions:update': (input) => updateFixedContribution(ctx, input),
    'fixed-contributions:delete': (input) => deleteFixedContribution(ctx, input),
    'cost-report:hosting': (input) => hostingCostReport(ctx, input),
    'cost-report:region': (input) => regionCostReport(ctx, input),
    'cost-report:multi-year': (input) => multiYearCostReport(ctx, input),
    'cost-report:year': (input) => yearCostReport(ctx, input),
    'scenarios:list': () => listScenarios(ctx),
    'scenarios:create': (input) => createScenario(ctx, input),
    'scenarios:update': (input) => updateScenario(ctx, input),
    'scenarios:delete': (input) => deleteScenario(ctx, input),
    'scenarios:compare': (input) => compareScenarioReport(ctx, input),
    'budget:lock': (input) => lockBudget(ctx, input),
    'budget:list': (input) => listBudgets(ctx, input),
    'budget:get': (input) => getBudget(ctx, input.id),
    'actuals:list': (input) => listActuals(ctx, input),
    'actuals:set': (input) => setActual(ctx, input),
    'actuals:compare': (input) => compareActuals(ctx, input),
    'costs:export-xlsx': (input) => exportCostsXlsx(ctx, input),
    'costs:export-pdf': (input) => exportCostsPdf(ctx, input),
    'costs:export-csv': (input) => exportCostsCsv(ctx, input),
    'invoice:get': (input) => getInvoiceBasis(ctx, input),
    'invoice:export-xlsx': (input) => exportInvoiceXlsx(ctx, input),
    'invoice:export-pdf': (input) => exportInvoicePdf(ctx, input),
    'organisation-numbers:list': () => listOrganisationNumbers(ctx),
    'organisation-numbers:set': (input) => setOrganisationNumber(ctx, input),
  };
}
