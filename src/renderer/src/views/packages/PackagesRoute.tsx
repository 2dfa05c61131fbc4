import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../router';
import { type Route } from '../../store';
import { ExchangeFolderPanel } from './ExchangeFolderPanel';
import { ExportWizard } from './ExportWizard';
import { HistoryView } from './HistoryView';
import { ImportWizard } from './ImportWizard';
import { KeysPanel } from './KeysPanel';
import './packages.css';

type PackageRoute = Extract<Route, 'packages' | 'packagesImport' | 'packagesHistory' | 'packagesKeys' | 'packagesExchange'>;

const TABS = [
  'packages',
  'packagesImport',
  'packagesHistory',
  'packagesKeys',
  'packagesExchange',
] as const satisfies readonly PackageRoute[];

function useTabLabel(): (tab: PackageRoute) => string {
  const { t } = useTranslation();
  return (tab) => (tab === 'packagesExchange' ? t('exchangeFolder.tab') : t(`packages.tabs.${tab}`));
}

/** Package exchange between regions: export, import, history with undo, signing keys. */
export function PackagesRoute({ route }: { route: PackageRoute }) {
  const { t } = useTranslation();
  const tabLabel = useTabLabel();
  useDocumentTitle(`${tabLabel(route)} – ${t('packages.title')}`);
  return (
    <div className="stack stack--large">
      <div className="stack">
        <h1 tabIndex={-1}>{t('packages.title')}</h1>
        <p className="lead">{t('packages.lead')}</p>
        <nav aria-label={t('packages.tabsLabel')}>
          <ul className="package-tabs">
            {TABS.map((tab) => (
              <li key={tab}>
                <a className="package-tabs__link" href={hrefFor(tab)} aria-current={tab === route ? 'page' : undefined}>
                  {tabLabel(tab)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {route === 'packages' && <ExportWizard />}
      {route === 'packagesImport' && <ImportWizard />}
      {route === 'packagesHistory' && <HistoryView />}
      {route === 'packagesKeys' && <KeysPanel />}
      {route === 'packagesExchange' && <ExchangeFolderPanel />}
    </div>
  );
}
