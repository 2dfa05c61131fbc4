import { useTranslation } from 'react-i18next';
import type { CapacityPlaceholder } from '@shared/contract/planning';
import { seatLabelText } from '../../../components/hr-names';
import { hrefFor } from '../../../router';

/** The row header of a placeholder row: what is planned ("Vakant plats – planerad"), for which group and seat or role. */
export function PlaceholderHeader({ placeholder }: { placeholder: CapacityPlaceholder }) {
  const { t } = useTranslation();
  const what =
    placeholder.kind === 'SEAT' && placeholder.seatLabel !== null ? seatLabelText(placeholder.seatLabel, t) : t(`role.${placeholder.role}`);
  return (
    <th scope="row" className="capacity-table__person capacity-table__person--planned">
      <a href={hrefFor('group', placeholder.groupId)} tabIndex={-1}>
        {placeholder.groupName}
      </a>
      <span className="cell-sub">
        <span className="tag tag--planned">{t(`planning.capacity.heat.placeholder.${placeholder.kind}`)}</span> {what}
      </span>
    </th>
  );
}
