import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { appErrorOf, channelKey, request } from './query';
import type { AppError } from '@shared/contract/errors';

/** One page of a long list as the channel answers it. */
export type PageAnswer<T> = { total: number; rows: readonly T[] };

/** A page with the filter it was fetched for, so an earlier filter's page shown meanwhile is recognised. */
type KeyedPage<T> = PageAnswer<T> & { filter: string };

/** A long list fetched page by page as it scrolls: one query per filter and page. */
export type PagedRows<T> = {
  /** Null until the first page of any filter is here. */
  total: number | null;
  /** The filter the shown rows belong to: changes when the rows are replaced (the list scrolls to the top). */
  shownFilter: string;
  rowAt: (index: number) => T | null;
  /** Asks for the pages that hold rows first..last. */
  onRange: (first: number, last: number) => void;
  /** The first page is on its way (the earlier filter's rows stay shown meanwhile). */
  loading: boolean;
  error: AppError | null;
  pageError: AppError | null;
};

type Options<C extends Channel, T> = {
  channel: C;
  /** The filters (not the page): a different value starts the list again. */
  filter: string;
  pageSize: number;
  inputFor: (page: number) => ChannelInput<C>;
  pick: (output: ChannelOutput<C>) => PageAnswer<T>;
};

/**
 * The pages of a virtualised list, each a cached query keyed by channel and input (filters + offset).
 * Query drops answers for an earlier filter and fetches a page once however often it is asked for.
 */
export function usePagedQuery<C extends Channel, T>({ channel, filter, pageSize, inputFor, pick }: Options<C, T>): PagedRows<T> {
  const pageQuery = (page: number) => ({
    queryKey: channelKey(channel, inputFor(page)),
    queryFn: async (): Promise<KeyedPage<T>> => ({ ...pick(await request(channel, inputFor(page))), filter }),
  });
  const first = useQuery({ ...pageQuery(0), placeholderData: keepPreviousData });
  const [wanted, setWanted] = useState<{ filter: string; pages: readonly number[] }>({ filter, pages: [] });
  const pages = useMemo(() => (wanted.filter === filter ? wanted.pages : []), [wanted, filter]);
  const rest = useQueries({
    queries: pages.map(pageQuery),
    combine: (results) => ({ rows: results.map((r) => r.data?.rows), error: results.find((r) => r.error)?.error ?? null }),
  });

  const current = first.data?.filter === filter ? first.data : null;
  const total = first.data?.total ?? null;
  const onRange = useCallback(
    (from: number, to: number) => {
      if (!current) return;
      const needed: number[] = [];
      for (let page = Math.max(1, Math.floor(from / pageSize)); page <= Math.floor(to / pageSize); page += 1) {
        if (page * pageSize < current.total) needed.push(page);
      }
      setWanted((before) => {
        const known = before.filter === filter ? before.pages : [];
        const added = needed.filter((page) => !known.includes(page));
        return added.length === 0 && before.filter === filter ? before : { filter, pages: [...known, ...added] };
      });
    },
    [current, filter, pageSize],
  );
  const byPage = useMemo(() => {
    const map = new Map<number, readonly T[]>();
    pages.forEach((page, i) => {
      const rows = rest.rows[i];
      if (rows) map.set(page, rows);
    });
    return map;
  }, [pages, rest.rows]);
  const rowAt = useCallback(
    (index: number): T | null => {
      const shown = first.data;
      if (!shown) return null;
      const page = Math.floor(index / pageSize);
      if (page === 0) return shown.rows[index] ?? null;
      return shown.filter === filter ? (byPage.get(page)?.[index % pageSize] ?? null) : null;
    },
    [first.data, byPage, filter, pageSize],
  );
  return {
    total,
    shownFilter: first.data?.filter ?? filter,
    rowAt,
    onRange,
    loading: first.isFetching,
    error: appErrorOf(first.error),
    pageError: appErrorOf(rest.error),
  };
}
