import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';
import { useStore } from '../../store';
import { PersonFilters } from './PersonFilters';
import { PersonsTable } from './PersonsTable';
import { usePersonList } from './use-person-list';

export function PersonsView() {
  const { t } = useTranslation();
  const personQuery = useStore((s) => s.personQuery);
  const list = usePersonList(personQuery);
  const { loading, error, pageError } = list;
  useDocumentTitle(t('persons.title'));
  return (
    <div className="stack" aria-busy={loading}>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('persons.title')}</h1>
        <a className="button button--primary" href={hrefFor('personNew')}>
          {t('persons.new')}
        </a>
      </div>
      <p className="lead">{t('persons.lead')}</p>
      <PersonFilters />
      {error && <ErrorAlert heading={t('persons.errorHeading')} error={error} />}
      {pageError && <ErrorAlert heading={t('scale.pageErrorHeading')} error={pageError} />}
      {list.total === null && loading && <LoadingStatus text={t('persons.loading')} />}
      {list.total !== null && (
        <section className="panel panel--table panel--list" aria-labelledby="persons-result-heading">
          <h2 id="persons-result-heading" className="visually-hidden">
            {t('persons.resultHeading')}
          </h2>
          <p className="muted" role="status" data-testid="persons-count">
            {t('scale.personsCount', { count: list.total, shown: formatInteger(list.total) })}
          </p>
          {list.total === 0 ? (
            <p data-testid="persons-empty">{personQuery.query || personQuery.regionCode ? t('persons.noMatches') : t('persons.empty')}</p>
          ) : (
            <PersonsTable list={list} total={list.total} caption={t('persons.caption', { count: list.total })} />
          )}
        </section>
      )}
    </div>
  );
}
