import { useMemo, useState } from 'react';
import { sortRows, type SortValue } from './compare';

export type ClientSort<T, K extends string> = {
  rows: T[];
  sort: K | null;
  descending: boolean;
  onSort: (sort: K, descending: boolean) => void;
};

/**
 * A list held in the page, sorted by the column the user chose (through SortableHeaderRow): the rows
 * as given until a header is chosen, then by that column's value (Swedish collation for text).
 */
export function useClientSort<T, K extends string>(
  rows: readonly T[],
  values: Record<K, (row: T) => SortValue>,
  initial: { sort: K | null; descending?: boolean } = { sort: null },
): ClientSort<T, K> {
  const [state, setState] = useState<{ sort: K | null; descending: boolean }>({
    sort: initial.sort,
    descending: initial.descending ?? false,
  });
  const value = state.sort === null ? null : values[state.sort];
  const sorted = useMemo(() => (value ? sortRows(rows, value, state.descending) : [...rows]), [rows, value, state.descending]);
  return {
    rows: sorted,
    sort: state.sort,
    descending: state.descending,
    onSort: (sort, descending) => setState({ sort, descending }),
  };
}
