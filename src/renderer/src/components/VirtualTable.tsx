import { useEffect, useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Rows (px) before a row is measured (the one-line rows of tables.css are 1.75rem); rows are measured as they render. */
const ESTIMATED_ROW_HEIGHT = 28;
const OVERSCAN = 10;

/** A spacer row whose height is set through the CSSOM (the CSP allows no style attributes in markup). */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  const ref = useRef<HTMLTableCellElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.style.height = `${height}px`;
  }, [height]);
  return (
    <tr className="virtual-table__spacer" aria-hidden="true">
      <td ref={ref} colSpan={columns} />
    </tr>
  );
}

type Props<T extends object> = {
  caption: string;
  /** The header row's cells (th scope="col"). */
  header: ReactNode;
  columns: number;
  /** How many rows there are in all (only the visible ones are in the page). */
  count: number;
  /** The row at an index, or null while its page is on its way. */
  rowAt: (index: number) => T | null;
  rowKey: (row: T) => string;
  /** The cells of one row (the first a th scope="row"); keep it stable (useCallback) so rows are reused. */
  renderRow: (row: T) => ReactNode;
  loadingLabel: string;
  /** Asks for the rows first..last (inclusive) when they come into view. */
  onRange: (first: number, last: number) => void;
  /** Changes when the rows are replaced (a new filter): the list scrolls back to the top. */
  generation: number | string;
  testId: string;
  className?: string;
};

/**
 * A table whose body renders only the rows in view (and a few around them) inside a scrolling region,
 * so a list of tens of thousands of rows costs what one screen costs. The table keeps its semantics:
 * aria-rowcount on the table, aria-rowindex on every rendered row, spacers hidden from assistive
 * technology. Links in the rows stay in the tab order; tabbing scrolls the region and brings the next rows.
 */
export function VirtualTable<T extends object>(props: Props<T>) {
  const { caption, header, columns, count, rowAt, rowKey, renderRow, loadingLabel, onRange, generation, testId, className } = props;
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  // the same cells for the same row object: React skips rows already on screen while the list scrolls
  const cells = useMemo(() => {
    const cache = new WeakMap<T, ReactNode>();
    return (row: T) => {
      const cached = cache.get(row);
      if (cached !== undefined) return cached;
      const rendered = renderRow(row);
      cache.set(row, rendered);
      return rendered;
    };
  }, [renderRow]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= first) onRange(first, last);
  }, [first, last, onRange, generation]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [generation, virtualizer]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <div
      ref={scrollRef}
      className="virtual-scroll"
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      data-testid={`${testId}-scroll`}
    >
      <table className={`table table--compact virtual-table ${className ?? ''}`} aria-rowcount={count + 1} data-testid={testId}>
        <caption id={`${id}-caption`} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr aria-rowindex={1}>{header}</tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <SpacerRow height={paddingTop} columns={columns} />}
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <tr
                key={row ? rowKey(row) : `loading-${item.index}`}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={row ? undefined : 'virtual-table__loading'}
              >
                {row ? cells(row) : <td colSpan={columns}>{loadingLabel}</td>}
              </tr>
            );
          })}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} columns={columns} />}
        </tbody>
      </table>
    </div>
  );
}
