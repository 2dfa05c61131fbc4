import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSortKey, GroupSummary } from '@shared/contract/register';
import { SortableHeaderRow, type HeaderColumn } from '../../components/table/SortableHeaderRow';
import { useLookups } from '../../components/useLookups';
import { VirtualTable } from '../../components/VirtualTable';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';
import type { PagedRows } from '../../api/use-paged-query';
import { useStore } from '../../store';

/** Groups with type, level, parent, owner or host, seats filled and active members; virtualised. */
export function GroupsTable({ list, total }: { list: PagedRows<GroupSummary>; total: number }) {
  const { t } = useTranslation();
  const { healthcareRegionName, ownerName } = useLookups();
  const filter = useStore((s) => s.groupFilter);
  const setFilter = useStore((s) => s.setGroupFilter);
  const columns = useMemo<HeaderColumn<GroupSortKey>[]>(
    () => [
      { id: 'name', label: t('groups.name'), sortKey: 'name', className: 'col-name' },
      { id: 'type', label: t('groups.type'), sortKey: 'type', className: 'col-type' },
      { id: 'level', label: t('groups.level'), sortKey: 'level', className: 'col-level' },
      { id: 'parent', label: t('groups.parent'), className: 'col-parent' },
      { id: 'host', label: t('groups.ownerOrHost'), className: 'col-host' },
      { id: 'seats', label: t('groups.seatsFilled'), numeric: true, className: 'col-seats' },
      { id: 'members', label: t('groups.activeMembers'), numeric: true, className: 'col-members' },
    ],
    [t],
  );
  const renderRow = useCallback(
    (g: GroupSummary) => (
      <>
        <th scope="row">
          <a href={hrefFor('group', g.id)}>{g.name}</a>
        </th>
        <td>{t(`groupType.${g.type}`)}</td>
        <td>{t(`groupLevel.${g.level}`)}</td>
        <td>
          {g.parentGroupId ? (
            <a href={hrefFor('group', g.parentGroupId)}>{g.parentGroupName}</a>
          ) : (
            <span className="muted">{t('common.none')}</span>
          )}
        </td>
        <td>
          {g.level === 'NATIONAL'
            ? t('groups.host', { host: healthcareRegionName(g.hostHealthcareRegionCode) ?? t('common.none') })
            : (ownerName(g.owner) ?? g.owner)}
        </td>
        <td className="numeric">{g.seatCount === 0 ? '–' : t('groups.filledOf', { filled: g.filledSeats, total: g.seatCount })}</td>
        <td className="numeric">{formatInteger(g.activeMembers)}</td>
      </>
    ),
    [t, healthcareRegionName, ownerName],
  );
  return (
    <VirtualTable<GroupSummary>
      caption={t('groups.caption', { count: list.total })}
      testId="groups-table"
      className="table--group-list"
      columns={7}
      count={total}
      generation={list.shownFilter}
      rowAt={list.rowAt}
      rowKey={(g) => g.id}
      loadingLabel={t('scale.rowLoading')}
      onRange={list.onRange}
      header={
        <SortableHeaderRow<GroupSortKey>
          columns={columns}
          sort={filter.sort}
          descending={filter.descending}
          onSort={(sort, descending) => setFilter({ sort, descending })}
        />
      }
      renderRow={renderRow}
    />
  );
}
