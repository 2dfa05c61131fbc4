import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '@shared/contract/register';
import { healthcareRegionRank, seatLabelText } from '../../components/hr-names';
import { hrefFor } from '../../router';
import { startHref } from '../nominations/nomination-words';

type Props = { seats: GroupDetail['seats']; groupId?: string; onAdd?: ((seatId: string) => void) | undefined };

/** A seat whose holders' terms all end: the one-click start of a nomination is offered. */
function termEnds(seat: GroupDetail['seats'][number]): boolean {
  return seat.holders.length > 0 && seat.holders.every((h) => h.endDate !== null);
}

const LEADING = new Set(['CHAIR', 'VICE_CHAIR', 'PROCESS_LEADER']);

/** Every seat with its current and planned holders; an empty seat says so in words. */
export function SeatsTable({ seats, groupId, onAdd }: Props) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact" data-testid="seats-table">
      <caption className="visually-hidden">{t('group.seatsCaption', { count: seats.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('group.seat')}</th>
          <th scope="col">{t('group.holders')}</th>
          {onAdd && <th scope="col">{t('assignments.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {[...seats]
          .sort(
            (a, b) => healthcareRegionRank(a.healthcareRegionCode) - healthcareRegionRank(b.healthcareRegionCode) || a.ordinal - b.ordinal,
          )
          .map((seat) => (
            <tr key={seat.id} data-seat={seat.label}>
              <th scope="row">{seatLabelText(seat.label, t)}</th>
              <td>
                {seat.holders.length === 0 && seat.noData ? (
                  <span className="seat-no-data" data-testid="seat-no-data">
                    <span aria-hidden="true">– </span>
                    {t('group.seatNoData')}
                  </span>
                ) : seat.holders.length === 0 ? (
                  <span className="seat-vacant">
                    <span aria-hidden="true">○ </span>
                    {t('group.vacant')}
                  </span>
                ) : (
                  <ul className="plain-list">
                    {seat.holders.map((h) => (
                      <li key={h.id}>
                        <a href={hrefFor('person', h.personId)}>{h.personName}</a>{' '}
                        <span className={LEADING.has(h.role) ? 'tag tag--leader' : 'muted'}>{t(`role.${h.role}`)}</span>{' '}
                        <span className="muted">
                          {h.startDate} – {h.endDate ?? t('assignments.openEnded')}
                          {h.phase === 'PLANNED' && ` · ${t('phase.PLANNED')}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              {onAdd && (
                <td>
                  <button type="button" className="button button--small" onClick={() => onAdd(seat.id)}>
                    {t('group.addToSeat')}
                    <span className="visually-hidden"> {t('group.seatContext', { seat: seatLabelText(seat.label, t) })}</span>
                  </button>
                  {groupId && termEnds(seat) && (
                    <a className="button button--small" href={startHref(groupId, seat.id)} data-testid="start-nomination">
                      {t('nominations.start')}
                      <span className="visually-hidden"> {t('group.seatContext', { seat: seatLabelText(seat.label, t) })}</span>
                    </a>
                  )}
                </td>
              )}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
