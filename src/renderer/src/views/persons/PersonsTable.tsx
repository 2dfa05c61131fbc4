import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSortKey, PersonSummary } from '@shared/contract/register';
import { SortableHeaderRow, type HeaderColumn } from '../../components/table/SortableHeaderRow';
import { useLookups } from '../../components/useLookups';
import { VirtualTable } from '../../components/VirtualTable';
import { formatInteger, formatPercentBp } from '../../format';
import { hrefFor } from '../../router';
import type { PagedRows } from '../../api/use-paged-query';
import { useStore } from '../../store';

type Props = { list: PagedRows<PersonSummary>; total: number; caption: string };

/** The persons, virtualised: only the rows in view are rendered, their pages fetched as the list scrolls. */
export function PersonsTable({ list, total, caption }: Props) {
  const { t } = useTranslation();
  const { regionName } = useLookups();
  const query = useStore((s) => s.personQuery);
  const setQuery = useStore((s) => s.setPersonQuery);
  const columns = useMemo<HeaderColumn<PersonSortKey>[]>(
    () => [
      { id: 'name', label: t('persons.name'), sortKey: 'name' },
      { id: 'organisation', label: t('persons.organisation'), sortKey: 'organisation' },
      { id: 'profession', label: t('persons.profession'), sortKey: 'profession' },
      { id: 'region', label: t('persons.region'), sortKey: 'region' },
      { id: 'allocation', label: t('persons.allocationNow'), numeric: true },
      { id: 'assignments', label: t('persons.activeAssignments'), numeric: true },
    ],
    [t],
  );
  const renderRow = useCallback(
    (person: PersonSummary) => {
      const none = <span className="muted">{t('common.none')}</span>;
      return (
        <>
          <th scope="row">
            <a href={hrefFor('person', person.id)}>{person.name}</a>
            {person.endedOn && <span className="tag tag--ended">{t('persons.endedOn', { date: person.endedOn })}</span>}
          </th>
          <td>
            {person.organisationName ?? none}
            {person.organisationType && <span className="cell-sub">{t(`organisationType.${person.organisationType}`)}</span>}
          </td>
          <td>{person.profession ?? none}</td>
          <td>{regionName(person.regionCode) ?? none}</td>
          <td className="numeric">{formatPercentBp(person.currentAllocationBp)}</td>
          <td className="numeric">{formatInteger(person.activeMemberships)}</td>
        </>
      );
    },
    [t, regionName],
  );
  return (
    <VirtualTable<PersonSummary>
      caption={caption}
      testId="persons-table"
      className="table--persons"
      columns={6}
      count={total}
      generation={list.shownFilter}
      rowAt={list.rowAt}
      rowKey={(person) => person.id}
      loadingLabel={t('scale.rowLoading')}
      onRange={list.onRange}
      header={
        <SortableHeaderRow<PersonSortKey>
          columns={columns}
          sort={query.sort}
          descending={query.descending}
          onSort={(sort, descending) => setQuery({ sort, descending })}
        />
      }
      renderRow={renderRow}
    />
  );
}
