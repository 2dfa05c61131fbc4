import { useTranslation } from 'react-i18next';
import type { MembershipView } from '@shared/contract/register';
import { useWrite } from '../../api/use-write';
import { Dialog } from '../Dialog';
import { ErrorAlert } from '../ErrorAlert';

type Props = { membership: MembershipView | null; onClose: (removed?: MembershipView) => void };

/**
 * Removes an assignment entered by mistake, after a confirmation that says what this is (a correction
 * that travels to other regions) and what it is not (an erasure of personal data, or an ending).
 */
export function DeleteMembershipDialog({ membership, onClose }: Props) {
  const { t } = useTranslation();
  const { run: deleteMembership, saving: busy, error, clearError } = useWrite('memberships:delete');
  const close = (removed?: MembershipView) => {
    clearError();
    onClose(removed);
  };
  const confirm = () => {
    if (!membership) return;
    void deleteMembership({ id: membership.id, version: membership.version }).then((removed) => {
      if (removed) close(membership);
    });
  };
  return (
    <Dialog open={membership !== null} title={t('corrections.removeTitle')} onClose={() => close()}>
      {membership && (
        <div className="stack" data-testid="remove-membership">
          <p>
            {t('corrections.removeExplain', {
              person: membership.personName,
              role: t(`role.${membership.role}`),
              group: membership.groupName,
              period: `${membership.startDate} – ${membership.endDate ?? t('assignments.openEnded')}`,
            })}
          </p>
          <p>{t('corrections.removeNotErasure')}</p>
          {error && <ErrorAlert heading={t('corrections.removeFailed')} error={error} headingLevel={3} />}
          <div className="actions">
            <button type="button" className="button button--danger" onClick={confirm} disabled={busy}>
              {t('corrections.removeConfirm')}
            </button>
            <button type="button" className="button" onClick={() => close()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
