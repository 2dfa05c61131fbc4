import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../router';
import { useStore } from '../../store';
import { GroupFilters } from './GroupFilters';
import { GroupsTable } from './GroupsTable';
import { useGroupList } from './use-group-list';

export function GroupsView() {
  const { t } = useTranslation();
  const filter = useStore((s) => s.groupFilter);
  const list = useGroupList(filter);
  const { loading, error, pageError } = list;
  useDocumentTitle(t('groups.title'));
  return (
    <div className="stack" aria-busy={loading}>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('groups.title')}</h1>
        <a className="button button--primary" href={hrefFor('groupNew')}>
          {t('groups.new')}
        </a>
      </div>
      <p className="lead">{t('groups.lead')}</p>
      <GroupFilters />
      {error && <ErrorAlert heading={t('groups.errorHeading')} error={error} />}
      {pageError && <ErrorAlert heading={t('scale.pageErrorHeading')} error={pageError} />}
      {list.total === null && loading && <LoadingStatus text={t('groups.loading')} />}
      {list.total !== null && (
        <section className="panel panel--table panel--list" aria-labelledby="groups-result-heading">
          <h2 id="groups-result-heading" className="result-count" aria-live="polite">
            {t('groups.resultCount', { count: list.total })}
          </h2>
          {list.total === 0 ? <p>{t('groups.noMatches')}</p> : <GroupsTable list={list} total={list.total} />}
        </section>
      )}
    </div>
  );
}
