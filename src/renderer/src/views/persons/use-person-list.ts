import type { PersonSummary } from '@shared/contract/register';
import { usePagedQuery, type PagedRows } from '../../api/use-paged-query';
import type { PersonQuery } from '../../store/persons-slice';

export const PERSONS_PAGE_SIZE = 100;

/** The person list for the filters, page by page (`persons:search` with limit and offset). */
export function usePersonList(query: PersonQuery): PagedRows<PersonSummary> {
  const base = {
    query: query.query.trim(),
    regionCode: query.regionCode,
    includeEnded: query.includeEnded,
    sort: query.sort,
    descending: query.descending,
  };
  return usePagedQuery({
    channel: 'persons:search',
    filter: JSON.stringify(base),
    pageSize: PERSONS_PAGE_SIZE,
    inputFor: (page) => ({ ...base, limit: PERSONS_PAGE_SIZE, offset: page * PERSONS_PAGE_SIZE }),
    pick: (answer) => answer,
  });
}
