import { useTranslation } from 'react-i18next';
import type { NationalGroupView } from '@shared/contract/reference';
import { formatInteger } from '../../format';

type Props = { groups: NationalGroupView[]; healthcareRegionNames: ReadonlyMap<string, string> };

type HostingKey = 'ACTIVE' | 'DORMANT' | 'UNKNOWN';

function HostingStatus({ status }: { status: NationalGroupView['hostingStatus'] }) {
  const { t } = useTranslation();
  const key: HostingKey = status ?? 'UNKNOWN';
  return <span className={`status status--${key.toLowerCase()}`}>{t(`hosting.${key}`)}</span>;
}

export function NationalGroupsTable({ groups, healthcareRegionNames }: Props) {
  const { t } = useTranslation();
  return (
    <table className="table table--groups" data-testid="national-groups">
      <caption>{t('reference.groupsCaption', { count: groups.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-name">
            {t('reference.groupName')}
          </th>
          <th scope="col" className="col-type">
            {t('reference.groupType')}
          </th>
          <th scope="col" className="col-host">
            {t('reference.host')}
          </th>
          <th scope="col" className="col-status">
            {t('reference.hostingStatus')}
          </th>
          <th scope="col" className="numeric col-seats">
            {t('reference.seatsPerHealthcareRegion')}
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => {
          const host = group.hostHealthcareRegionCode;
          return (
            <tr key={group.id}>
              <th scope="row">{group.name}</th>
              <td>{t(`groupType.${group.type}`)}</td>
              <td>
                {host ? (
                  (healthcareRegionNames.get(host) ?? host)
                ) : (
                  <span className="muted">
                    <span aria-hidden="true">{t('reference.missing')}</span>
                    <span className="visually-hidden">{t('reference.missingLabel')}</span>
                  </span>
                )}
              </td>
              <td>
                <HostingStatus status={group.hostingStatus} />
              </td>
              <td className="numeric">{formatInteger(group.seatsPerHealthcareRegion)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
