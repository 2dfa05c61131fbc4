import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { Pager } from '../../components/Pager';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../router';
import { useStore } from '../../store';
import { PERSONS_PAGE_SIZE } from '../../store/persons-slice';
import { usePending, useScopeError } from '../../store/selectors';
import { PersonFilters } from './PersonFilters';
import { PersonsTable } from './PersonsTable';

export function PersonsView() {
  const { t } = useTranslation();
  const personQuery = useStore((s) => s.personQuery);
  const result = useStore((s) => s.personResult);
  const searchPersons = useStore((s) => s.searchPersons);
  const setPersonQuery = useStore((s) => s.setPersonQuery);
  const loadReference = useStore((s) => s.loadReference);
  const loading = usePending('persons');
  const error = useScopeError('persons');
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
      {!result && loading && <LoadingStatus text={t('persons.loading')} />}
      {result && (
        <section className="panel panel--table" aria-labelledby="persons-result-heading">
          <h2 id="persons-result-heading" className="visually-hidden">
            {t('persons.resultHeading')}
          </h2>
          {result.rows.length === 0 ? (
            <p data-testid="persons-empty">{personQuery.query || personQuery.regionCode ? t('persons.noMatches') : t('persons.empty')}</p>
          ) : (
            <PersonsTable rows={result.rows} caption={t('persons.caption', { count: result.total })} />
          )}
          <Pager
            page={personQuery.page}
            pageSize={PERSONS_PAGE_SIZE}
            total={result.total}
            onPage={(page) => setPersonQuery({ page })}
            label={t('persons.pagerLabel')}
          />
        </section>
      )}
    </div>
  );
}
