import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CapacityCell, CapacityRow } from '@shared/contract/planning';
import { hrefFor } from '../../../router';
import { useStore } from '../../../store';
import { type CapacityOrder } from '../../../store/planning-slice';
import { SortableHeaderRow, type HeaderColumn } from '../../../components/table/SortableHeaderRow';
import { CAPACITY_PAGE_SIZE, type CapacityState } from './useCapacityGrid';
import { useLanguage } from '../../../store/selectors';
import { formatShareBp, monthLabel, monthShortName } from '../common/format';
import { BandLabel } from './BandLabel';
import type { HeatLimits } from './heat-scale';
import { PlaceholderHeader } from './PlaceholderHeader';
import { useHeat } from './useHeat';

/** Fixed heights (px) kept in step with planning.css: the virtualiser needs them before it measures. */
const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 44;

type Position = { row: number; col: number };

/** A spacer row whose height is set through the CSSOM (the CSP allows no style attributes in markup). */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  const ref = useRef<HTMLTableCellElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.style.height = `${height}px`;
  }, [height]);
  return (
    <tr className="capacity-table__spacer" aria-hidden="true">
      <td ref={ref} colSpan={columns} />
    </tr>
  );
}

type CellProps = {
  row: CapacityRow;
  rowIndex: number;
  col: number;
  cell: CapacityCell;
  month: string;
  tabbable: boolean;
  limits: HeatLimits;
  onOpen: (row: CapacityRow, month: string) => void;
};

function CellButton({ row, rowIndex, col, cell, month, tabbable, limits, onOpen }: CellProps) {
  const language = useLanguage();
  const ref = useRef<HTMLTableCellElement>(null);
  useHeat(ref, cell.bpDays === 0 ? null : cell.bp, limits);
  return (
    <td ref={ref} className={`cap-cell cap-cell--${cell.band.toLowerCase()}`} data-month={month} data-band={cell.band}>
      <button
        type="button"
        className="cap-cell__button"
        tabIndex={tabbable ? 0 : -1}
        data-cell={`${rowIndex}:${col}`}
        onClick={() => onOpen(row, month)}
      >
        <span className="cap-cell__value">{cell.bpDays === 0 ? '–' : formatShareBp(cell.bp)}</span>
        {cell.bpDays === 0 && <span className="visually-hidden">{formatShareBp(0)}</span>}
        <BandLabel band={cell.band} hiddenWhenCalm compact />
        <span className="visually-hidden">{`, ${row.personName}, ${monthLabel(month, language)}`}</span>
      </button>
    </td>
  );
}

function PeakCell({ row, limits }: { row: CapacityRow; limits: HeatLimits }) {
  const ref = useRef<HTMLTableCellElement>(null);
  useHeat(ref, row.peakBp === 0 ? null : row.peakBp, limits);
  return (
    <td ref={ref} className={`cap-cell cap-cell--${row.peakBand.toLowerCase()} capacity-table__peak`} data-band={row.peakBand}>
      <span className="cap-cell__value">{formatShareBp(row.peakBp)}</span>
      <BandLabel band={row.peakBand} hiddenWhenCalm compact />
    </td>
  );
}

type RowProps = {
  row: CapacityRow;
  index: number;
  months: CapacityState['months'];
  /** The column whose cell is in the tab order, or -1. */
  tabbableCol: number;
  limits: HeatLimits;
  onOpen: (row: CapacityRow, month: string) => void;
};

/** One person's row; memoised, so scrolling renders only the rows that come into view. */
const GridRow = memo(function GridRow({ row, index, months, tabbableCol, limits, onOpen }: RowProps) {
  const { t } = useTranslation();
  const planned = row.placeholder;
  return (
    <tr
      aria-rowindex={index + 2}
      className={`capacity-table__row${planned ? ' capacity-table__row--planned' : ''}`}
      data-person={planned ? undefined : row.personName}
      data-placeholder={planned ? `${planned.kind}:${planned.groupName}` : undefined}
    >
      {planned ? (
        <PlaceholderHeader placeholder={planned} />
      ) : (
        <th scope="row" className="capacity-table__person">
          <a href={hrefFor('person', row.personId)} tabIndex={-1}>
            {row.personName}
          </a>
          <span className="cell-sub">{row.organisationName ?? t('planning.capacity.noOrganisation')}</span>
        </th>
      )}
      {row.cells.map((cell, col) => {
        const month = months[col]?.month ?? '';
        return (
          <CellButton
            key={month}
            row={row}
            rowIndex={index}
            col={col}
            cell={cell}
            month={month}
            tabbable={col === tabbableCol}
            limits={limits}
            onOpen={onOpen}
          />
        );
      })}
      <PeakCell row={row} limits={limits} />
    </tr>
  );
});

type SortKey = 'NAME' | 'PEAK' | `M${number}`;

function keyOf(order: CapacityOrder | null, sort: 'NAME' | 'PEAK_DESC'): { key: SortKey; descending: boolean } {
  if (order === null) return sort === 'PEAK_DESC' ? { key: 'PEAK', descending: true } : { key: 'NAME', descending: false };
  return { key: order.by === 'MONTH' ? `M${order.month}` : order.by, descending: order.descending };
}

