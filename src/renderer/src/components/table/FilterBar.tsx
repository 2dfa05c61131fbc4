import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

type Props = {
  /** Names the list, to remember whether its filters are folded away. */
  list: string;
  label: string;
  /** The search box: always in view. */
  search: ReactNode;
  /** The other filters, in one row that folds away. */
  children: ReactNode;
  /** How many of the other filters are set (shown on the fold button, so a folded filter is not forgotten). */
  active: number;
};

/** Search and filters in one compact row above a list; the filters fold away behind a button and stay so. */
export function FilterBar({ list, label, search, children, active }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const open = useStore((s) => s.filtersCollapsed[list] !== true);
  const setOpen = useStore((s) => s.setFiltersOpen);
  return (
    <div className="filter-bar" role="search" aria-label={label}>
      <div className="filter-bar__search">{search}</div>
      <button
        type="button"
        className="button button--secondary filter-bar__toggle"
        aria-expanded={open}
        aria-controls={`${id}-more`}
        onClick={() => setOpen(list, !open)}
      >
        {active > 0 ? t('tables.filtersActive', { count: active }) : t('tables.filters')}
      </button>
      <div id={`${id}-more`} className="filter-bar__more" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
