import { useTranslation } from 'react-i18next';
import { keepPreviousData } from '@tanstack/react-query';
import { appErrorOf, useChannelQuery } from '../../api/query';
import { SEAT_STATUSES, type VacancyView } from '@shared/contract/register-insights';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/table/ExportButton';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatInteger } from '../../format';
import { useStore } from '../../store';
import { ExpiryForecast } from './ExpiryForecast';
import { SeatStatusLabel } from './SeatStatusLabel';
import { TodoList } from './TodoList';
import { todoExport } from './todo-export';
import { VacancyFilters } from './VacancyFilters';
import { VacancyMatrix } from './VacancyMatrix';

function StatusCounts({ view }: { view: VacancyView }) {
  const { t } = useTranslation();
  return (
    <ul className="status-counts" aria-label={t('vacancies.countsLabel')} data-testid="status-counts">
      {SEAT_STATUSES.map((s) => (
        <li key={s} data-status={s}>
          <SeatStatusLabel status={s} /> <strong>{formatInteger(view.statusCounts[s])}</strong>
        </li>
      ))}
    </ul>
  );
}

export function VacanciesView() {
  const { t } = useTranslation();
  const filter = useStore((s) => s.vacancyFilter);
  const query = useChannelQuery('vacancies:get', filter, { placeholderData: keepPreviousData });
  const view = query.data ?? null;
  const loading = query.isFetching;
  const error = appErrorOf(query.error);
  useDocumentTitle(t('vacancies.title'));
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <div className="stack">
        <h1 tabIndex={-1}>{t('vacancies.title')}</h1>
        <p className="lead">{t('vacancies.lead')}</p>
        <VacancyFilters view={view} />
      </div>
      {error && <ErrorAlert heading={t('vacancies.errorHeading')} error={error} />}
      {!view && loading && <LoadingStatus text={t('vacancies.loading')} />}
      {view && (
        <>
          <section className="stack" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t('vacancies.matrixHeading')}</h2>
            <p className="muted">{t('vacancies.asOf', { date: view.asOf, days: view.endingWithinDays })}</p>
            <StatusCounts view={view} />
            <VacancyMatrix view={view} />
          </section>
          <section className="stack" aria-labelledby="todo-heading">
            <div className="list-head">
              <h2 id="todo-heading">{t('vacancies.todoHeading')}</h2>
              {view.todo.length > 0 && (
                <ExportButton label={t('tables.exportXlsx')} testId="todo-export" build={() => todoExport(view, t)} />
              )}
            </div>
            <p className="muted">{t('vacancies.todoLead')}</p>
            <div className="panel panel--table">
              <TodoList view={view} />
            </div>
          </section>
          <div className="panel">
            <ExpiryForecast forecast={view.forecast} />
          </div>
        </>
      )}
    </div>
  );
}
