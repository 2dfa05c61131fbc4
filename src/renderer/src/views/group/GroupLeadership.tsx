import { useTranslation } from 'react-i18next';
import type { MembershipView } from '@shared/contract/register';
import { hrefFor } from '../../router';

function Leader({ label, membership, testId }: { label: string; membership: MembershipView | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className={membership ? 'leader' : 'leader leader--missing'} data-testid={testId}>
      <p className="leader__role">{label}</p>
      {membership ? (
        <>
          <p className="leader__name">
            <a href={hrefFor('person', membership.personId)}>{membership.personName}</a>
          </p>
          <p className="leader__period">
            {t('group.since', { start: membership.startDate, end: membership.endDate ?? t('assignments.openEnded') })}
          </p>
        </>
      ) : (
        <p className="leader__name">
          <span aria-hidden="true">⚠ </span>
          {t('group.missingLeader')}
        </p>
      )}
    </div>
  );
}

/** The chair and the process leader, highlighted; a missing one is said in words. */
export function GroupLeadership({ chair, processLeader }: { chair: MembershipView | null; processLeader: MembershipView | null }) {
  const { t } = useTranslation();
  return (
    <section className="leadership" aria-label={t('group.leadershipLabel')}>
      <Leader label={t('role.CHAIR')} membership={chair} testId="group-chair" />
      <Leader label={t('role.PROCESS_LEADER')} membership={processLeader} testId="group-process-leader" />
    </section>
  );
}
