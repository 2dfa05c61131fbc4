import { useTranslation } from 'react-i18next';
import { UserNameSetting } from '../../components/undo/UserNameSetting';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCounts } from '../../store/selectors';
import { CountsTable } from './CountsTable';
import { ExampleDataPanel } from './ExampleDataPanel';
import { GenerateDataPanel } from './GenerateDataPanel';

/** Administration: what the database holds, the example data and the generated test data. */
export function DataView() {
  const { t } = useTranslation();
  const counts = useCounts();
  useDocumentTitle(t('dataView.title'));
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('dataView.title')}</h1>
      <p className="lead">{t('dataView.lead')}</p>
      <div className="overview-grid">
        {counts && (
          <section className="panel" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t('overview.countsHeading')}</h2>
            <CountsTable counts={counts} />
          </section>
        )}
        <UserNameSetting />
        <ExampleDataPanel />
        <GenerateDataPanel />
      </div>
    </div>
  );
}
