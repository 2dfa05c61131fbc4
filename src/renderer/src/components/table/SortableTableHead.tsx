import { SortableHeaderRow, type HeaderColumn } from './SortableHeaderRow';

/** The sort state a head shows and changes: useClientSort's for a list in the page, the filter's for a list sorted in the database. */
export type TableSorting<K extends string> = {
  sort: K | null;
  descending: boolean;
  onSort: (sort: K, descending: boolean) => void;
};

type Props<K extends string> = {
  caption: string;
  /** A visible caption (default: read by screen readers only, the section heading names the table). */
  captionVisible?: boolean;
  columns: readonly HeaderColumn<K>[];
  sorting: TableSorting<K>;
};

/**
 * The caption and sticky header of a dense sortable table: one row of column headers, the sortable ones
 * buttons with aria-sort (SortableHeaderRow). Used by every table of the app that sorts.
 */
export function SortableTableHead<K extends string>({ caption, captionVisible = false, columns, sorting }: Props<K>) {
  return (
    <>
      <caption className={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          <SortableHeaderRow<K> columns={columns} sort={sorting.sort} descending={sorting.descending} onSort={sorting.onSort} />
        </tr>
      </thead>
    </>
  );
}
