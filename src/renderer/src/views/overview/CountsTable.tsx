import { useTranslation } from 'react-i18next';
import type { Counts } from '@shared/contract/app';
import { formatInteger } from '../../format';

/** Reference data first, then the region's own records. */
export const COUNT_ORDER = [
  'healthcareRegions',
  'regions',
  'nationalGroups',
  'seats',
  'carePathways',
  'groups',
  'organisations',
  'persons',
  'memberships',
  'activityLevelChanges',
] as const satisfies readonly (keyof Counts)[];

type Props = { counts: Counts };

export function CountsTable({ counts }: Props) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact" data-testid="counts-table">
      <caption className="visually-hidden">{t('overview.countsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.countsKind')}</th>
          <th scope="col" className="numeric">
            {t('overview.countsNumber')}
          </th>
        </tr>
      </thead>
      <tbody>
        {COUNT_ORDER.map((key) => (
          <tr key={key} data-count={key}>
            <th scope="row">{t(`counts.${key}`)}</th>
            <td className="numeric">{formatInteger(counts[key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
