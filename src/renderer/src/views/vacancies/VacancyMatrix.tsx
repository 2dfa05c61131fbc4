import { useTranslation } from 'react-i18next';
import type { VacancyCell, VacancyView } from '@shared/contract/register-insights';
import { shortHealthcareRegionName } from '../../components/hr-names';
import { hrefFor } from '../../router';
import { SeatStatusLabel } from './SeatStatusLabel';

function Cell({ cell }: { cell: VacancyCell }) {
  const { t } = useTranslation();
  return (
    <td className={`matrix__cell matrix__cell--${cell.status.toLowerCase()}`} data-hr={cell.healthcareRegionCode} data-status={cell.status}>
      <SeatStatusLabel status={cell.status} brief />
      {cell.holders.map((h) => (
        <span key={h.membershipId} className="matrix__holder">
          <a href={hrefFor('person', h.personId)}>{h.personName}</a>
          {h.endDate && <span className="matrix__until">{t('vacancies.until', { date: h.endDate })}</span>}
        </span>
      ))}
      {cell.upcoming.map((h) => (
        <span key={h.membershipId} className="matrix__holder matrix__holder--upcoming">
          {t('vacancies.upcoming', { name: h.personName, date: h.startDate })}
        </span>
      ))}
      {cell.seatCount > 1 && cell.vacantSeats > 0 && (
        <span className="matrix__until">{t('vacancies.vacantOf', { vacant: cell.vacantSeats, total: cell.seatCount })}</span>
      )}
    </td>
  );
}

/** National groups × healthcare regions; the own healthcare region's column is marked. */
export function VacancyMatrix({ view }: { view: VacancyView }) {
  const { t } = useTranslation();
  const shownCodes = new Set(view.rows.flatMap((r) => r.cells.map((c) => c.healthcareRegionCode)));
  const columns = view.healthcareRegions.filter((hr) => shownCodes.has(hr.code));
  const rows = view.rows.filter((r) => r.cells.length > 0);
  if (rows.length === 0) return <p data-testid="matrix-empty">{t('vacancies.noRows')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="matrix-heading" tabIndex={0}>
      <table className="table table--compact matrix" data-testid="vacancy-matrix">
        <caption className="visually-hidden">{t('vacancies.matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__group-col">
              {t('vacancies.group')}
            </th>
            {columns.map((hr) => (
              <th key={hr.code} scope="col" className={view.ownHealthcareRegionCodes.includes(hr.code) ? 'matrix__own' : undefined}>
                {shortHealthcareRegionName(hr.code, hr.name, t)}
                {view.ownHealthcareRegionCodes.includes(hr.code) && <span className="cell-sub">{t('vacancies.own')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.groupId} data-group={row.groupName}>
              <th scope="row">
                <a href={hrefFor('group', row.groupId)}>{row.groupName}</a>
                <span className="cell-sub">{t(`groupType.${row.groupType}`)}</span>
              </th>
              {columns.map((hr) => {
                const cell = row.cells.find((c) => c.healthcareRegionCode === hr.code);
                return cell ? (
                  <Cell key={hr.code} cell={cell} />
                ) : (
                  <td key={hr.code} className="matrix__cell matrix__cell--hidden">
                    <span className="visually-hidden">{t('vacancies.filteredOut')}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
