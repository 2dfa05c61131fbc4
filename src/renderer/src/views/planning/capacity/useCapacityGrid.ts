import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { CapacityRow, CapacitySettings, CapacityTotals, MonthColumn } from '@shared/contract/planning';
import type { AppError } from '@shared/contract/errors';
import { appErrorOf, channelKey, request, useChannelMutation } from '../../../api/query';
import { useStore } from '../../../store';
import type { CapacityFilter } from '../../../store/planning-slice';
import { useLoad } from '../../costs/common/useCall';

/** Rows fetched per call while the capacity grid scrolls. */
export const CAPACITY_PAGE_SIZE = 200;

/** What the grid knows for one filter: the header data once, the rows page by page. */
export type CapacityState = {
  /** The filter the shown rows belong to: a new one starts the grid again at the top. */
  shownFilter: string;
  months: MonthColumn[];
  settings: CapacitySettings;
  totalRows: number;
  /** How many of the rows are placeholders (planned, not yet named). */
  plannedRows: number;
  totals: CapacityTotals | null;
  /** Page index → rows. */
  pages: Record<number, CapacityRow[]>;
};

export type CapacityGridData = {
  /** Null until the first page of any filter is here (an earlier filter's grid stays shown meanwhile). */
  state: CapacityState | null;
  loading: boolean;
  error: AppError | null;
  pageError: AppError | null;
  /** Asks for one page of rows (fetched once, however often it is asked for). */
  loadPage: (page: number) => void;
};

function gridInput(filter: CapacityFilter, page: number) {
  return { ...filter, offset: page * CAPACITY_PAGE_SIZE, limit: CAPACITY_PAGE_SIZE, withTotals: page === 0 };
}

/** One page of the grid with the filter it was fetched for, cached under `['capacity:grid', input]`. */
function pageQuery(filter: CapacityFilter, page: number, filterKey: string) {
  const input = gridInput(filter, page);
  return {
    queryKey: channelKey('capacity:grid', input),
    queryFn: async () => ({ grid: await request('capacity:grid', input), filterKey }),
  };
}

/**
 * The capacity grid of the current filter as cached queries: the first page (with months, settings and
 * totals) and the pages scrolled to. Refetched when the planning or register data changes.
 */
export function useCapacityGrid(): CapacityGridData {
  const filter = useStore((s) => s.capacityFilter);
  const filterKey = useMemo(() => JSON.stringify(filter), [filter]);
  const first = useQuery({ ...pageQuery(filter, 0, filterKey), placeholderData: keepPreviousData });
  const [wanted, setWanted] = useState<{ filterKey: string; pages: readonly number[] }>({ filterKey, pages: [] });
  const pages = useMemo(() => (wanted.filterKey === filterKey ? wanted.pages : []), [wanted, filterKey]);
  const rest = useQueries({
    queries: pages.map((page) => pageQuery(filter, page, filterKey)),
    combine: (results) => ({ grids: results.map((r) => r.data?.grid), error: results.find((r) => r.error)?.error ?? null }),
  });
  const shown = first.data ?? null;
  const totalRows = shown?.grid.totalRows ?? 0;
  const loadPage = useCallback(
    (page: number) => {
      if (page <= 0 || page * CAPACITY_PAGE_SIZE >= totalRows || shown?.filterKey !== filterKey) return;
      setWanted((before) => {
        const known = before.filterKey === filterKey ? before.pages : [];
        return known.includes(page) ? before : { filterKey, pages: [...known, page] };
      });
    },
    [filterKey, shown?.filterKey, totalRows],
  );
  const state = useMemo((): CapacityState | null => {
    if (!shown) return null;
    const { grid } = shown;
    const byPage: Record<number, CapacityRow[]> = { 0: grid.rows };
    if (shown.filterKey === filterKey) {
      pages.forEach((page, i) => {
        const rows = rest.grids[i]?.rows;
        if (rows) byPage[page] = rows;
      });
    }
    return {
      shownFilter: shown.filterKey,
      months: grid.months,
      settings: grid.settings,
      totalRows: grid.totalRows,
      plannedRows: grid.plannedRows,
      totals: grid.totals,
      pages: byPage,
    };
  }, [shown, filterKey, pages, rest.grids]);
  return { state, loading: first.isFetching, error: appErrorOf(first.error), pageError: appErrorOf(rest.error), loadPage };
}

/** The memberships behind one cell, fetched when a cell is opened (null: no cell open, or it is on its way). */
export function useCapacityCell(cell: { personId: string; month: string } | null) {
  const loaded = useLoad('capacity:cell', cell);
  // the last cell's detail stays cached, but the dialog opens on the cell asked for
  const detail =
    loaded.data && cell && loaded.data.personId === cell.personId && loaded.data.month.month === cell.month ? loaded.data : null;
  return { detail, error: loaded.error };
}

/** Saves the band thresholds; the grid (same domain) is fetched anew. */
export function useSaveCapacitySettings() {
  return useChannelMutation('capacity:settings-update');
}