/** The header row: person, each month and the peak sort the grid (the rows are ordered by the backend). */
function GridHeader({ months }: { months: CapacityState['months'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const filter = useStore((s) => s.capacityFilter);
  const setFilter = useStore((s) => s.setCapacityFilter);
  const current = keyOf(filter.order, filter.sort);
  const columns: HeaderColumn<SortKey>[] = [
    { id: 'person', label: t('planning.capacity.person'), sortKey: 'NAME', className: 'capacity-table__person' },
    ...months.map((m, i) => ({
      id: m.month,
      label: monthLabel(m.month, language),
      sortKey: `M${i}` as const,
      className: 'capacity-table__month',
      abbr: monthLabel(m.month, language),
      dataMonth: m.month,
      content: (
        <span className="capacity-table__month-label">
          <span className="capacity-table__month-name">{monthShortName(m.month, language)}</span>
          <span className="capacity-table__year">{m.month.slice(0, 4)}</span>
        </span>
      ),
    })),
    { id: 'peak', label: t('planning.capacity.peak'), sortKey: 'PEAK', className: 'capacity-table__peak' },
  ];
  const onSort = (key: SortKey, descending: boolean) => {
    const order: CapacityOrder =
      key === 'NAME' || key === 'PEAK' ? { by: key, month: 0, descending } : { by: 'MONTH', month: Number(key.slice(1)), descending };
    setFilter({ order });
  };
  return <SortableHeaderRow columns={columns} sort={current.key} descending={current.descending} onSort={onSort} />;
}

type Props = { state: CapacityState; onOpen: (row: CapacityRow, month: string) => void; loadPage: (page: number) => void };

/**
 * Persons × months, virtualised: only the rows in view (and a few around them) are in the page, and
 * their rows are fetched page by page as the list scrolls. One cell is in the tab order; the arrow
 * keys, Home/End and Page Up/Down move between cells, Enter or a click opens the cell.
 */
export function CapacityGrid({ state, onOpen, loadPage }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const focusWanted = useRef(false);
  const { months, totalRows, pages } = state;
  const virtualizer = useVirtualizer({
    count: totalRows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (totalRows === 0) return;
    const firstPage = Math.floor(firstIndex / CAPACITY_PAGE_SIZE);
    const lastPage = Math.floor(lastIndex / CAPACITY_PAGE_SIZE);
    for (let page = firstPage; page <= lastPage; page += 1) loadPage(page);
  }, [firstIndex, lastIndex, totalRows, loadPage, state.shownFilter]);

  const rowAt = useCallback(
    (index: number): CapacityRow | null => pages[Math.floor(index / CAPACITY_PAGE_SIZE)]?.[index % CAPACITY_PAGE_SIZE] ?? null,
    [pages],
  );

  // a new filter starts again at the top, on the first cell
  useEffect(() => {
    setActive({ row: 0, col: 0 });
    virtualizer.scrollToOffset(0);
  }, [state.shownFilter, virtualizer]);

  // after a key press, focus follows the active cell once it is rendered (its page may still be on its way)
  useEffect(() => {
    if (!focusWanted.current) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${active.row}:${active.col}"]`);
    if (button) {
      focusWanted.current = false;
      button.focus();
    }
  });

  const activeRendered = active.row >= firstIndex && active.row <= lastIndex && rowAt(active.row) !== null;
  const tabbableRow = activeRendered ? active.row : (items.find((item) => rowAt(item.index) !== null)?.index ?? -1);
  const tabbableCol = activeRendered ? active.col : 0;

  const move = (next: Position) => {
    const row = Math.max(0, Math.min(totalRows - 1, next.row));
    const col = Math.max(0, Math.min(months.length - 1, next.col));
    focusWanted.current = true;
    setActive({ row, col });
    virtualizer.scrollToIndex(row, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const key = target.dataset['cell'];
    if (!key) return;
    const [row, col] = key.split(':').map(Number) as [number, number];
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 },
      End: event.ctrlKey ? { row: totalRows - 1, col: months.length - 1 } : { row, col: months.length - 1 },
      PageUp: { row: row - page, col },
      PageDown: { row: row + page, col },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    move(next);
  };

  const columns = months.length + 2;
  const paddingTop = items.length > 0 ? (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  if (totalRows === 0)
    return (
      <p className="panel" data-testid="capacity-empty">
        {t('planning.capacity.noRows')}
      </p>
    );

  return (
    <div className="stack">
      <p className="muted" id={`${id}-help`}>
        {t('planning.capacity.gridHelp')}
      </p>
      <div
        ref={scrollRef}
        className="capacity-scroll"
        role="region"
        aria-labelledby={`${id}-caption`}
        aria-describedby={`${id}-help`}
        data-testid="capacity-grid"
      >
        <table className="capacity-table" aria-rowcount={totalRows + 1} aria-colcount={columns} onKeyDown={onKeyDown}>
          <caption id={`${id}-caption`} className="visually-hidden">
            {t('planning.capacity.gridCaption', {
              from: monthLabel(months[0]?.month ?? '', language),
              to: monthLabel(months[months.length - 1]?.month ?? '', language),
              count: totalRows,
            })}
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              <GridHeader months={months} />
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && <SpacerRow height={paddingTop} columns={columns} />}
            {items.map((item) => {
              const row = rowAt(item.index);
              if (!row) {
                return (
                  <tr
                    key={`loading-${item.index}`}
                    aria-rowindex={item.index + 2}
                    className="capacity-table__row capacity-table__row--loading"
                  >
                    <th scope="row" className="capacity-table__person">
                      {t('planning.capacity.rowLoading')}
                    </th>
                    <td colSpan={columns - 1} />
                  </tr>
                );
              }
              const col = item.index === tabbableRow ? tabbableCol : -1;
              return (
                <GridRow
                  key={row.personId}
                  row={row}
                  index={item.index}
                  months={months}
                  tabbableCol={col}
                  limits={state.settings}
                  onOpen={onOpen}
                />
              );
            })}
            {paddingBottom > 0 && <SpacerRow height={paddingBottom} columns={columns} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}
