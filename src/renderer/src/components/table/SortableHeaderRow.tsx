import { useMemo, type ReactNode } from 'react';
import { functionalUpdate, rowSortingFeature, tableFeatures, useTable, type ColumnDef, type SortingState } from '@tanstack/react-table';

/** The table model: columns and their sort state (TanStack Table, headless); the rows are sorted by the database. */
const features = tableFeatures({ rowSortingFeature });
const NO_ROWS: never[] = [];

export type HeaderColumn<K extends string> = {
  /** Unique within the table; for a sortable column, the key the database sorts by. */
  id: string;
  label: string;
  sortKey?: K;
  numeric?: boolean;
  className?: string;
  /** What the header shows when more than its label (a month over its year); the label is then its accessible text too. */
  content?: ReactNode;
  /** The full name a screen reader gives the column's cells (`abbr`), when the header is abbreviated. */
  abbr?: string;
  /** A `data-month`-style attribute for the header cell (tests and styles find the column by it). */
  dataMonth?: string;
};

type Props<K extends string> = {
  columns: readonly HeaderColumn<K>[];
  sort: K | null;
  descending: boolean;
  onSort: (sort: K, descending: boolean) => void;
};

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * The header cells of a list sorted in the database: each sortable column's header is a button (Enter or
 * Space sorts, again reverses), the sorted column carries aria-sort and shows an arrow; the others keep
 * plain headers. TanStack Table keeps the sort state machine; the list is fetched again in the new order.
 */
export function SortableHeaderRow<K extends string>({ columns, sort, descending, onSort }: Props<K>) {
  const defs = useMemo<ColumnDef<typeof features, never>[]>(
    () =>
      columns.map((column) => ({
        id: column.sortKey ?? column.id,
        header: column.label,
        // TanStack sorts only columns with an accessor; the values themselves are the database's business
        accessorFn: () => null,
        enableSorting: column.sortKey !== undefined,
      })),
    [columns],
  );
  const sorting: SortingState = sort === null ? [] : [{ id: sort, desc: descending }];
  const table = useTable({
    features,
    columns: defs,
    data: NO_ROWS,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      const column = columns.find((c) => c.sortKey === next?.id);
      // only a change starts the list again (a repeated state would throw away the pages fetched so far)
      if (next && column?.sortKey && (next.id !== sort || next.desc !== descending)) onSort(column.sortKey, next.desc);
    },
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <>
      {headers.map((header, index) => {
        const column = columns[index];
        if (!column) return null;
        const sorted = header.column.getIsSorted();
        const classes = [column.numeric ? 'numeric' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;
        return (
          <th
            key={header.id}
            scope="col"
            className={classes}
            abbr={column.abbr}
            data-month={column.dataMonth}
            aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
          >
            {header.column.getCanSort() ? (
              <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                {column.content ?? column.label}
                <span className={`sort-button__icon sort-button__icon--${sorted || 'none'}`} aria-hidden="true" />
              </button>
            ) : (
              (column.content ?? column.label)
            )}
          </th>
        );
      })}
    </>
  );
}
