import { useTranslation } from 'react-i18next';
import type { YearPlan } from '@shared/contract/planning';
import { hrefFor } from '../../../router';
import { LevelLabel } from '../common/levels';

/** The activity-level changes that take effect in the year, by date: team, from which level to which. */
export function LevelChangesList({ changes }: { changes: YearPlan['teams']['levelChangesInYear'] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <>
      <h4>{t('planning.yearPlanLevelChanges.heading')}</h4>
      <ul className="yp-changes" data-testid="yp-level-changes">
        {changes.map((c) => (
          <li key={`${c.groupId}-${c.date}`}>
            <span className="yp-changes__date">{c.date}</span> <a href={hrefFor('group', c.groupId)}>{c.name}</a>:{' '}
            <LevelLabel level={c.fromLevel} /> → <LevelLabel level={c.toLevel} />
          </li>
        ))}
      </ul>
    </>
  );
}
