import type { CapacityGrid, CapacityRow } from '@shared/contract/planning';
import type { Result } from '@shared/contract/errors';
import { call } from '../../../api';
import type { CapacityFilter } from '../../../store/planning-slice';

const EXPORT_PAGE = 5000;

/** Every row of the grid for the current filter (the view holds only the pages scrolled to). */
export async function allCapacityRows(filter: CapacityFilter): Promise<Result<{ grid: CapacityGrid; rows: CapacityRow[] }>> {
  const first = await call('capacity:grid', { ...filter, offset: 0, limit: EXPORT_PAGE, withTotals: false });
  if (!first.ok) return first;
  const rows = [...first.value.rows];
  while (rows.length < first.value.totalRows) {
    const next = await call('capacity:grid', { ...filter, offset: rows.length, limit: EXPORT_PAGE, withTotals: false });
    if (!next.ok) return next;
    if (next.value.rows.length === 0) break;
    rows.push(...next.value.rows);
  }
  return { ok: true, value: { grid: first.value, rows } };
}
