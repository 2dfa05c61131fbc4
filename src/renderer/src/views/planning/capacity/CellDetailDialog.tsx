import { useTranslation } from 'react-i18next';
import type { CapacityCellDetail } from '@shared/contract/planning';
import { formatInteger, formatPercentBp } from '../../../format';
import { hrefFor } from '../../../router';
import { useLanguage } from '../../../store/selectors';
import { formatShareBp, monthLabel } from '../common/format';
import { WideDialog } from '../common/WideDialog';
import { BandLabel } from './BandLabel';

/** The memberships behind one cell: how many days of the month each covers and what it adds. */
export function CellDetailDialog({ detail, onClose }: { detail: CapacityCellDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = detail
    ? t('planning.capacity.cell.title', { person: detail.personName, month: monthLabel(detail.month.month, language) })
    : '';
  return (
    <WideDialog open={detail !== null} title={title} onClose={onClose} testId="capacity-cell">
      {detail && (
        <>
          <p className="summary-line" data-testid="capacity-cell-summary">
            {t('planning.capacity.cell.summary', {
              share: formatShareBp(detail.cell.bp),
              days: detail.month.days,
              first: detail.month.firstDay,
              last: detail.month.lastDay,
            })}{' '}
            <BandLabel band={detail.cell.band} />
          </p>
          {detail.memberships.length === 0 ? (
            <p>{t('planning.capacity.cell.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table table--compact">
                <caption className="visually-hidden">{t('planning.capacity.cell.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('planning.capacity.cell.group')}</th>
                    <th scope="col">{t('planning.capacity.cell.role')}</th>
                    <th scope="col">{t('planning.capacity.cell.status')}</th>
                    <th scope="col">{t('planning.capacity.cell.period')}</th>
                    <th scope="col" className="numeric">
                      {t('planning.capacity.cell.allocation')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('planning.capacity.cell.days')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('planning.capacity.cell.share')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {detail.memberships.map((m) => (
                    <tr key={m.membershipId} data-group={m.groupName}>
                      <th scope="row">
                        <a href={hrefFor('group', m.groupId)}>{m.groupName}</a>
                        <span className="cell-sub">{t(`groupType.${m.groupType}`)}</span>
                      </th>
                      <td>{t(`role.${m.role}`)}</td>
                      <td>{t(`membershipStatus.${m.status}`)}</td>
                      <td>{`${m.startDate} – ${m.endDate ?? t('planning.capacity.cell.open')}`}</td>
                      <td className="numeric">{formatPercentBp(m.allocationBp)}</td>
                      <td className="numeric">
                        {t('planning.capacity.cell.daysOf', { days: formatInteger(m.daysCovered), total: detail.month.days })}
                      </td>
                      <td className="numeric">{formatShareBp(m.bp)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={6}>
                      {t('planning.capacity.cell.total')}
                    </th>
                    <td className="numeric">{formatShareBp(detail.cell.bp)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          <p>
            <a href={hrefFor('person', detail.personId)}>{t('planning.capacity.cell.openPerson', { person: detail.personName })}</a>
          </p>
        </>
      )}
    </WideDialog>
  );
}
