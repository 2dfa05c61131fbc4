import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '@shared/contract/nominations';
import { seatLabelText } from '../../components/hr-names';
import { SortableHeaderRow, type HeaderColumn } from '../../components/table/SortableHeaderRow';
import { useClientSort } from '../../components/table/useClientSort';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';
import { daysText, requesterText } from './nomination-words';

type SortKey = 'group' | 'seat' | 'requester' | 'due' | 'candidates' | 'status';

export function RequestStatus({ request }: { request: Pick<RequestSummary, 'status' | 'daysToDue'> }) {
  const { t } = useTranslation();
  const overdue = request.status === 'OPEN' && request.daysToDue < 0;
  const tone = request.status === 'OPEN' ? (overdue ? 'overdue' : 'open') : request.status.toLowerCase();
  return (
    <span className={`request-status request-status--${tone}`}>
      <span aria-hidden="true">{request.status === 'OPEN' ? (overdue ? '! ' : '○ ') : request.status === 'CLOSED' ? '✓ ' : '– '}</span>
      {overdue ? t('nominations.status.OVERDUE') : t(`nominations.status.${request.status}`)}
    </span>
  );
}

/** The nomination requests as a dense table; every column sorts (the due date first by default). */
export function RequestsTable({ rows }: { rows: readonly RequestSummary[] }) {
  const { t } = useTranslation();
  const values = useMemo(
    () => ({
      group: (r: RequestSummary) => r.groupName,
      seat: (r: RequestSummary) => (r.seatLabel ? seatLabelText(r.seatLabel, t) : null),
      requester: (r: RequestSummary) => requesterText(r, t),
      due: (r: RequestSummary) => r.dueDate,
      candidates: (r: RequestSummary) => r.candidateCount,
      status: (r: RequestSummary) => t(`nominations.status.${r.status}`),
    }),
    [t],
  );
  const sorted = useClientSort<RequestSummary, SortKey>(rows, values, { sort: 'due' });
  const columns = useMemo<HeaderColumn<SortKey>[]>(
    () => [
      { id: 'group', label: t('nominations.list.group'), sortKey: 'group' },
      { id: 'seat', label: t('nominations.list.seat'), sortKey: 'seat' },
      { id: 'requester', label: t('nominations.list.requester'), sortKey: 'requester' },
      { id: 'due', label: t('nominations.list.due'), sortKey: 'due' },
      { id: 'candidates', label: t('nominations.list.candidates'), sortKey: 'candidates', numeric: true },
      { id: 'status', label: t('nominations.list.status'), sortKey: 'status' },
    ],
    [t],
  );
  return (
    <div className="dense-scroll" role="region" aria-label={t('nominations.list.heading')} tabIndex={0}>
      <table className="table table--compact table--dense" data-testid="requests-table">
        <caption className="visually-hidden">{t('nominations.list.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <SortableHeaderRow<SortKey> columns={columns} sort={sorted.sort} descending={sorted.descending} onSort={sorted.onSort} />
          </tr>
        </thead>
        <tbody>
          {sorted.rows.map((r) => (
            <tr key={r.id} data-request={r.id}>
              <th scope="row">
                <a href={hrefFor('nomination', r.id)}>{r.groupName}</a>
                <span className="cell-sub">{t(`groupType.${r.groupType}`)}</span>
              </th>
              <td>{r.seatLabel ? seatLabelText(r.seatLabel, t) : <span className="muted">{t('nominations.list.wholeGroup')}</span>}</td>
              <td>{requesterText(r, t)}</td>
              <td className="nowrap">
                {r.dueDate}
                {r.status === 'OPEN' && <span className="cell-sub">{daysText(r.daysToDue, t)}</span>}
              </td>
              <td className="numeric nowrap">
                {t('nominations.list.decidedOf', { decided: formatInteger(r.decidedCount), total: formatInteger(r.candidateCount) })}
              </td>
              <td>
                <RequestStatus request={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
