import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppFrame, LOADING_VIEW } from './components/AppFrame';
import { applyLanguage } from './i18n';
import { followHashRoute } from './router';
import { useActions, useAppInfo, useLanguage, useRoute, useRouteId, useScopeError } from './store/selectors';
import type { Route } from './store';
import { BalanceView } from './views/balance/BalanceView';
import { CostRoute } from './views/costs/CostRoute';
import { PackagesRoute } from './views/packages/PackagesRoute';
import { AuditLogView } from './views/durability/AuditLogView';
import { BackupsView } from './views/durability/BackupsView';
import { StartupProblem } from './views/durability/RecoveryView';
import { FirstRunView } from './views/FirstRunView';
import { GroupView } from './views/group/GroupView';
import { GroupsView } from './views/groups/GroupsView';
import { NewGroupView } from './views/groups/NewGroupView';
import { ImportView } from './views/import/ImportView';
import { OrganisationsView } from './views/organisations/OrganisationsView';
import { OverviewView } from './views/overview/OverviewView';
import { PersonView } from './views/person/PersonView';
import { NewPersonView } from './views/persons/NewPersonView';
import { PersonsView } from './views/persons/PersonsView';
import { CapacityView } from './views/planning/capacity/CapacityView';
import { PathwaysView } from './views/planning/pathways/PathwaysView';
import { TeamsView } from './views/planning/teams/TeamsView';
import { YearPlanView } from './views/planning/year-plan/YearPlanView';
import { ErasuresView } from './views/privacy/ErasuresView';
import { ReferenceView } from './views/reference/ReferenceView';
import { VacanciesView } from './views/vacancies/VacanciesView';
import { WarningsView } from './views/warnings/WarningsView';

function StartupState() {
  const { t } = useTranslation();
  const error = useScopeError('appInfo');
  const { loadAppInfo } = useActions();
  if (!error) {
    return (
      <p className="loading" role="status" aria-live="polite">
        {t('app.loading')}
      </p>
    );
  }
  return (
    <StartupProblem error={error} heading={t('app.startupFailedHeading')} retryLabel={t('app.retry')} onRetry={() => void loadAppInfo()} />
  );
}

function RouteView({ route, id }: { route: Route; id: string | null }) {
  switch (route) {
    case 'persons':
      return <PersonsView />;
    case 'personNew':
      return <NewPersonView />;
    case 'person':
      return id ? <PersonView key={id} id={id} /> : <PersonsView />;
    case 'organisations':
      return <OrganisationsView />;
    case 'groups':
      return <GroupsView />;
    case 'groupNew':
      return <NewGroupView />;
    case 'group':
      return id ? <GroupView key={id} id={id} /> : <GroupsView />;
    case 'vacancies':
      return <VacanciesView />;
    case 'balance':
      return <BalanceView />;
    case 'warnings':
      return <WarningsView />;
    case 'import':
      return <ImportView />;
    case 'capacity':
      return <CapacityView />;
    case 'teams':
      return <TeamsView />;
    case 'pathways':
      return <PathwaysView />;
    case 'yearPlan':
      return <YearPlanView />;
    case 'reference':
      return <ReferenceView />;
    case 'overview':
      return <OverviewView />;
    case 'costHostings':
    case 'costHosting':
    case 'costParameters':
    case 'costKeys':
    case 'costReports':
    case 'costScenarios':
      return <CostRoute route={route} id={id} />;
    case 'packages':
    case 'packagesImport':
    case 'packagesHistory':
    case 'packagesKeys':
      return <PackagesRoute route={route} />;
    case 'backups':
      return <BackupsView />;
    case 'auditLog':
      return <AuditLogView />;
    case 'erasures':
      return <ErasuresView />;
  }
}

export function App() {
  const info = useAppInfo();
  const language = useLanguage();
  const route = useRoute();
  const routeId = useRouteId();
  const { loadAppInfo, setRoute } = useActions();

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);
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
      <RouteView route={route} id={routeId} />
    </AppFrame>
  );
}
