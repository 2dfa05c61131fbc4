import type { GroupSummary } from '@shared/contract/register';
import { usePagedQuery, type PagedRows } from '../../api/use-paged-query';
import type { GroupFilter } from '../../store/groups-slice';

export const GROUPS_PAGE_SIZE = 100;

/** The group list for the filter, page by page (`groups:search` with limit and offset). */
export function useGroupList(filter: GroupFilter): PagedRows<GroupSummary> {
  const base = { type: filter.type, level: filter.level, query: filter.query.trim(), sort: filter.sort, descending: filter.descending };
  return usePagedQuery({
    channel: 'groups:search',
    filter: JSON.stringify(base),
    pageSize: GROUPS_PAGE_SIZE,
    inputFor: (page) => ({ ...base, limit: GROUPS_PAGE_SIZE, offset: page * GROUPS_PAGE_SIZE }),
    pick: (answer) => answer,
  });
}
