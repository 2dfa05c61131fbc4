import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '@shared/calendar';
import type { SeatTodo, VacancyView } from '@shared/contract/register-insights';
import { formatInteger } from '../../format';
import { seatLabelText } from '../../components/hr-names';
import type { HeaderColumn } from '../../components/table/SortableHeaderRow';
import { SortableTableHead } from '../../components/table/SortableTableHead';
import { useClientSort } from '../../components/table/useClientSort';
import { hrefFor } from '../../router';
import { startHref } from '../nominations/nomination-words';
import { SeatStatusLabel } from './SeatStatusLabel';

type TodoSortKey = 'group' | 'seat' | 'status' | 'when' | 'holder' | 'next';

/** The day a seat is (or will be) empty: what "Når" sorts by; a seat never held sorts last. */
function emptyDay(item: SeatTodo, asOf: string): string | null {
  if (item.status === 'ENDING') return addDays(asOf, item.daysLeft ?? 0);
  return item.emptyFrom;
}

/** The own healthcare region's seats to fill, most urgent first; every column sorts (Swedish order for text). */
export function TodoList({ view }: { view: VacancyView }) {
  const { t } = useTranslation();
  const values = useMemo(
    () => ({
      group: (item: SeatTodo) => item.groupName,
      seat: (item: SeatTodo) => seatLabelText(item.seatLabel, t),
      status: (item: SeatTodo) => t(`seatStatus.${item.status}`),
      when: (item: SeatTodo) => emptyDay(item, view.asOf),
      holder: (item: SeatTodo) => item.holders.map((h) => h.personName).join(', '),
      next: (item: SeatTodo) => item.upcoming.map((h) => h.personName).join(', '),
    }),
    [t, view.asOf],
  );
  const sorted = useClientSort<SeatTodo, TodoSortKey>(view.todo, values);
  const columns = useMemo<HeaderColumn<TodoSortKey>[]>(
    () => [
      { id: 'group', label: t('vacancies.group'), sortKey: 'group' },
      { id: 'seat', label: t('vacancies.seat'), sortKey: 'seat' },
      { id: 'status', label: t('vacancies.status'), sortKey: 'status' },
      { id: 'when', label: t('vacancies.when'), sortKey: 'when' },
      { id: 'holder', label: t('vacancies.holder'), sortKey: 'holder' },
      { id: 'next', label: t('vacancies.next'), sortKey: 'next' },
    ],
    [t],
  );
  if (view.ownHealthcareRegionCodes.length === 0) return <p className="muted">{t('vacancies.noOwnRegion')}</p>;
  if (view.todo.length === 0) return <p data-testid="todo-empty">{t('vacancies.todoEmpty')}</p>;
  return (
    <div className="dense-scroll" role="region" aria-label={t('vacancies.todoHeading')} tabIndex={0}>
      <table className="table table--compact table--dense" data-testid="todo-list">
        <SortableTableHead<TodoSortKey>
          caption={t('vacancies.todoCaption', { count: view.todo.length })}
          columns={columns}
          sorting={sorted}
        />
        <tbody>
          {sorted.rows.map((item) => (
            <tr key={item.seatId} data-group={item.groupName}>
              <th scope="row">
                <a href={hrefFor('group', item.groupId)}>{item.groupName}</a>
                <span className="cell-sub">{t(`groupType.${item.groupType}`)}</span>
              </th>
              <td className="nowrap">{seatLabelText(item.seatLabel, t)}</td>
              <td>
                <SeatStatusLabel status={item.status} />
              </td>
              <td className="nowrap">
                {item.status === 'ENDING'
                  ? t('vacancies.daysLeft', { count: item.daysLeft ?? 0, days: formatInteger(item.daysLeft ?? 0) })
                  : item.emptyFrom
                    ? t('vacancies.emptyFrom', { date: item.emptyFrom })
                    : t('vacancies.neverHeld')}
              </td>
              <td>{item.holders.map((h) => h.personName).join(', ') || <span className="muted">{t('common.none')}</span>}</td>
              <td>
                {item.upcoming.length > 0 ? (
                  item.upcoming.map((h) => t('vacancies.upcoming', { name: h.personName, date: h.startDate })).join(', ')
                ) : (
                  <a href={hrefFor('group', item.groupId)}>
                    {t('vacancies.fill')}
                    <span className="visually-hidden"> {item.groupName}</span>
                  </a>
                )}
                {item.upcoming.length === 0 && (
                  <>
                    {' · '}
                    <a href={startHref(item.groupId, item.seatId)} data-testid="start-nomination">
                      {t('nominations.start')}
                      <span className="visually-hidden">
                        {' '}
                        {t('nominations.titleSeat', { group: item.groupName, seat: seatLabelText(item.seatLabel, t) })}
                      </span>
                    </a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
