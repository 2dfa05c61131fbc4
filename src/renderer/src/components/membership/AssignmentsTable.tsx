import { useTranslation } from 'react-i18next';
import type { MembershipView } from '@shared/contract/register';
import { formatPercentBp } from '../../format';
import { seatLabelText } from '../hr-names';
import { useLookups } from '../useLookups';
import { hrefFor } from '../../router';

type Props = {
  memberships: MembershipView[];
  caption: string;
  /** Shows an "end" button on the assignments this installation may change. */
  onEnd?: ((membership: MembershipView) => void) | undefined;
  /** Shows "Ändra" on the assignments this installation may change. */
  onEdit?: ((membership: MembershipView) => void) | undefined;
  /** Shows "Ta bort" (entered by mistake) on the assignments this installation may change. */
  onDelete?: ((membership: MembershipView) => void) | undefined;
  /** Which column names the other party: the group (person page) or the person (group page). */
  show: 'group' | 'person';
  testId?: string;
};

/** Assignments with role, seat, period, allocation and status; read-only ones say who owns them. */
export function AssignmentsTable({ memberships, caption, onEnd, onEdit, onDelete, show, testId }: Props) {
  const { t } = useTranslation();
  const { ownerName } = useLookups();
  const withActions = onEnd !== undefined || onEdit !== undefined || onDelete !== undefined;
  return (
    <table className="table table--compact" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{show === 'group' ? t('assignments.group') : t('assignments.person')}</th>
          <th scope="col">{t('assignments.role')}</th>
          <th scope="col">{t('assignments.seat')}</th>
          <th scope="col">{t('assignments.period')}</th>
          <th scope="col" className="numeric">
            {t('assignments.allocation')}
          </th>
          <th scope="col">{t('assignments.status')}</th>
          {withActions && <th scope="col">{t('assignments.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {memberships.map((m) => {
          const endable = !m.readOnly && m.status !== 'ENDED' && m.phase !== 'PAST';
          // ended with a last day still ahead: it runs until then
          const endsLater = m.status === 'ENDED' && m.endDate !== null && m.phase !== 'PAST';
          const context = { role: t(`role.${m.role}`), group: m.groupName, person: m.personName };
          return (
            <tr key={m.id} data-membership={m.id}>
              <th scope="row" tabIndex={-1}>
                {show === 'group' ? (
                  <a href={hrefFor('group', m.groupId)}>{m.groupName}</a>
                ) : (
                  <a href={hrefFor('person', m.personId)}>{m.personName}</a>
                )}
                {show === 'group' && <span className="cell-sub">{t(`groupType.${m.groupType}`)}</span>}
              </th>
              <td>{t(`role.${m.role}`)}</td>
              <td>{m.seatLabel ? seatLabelText(m.seatLabel, t) : <span className="muted">{t('assignments.noSeat')}</span>}</td>
              <td className="nowrap">
                {m.startDate} – {m.endDate ?? t('assignments.openEnded')}
              </td>
              <td className="numeric">{formatPercentBp(m.allocationBp)}</td>
              <td>
                {endsLater ? (
                  <span className="status status--decided nowrap">{t('corrections.endsOn', { date: m.endDate })}</span>
                ) : (
                  <span className={`status status--${m.status.toLowerCase()}`}>{t(`membershipStatus.${m.status}`)}</span>
                )}
                {m.readOnly && <span className="cell-sub">{t('assignments.ownedBy', { owner: ownerName(m.owner) ?? m.owner })}</span>}
              </td>
              {withActions && (
                <td>
                  <div className="row-actions">
                    {onEdit && !m.readOnly && (
                      <button type="button" className="button button--small" onClick={() => onEdit(m)}>
                        {t('corrections.edit')}
                        <span className="visually-hidden"> {t('corrections.editContext', context)}</span>
                      </button>
                    )}
                    {onEnd && endable && (
                      <button type="button" className="button button--small" onClick={() => onEnd(m)}>
                        {t('assignments.end')}
                        <span className="visually-hidden"> {t('assignments.endContext', context)}</span>
                      </button>
                    )}
                    {onDelete && !m.readOnly && (
                      <button type="button" className="button button--small button--danger" onClick={() => onDelete(m)}>
                        {t('corrections.remove')}
                        <span className="visually-hidden"> {t('corrections.removeContext', context)}</span>
                      </button>
                    )}
                  </div>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
