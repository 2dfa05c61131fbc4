import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '@shared/contract/register';
import { useLookups } from '../../components/useLookups';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';

/** Groups with type, level, parent, owner or host, seats filled and active members. */
export function GroupsTable({ groups }: { groups: GroupSummary[] }) {
  const { t } = useTranslation();
  const { healthcareRegionName, ownerName } = useLookups();
  return (
    <table className="table table--compact" data-testid="groups-table">
      <caption className="visually-hidden">{t('groups.caption', { count: groups.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('groups.name')}</th>
          <th scope="col">{t('groups.type')}</th>
          <th scope="col">{t('groups.level')}</th>
          <th scope="col">{t('groups.parent')}</th>
          <th scope="col">{t('groups.ownerOrHost')}</th>
          <th scope="col" className="numeric">{t('groups.seatsFilled')}</th>
          <th scope="col" className="numeric">{t('groups.activeMembers')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.id}>
            <th scope="row"><a href={hrefFor('group', g.id)}>{g.name}</a></th>
            <td>{t(`groupType.${g.type}`)}</td>
            <td>{t(`groupLevel.${g.level}`)}</td>
            <td>{g.parentGroupId ? <a href={hrefFor('group', g.parentGroupId)}>{g.parentGroupName}</a> : <span className="muted">{t('common.none')}</span>}</td>
            <td>
              {g.level === 'NATIONAL'
                ? t('groups.host', { host: healthcareRegionName(g.hostHealthcareRegionCode) ?? t('common.none') })
                : (ownerName(g.owner) ?? g.owner)}
            </td>
            <td className="numeric">{g.seatCount === 0 ? '–' : t('groups.filledOf', { filled: g.filledSeats, total: g.seatCount })}</td>
            <td className="numeric">{formatInteger(g.activeMembers)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
