import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeSync } from './api/use-change-sync';
import { AppFrame, LOADING_VIEW } from './components/AppFrame';
import { applyLanguage } from './i18n';
import { followHashRoute } from './router';
import { appErrorOf } from './api/query';
import { useAppInfoQuery } from './api/app-info';
import { useActions, useLanguage, useRoute, useRouteId } from './store/selectors';
import type { Route } from './store';
import { BalanceView } from './views/balance/BalanceView';
import { CostRoute } from './views/costs/CostRoute';
import { ExchangeReview } from './views/packages/ExchangeReview';
import { PackagesRoute } from './views/packages/PackagesRoute';
import { AuditLogView } from './views/durability/AuditLogView';
import { BackupsView } from './views/durability/BackupsView';
import { StartupProblem } from './views/durability/RecoveryView';
import { FirstRunView } from './views/FirstRunView';
import { GroupView } from './views/group/GroupView';
import { GroupsView } from './views/groups/GroupsView';
import { NewGroupView } from './views/groups/NewGroupView';
import { NewRequestView } from './views/nominations/NewRequestView';
import { NominationsView } from './views/nominations/NominationsView';
import { RequestView } from './views/nominations/RequestView';
import { ImportView } from './views/import/ImportView';
import { OrganisationsView } from './views/organisations/OrganisationsView';
import { DataView } from './views/overview/DataView';
import { PersonView } from './views/person/PersonView';
import { NewPersonView } from './views/persons/NewPersonView';
import { PersonsView } from './views/persons/PersonsView';
import { CapacityView } from './views/planning/capacity/CapacityView';
import { PathwaysView } from './views/planning/pathways/PathwaysView';
import { TeamsView } from './views/planning/teams/TeamsView';
import { YearPlanView } from './views/planning/year-plan/YearPlanView';
import { ErasuresView } from './views/privacy/ErasuresView';
import { ReferenceView } from './views/reference/ReferenceView';
import { StartView } from './views/start/StartView';
import { VacanciesView } from './views/vacancies/VacanciesView';
import { WarningsView } from './views/warnings/WarningsView';

function StartupState() {
  const { t } = useTranslation();
  const query = useAppInfoQuery();
  const error = appErrorOf(query.error);
  if (!error || query.isFetching) {
    return (
      <p className="loading" role="status" aria-live="polite">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <StartupProblem
      error={error}
      heading={t('app.startupFailedHeading')}
      retryLabel={t('app.retry')}
      onRetry={() => void query.refetch()}
    />
  );
}

/** The page of each route in the route table. */
const VIEWS: { [R in Route]: (id: string | null) => ReactNode } = {
  overview: () => <StartView />,
  persons: () => <PersonsView />,
  personNew: () => <NewPersonView />,
  person: (id) => (id ? <PersonView key={id} id={id} /> : <PersonsView />),
  organisations: () => <OrganisationsView />,
  groups: () => <GroupsView />,
  groupNew: () => <NewGroupView />,
  group: (id) => (id ? <GroupView key={id} id={id} /> : <GroupsView />),
  vacancies: () => <VacanciesView />,
  balance: () => <BalanceView />,
  warnings: () => <WarningsView />,
  nominations: () => <NominationsView />,
  nominationNew: () => <NewRequestView start={null} />,
  nominationStart: (id) => <NewRequestView key={id ?? 'new'} start={id} />,
  nomination: (id) => (id ? <RequestView key={id} id={id} /> : <NominationsView />),
  capacity: () => <CapacityView />,
  teams: () => <TeamsView />,
  pathways: () => <PathwaysView />,
  yearPlan: () => <YearPlanView />,
  costHostings: (id) => <CostRoute route="costHostings" id={id} />,
  costHosting: (id) => <CostRoute route="costHosting" id={id} />,
  costReports: (id) => <CostRoute route="costReports" id={id} />,
  costScenarios: (id) => <CostRoute route="costScenarios" id={id} />,
  budgetActual: (id) => <CostRoute route="budgetActual" id={id} />,
  costKeys: (id) => <CostRoute route="costKeys" id={id} />,
  costParameters: (id) => <CostRoute route="costParameters" id={id} />,
  packages: () => <PackagesRoute route="packages" />,
  packagesImport: () => <PackagesRoute route="packagesImport" />,
  packagesHistory: () => <PackagesRoute route="packagesHistory" />,
  packagesKeys: () => <PackagesRoute route="packagesKeys" />,
  packagesExchange: () => <PackagesRoute route="packagesExchange" />,
  packagesReview: (id) => (id ? <ExchangeReview key={id} sha256={id} /> : <PackagesRoute route="packagesExchange" />),
  import: () => <ImportView />,
  reference: () => <ReferenceView />,
  data: () => <DataView />,
  backups: () => <BackupsView />,
  auditLog: () => <AuditLogView />,
  erasures: () => <ErasuresView />,
};

export function App() {
  const info = useAppInfoQuery().data ?? null;
  const language = useLanguage();
  const route = useRoute();
  const routeId = useRouteId();
  const { setRoute } = useActions();

  useChangeSync();
  useEffect(() => followHashRoute(setRoute), [setRoute]);
  useEffect(() => applyLanguage(language), [language]);

  if (!info) {
    return (
      <AppFrame viewKey={LOADING_VIEW} withNavigation={false}>
        <StartupState />
      </AppFrame>
    );
  }
  if (!info.owner) {
    return (
      <AppFrame viewKey="first-run" withNavigation={false}>
        <FirstRunView />
      </AppFrame>
    );
  }
  return (
    <AppFrame viewKey={routeId ? `${route}/${routeId}` : route} withNavigation>
      {VIEWS[route](routeId)}
    </AppFrame>
  );
}
