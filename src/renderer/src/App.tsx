import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './components/ErrorAlert';
import { AppFrame, LOADING_VIEW } from './components/AppFrame';
import { applyLanguage } from './i18n';
import { followHashRoute } from './router';
import { useActions, useAppInfo, useLanguage, useRoute, useScopeError } from './store/selectors';
import { FirstRunView } from './views/FirstRunView';
import { OverviewView } from './views/overview/OverviewView';
import { ReferenceView } from './views/reference/ReferenceView';

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
    <div className="stack">
      <ErrorAlert heading={t('app.startupFailedHeading')} error={error} />
      <button type="button" className="button" onClick={() => void loadAppInfo()}>
        {t('app.retry')}
      </button>
    </div>
  );
}

export function App() {
  const info = useAppInfo();
  const language = useLanguage();
  const route = useRoute();
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
    <AppFrame viewKey={route} withNavigation>
      {route === 'reference' ? <ReferenceView /> : <OverviewView />}
    </AppFrame>
  );
}
