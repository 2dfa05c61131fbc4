import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '@shared/contract/register';
import { useLookups } from '../../components/useLookups';
import { hrefFor } from '../../router';
import { RemoveGroup } from './RemoveGroup';

type Props = { detail: GroupDetail; onEdit: () => void };

/** Where focus returns after the group was edited in place. */
export const GROUP_EDIT_BUTTON = 'group-edit-button';

/** Type, level, place in the hierarchy, owner and hosting, with "edit" for the owner. */
export function GroupDetailsPanel({ detail, onEdit }: Props) {
  const { t } = useTranslation();
  const { regionName, healthcareRegionName, ownerName } = useLookups();
  const g = detail.group;
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <section className="panel" aria-labelledby="group-details-heading">
      <h2 id="group-details-heading">{t('group.detailsHeading')}</h2>
      <dl className="details">
        <dt>{t('groupForm.type')}</dt>
        <dd>{t(`groupType.${g.type}`)}</dd>
        <dt>{t('groupForm.level')}</dt>
        <dd>{t(`groupLevel.${g.level}`)}</dd>
        <dt>{t('groupForm.parentGroupId')}</dt>
        <dd>{g.parentGroupId ? <a href={hrefFor('group', g.parentGroupId)}>{g.parentGroupName}</a> : none}</dd>
        <dt>{t('group.owner')}</dt>
        <dd>{ownerName(g.owner) ?? g.owner}</dd>
        {g.regionCode && (
          <>
            <dt>{t('groupForm.regionCode')}</dt>
            <dd>{regionName(g.regionCode)}</dd>
          </>
        )}
        {g.healthcareRegionCode && (
          <>
            <dt>{t('groupForm.healthcareRegionCode')}</dt>
            <dd>{healthcareRegionName(g.healthcareRegionCode)}</dd>
          </>
        )}
        {g.level === 'NATIONAL' && (
          <>
            <dt>{t('groupForm.hostHealthcareRegionCode')}</dt>
            <dd>
              {healthcareRegionName(g.hostHealthcareRegionCode) ?? none}
              {g.hostingStatus && (
                <span className={`status status--${g.hostingStatus.toLowerCase()} status--inline`}>{t(`hosting.${g.hostingStatus}`)}</span>
              )}
            </dd>
          </>
        )}
        <dt>{t('group.seats')}</dt>
        <dd>{g.seatCount === 0 ? t('group.noSeats') : t('groups.filledOf', { filled: g.filledSeats, total: g.seatCount })}</dd>
        <dt>{t('groupForm.description')}</dt>
        <dd className="pre-line">{g.description ?? none}</dd>
      </dl>
      {!g.readOnly && (
        <div className="actions">
          <button type="button" className="button" id={GROUP_EDIT_BUTTON} onClick={onEdit}>
            {t('group.edit')}
          </button>
          <RemoveGroup detail={detail} />
        </div>
      )}
    </section>
  );
}
