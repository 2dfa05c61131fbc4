import { useTranslation } from 'react-i18next';
import type { VacancyView } from '@shared/contract/register-insights';
import { formatInteger } from '../../format';
import { seatLabelText } from '../../components/hr-names';
import { hrefFor } from '../../router';
import { SeatStatusLabel } from './SeatStatusLabel';

/** The own healthcare region's seats to fill, most urgent first. */
export function TodoList({ view }: { view: VacancyView }) {
  const { t } = useTranslation();
  if (view.ownHealthcareRegionCodes.length === 0) return <p className="muted">{t('vacancies.noOwnRegion')}</p>;
  if (view.todo.length === 0) return <p data-testid="todo-empty">{t('vacancies.todoEmpty')}</p>;
  return (
    <table className="table table--compact" data-testid="todo-list">
      <caption className="visually-hidden">{t('vacancies.todoCaption', { count: view.todo.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('vacancies.group')}</th>
          <th scope="col">{t('vacancies.seat')}</th>
          <th scope="col">{t('vacancies.status')}</th>
          <th scope="col">{t('vacancies.when')}</th>
          <th scope="col">{t('vacancies.holder')}</th>
          <th scope="col">{t('vacancies.next')}</th>
        </tr>
      </thead>
      <tbody>
        {view.todo.map((item) => (
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
