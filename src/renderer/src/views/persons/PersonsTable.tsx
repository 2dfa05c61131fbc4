import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@shared/contract/register';
import { useLookups } from '../../components/useLookups';
import { formatInteger, formatPercentBp } from '../../format';
import { hrefFor } from '../../router';

type Props = { rows: PersonSummary[]; caption: string };

/** One page of persons; the name links to the person page. */
export function PersonsTable({ rows, caption }: Props) {
  const { t } = useTranslation();
  const { regionName } = useLookups();
  return (
    <table className="table table--compact table--persons" data-testid="persons-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('persons.name')}</th>
          <th scope="col">{t('persons.organisation')}</th>
          <th scope="col">{t('persons.profession')}</th>
          <th scope="col">{t('persons.region')}</th>
          <th scope="col" className="numeric">
            {t('persons.allocationNow')}
          </th>
          <th scope="col" className="numeric">
            {t('persons.activeAssignments')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((person) => (
          <tr key={person.id}>
            <th scope="row">
              <a href={hrefFor('person', person.id)}>{person.name}</a>
              {person.endedOn && <span className="tag tag--ended">{t('persons.endedOn', { date: person.endedOn })}</span>}
            </th>
            <td>
              {person.organisationName ?? <span className="muted">{t('common.none')}</span>}
              {person.organisationType && <span className="cell-sub">{t(`organisationType.${person.organisationType}`)}</span>}
            </td>
            <td>{person.profession ?? <span className="muted">{t('common.none')}</span>}</td>
            <td>{regionName(person.regionCode) ?? <span className="muted">{t('common.none')}</span>}</td>
            <td className="numeric">{formatPercentBp(person.currentAllocationBp)}</td>
            <td className="numeric">{formatInteger(person.activeMemberships)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
