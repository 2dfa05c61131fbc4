import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCounts, useOwner } from '../../store/selectors';
import { CountsTable } from './CountsTable';
import { ExampleDataPanel } from './ExampleDataPanel';
import { GenerateDataPanel } from './GenerateDataPanel';

export function OverviewView() {
  const { t } = useTranslation();
  const owner = useOwner();
  const counts = useCounts();
  useDocumentTitle(t('overview.title'));
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t('overview.title')}</h1>
      {owner && (
        <section className="panel panel--owner" aria-labelledby="owner-heading">
          <h2 id="owner-heading" className="panel__kicker">
            {t('overview.ownerHeading')}
          </h2>
          <p className="owner-name" data-testid="overview-owner">
            {owner.name}
          </p>
          <p className="owner-code">{t('ownerCode', { kind: t(`ownerKind.${owner.kind}`), code: owner.code })}</p>
        </section>
      )}
      <div className="overview-grid">
        {counts && (
          <section className="panel" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t('overview.countsHeading')}</h2>
            <CountsTable counts={counts} />
          </section>
        )}
        <ExampleDataPanel />
        <GenerateDataPanel />
      </div>
    </div>
  );
}
