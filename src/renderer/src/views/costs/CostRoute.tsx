import type { Route } from '../../store';
import { BudgetActualView } from './budget-actual/BudgetActualView';
import './costs.css';
import { HostingView } from './hosting/HostingView';
import { HostingsView } from './hostings/HostingsView';
import { KeysView } from './keys/KeysView';
import { ParametersView } from './parameters/ParametersView';
import { ReportsView } from './reports/ReportsView';
import { ScenariosView } from './scenarios/ScenariosView';

/** The views of "Hosting costs and finance". */
export function CostRoute({ route, id }: { route: Route; id: string | null }) {
  switch (route) {
    case 'costHosting':
      return id ? <HostingView key={id} id={id} /> : <HostingsView />;
    case 'costParameters':
      return <ParametersView />;
    case 'costKeys':
      return <KeysView />;
    case 'costReports':
      return <ReportsView />;
    case 'costScenarios':
      return <ScenariosView />;
    case 'budgetActual':
      return <BudgetActualView />;
    default:
      return <HostingsView />;
  }
}
