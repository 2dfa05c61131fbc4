import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';
import { useStore } from '../../store';
import { usePending, useScopeError } from '../../store/selectors';
import { PersonFilters } from './PersonFilters';
import { PersonsTable } from './PersonsTable';

export function PersonsView() {
  const { t } = useTranslation();
  const personQuery = useStore((s) => s.personQuery);
  const list = useStore((s) => s.personList);
  const searchPersons = useStore((s) => s.searchPersons);
  const loadReference = useStore((s) => s.loadReference);
  const loading = usePending('persons');
  const error = useScopeError('persons');
  const pageError = useScopeError('personsPage');
  useDocumentTitle(t('persons.title'));
  useEffect(() => {
    void loadReference();
  }, [loadReference]);
  useEffect(() => {
    void searchPersons();
  }, [personQuery, searchPersons]);
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
      {!list && loading && <LoadingStatus text={t('persons.loading')} />}
      {list && (
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
            <PersonsTable list={list} caption={t('persons.caption', { count: list.total })} />
          )}
        </section>
      )}
    </div>
  );
}
