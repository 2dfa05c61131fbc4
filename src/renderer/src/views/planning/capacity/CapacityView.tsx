import { useCallback, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityRow } from '@shared/contract/planning';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { ExportButton } from '../../../components/table/ExportButton';
import { formatInteger } from '../../../format';
import { hrefFor } from '../../../router';
import { useStore } from '../../../store';
import { useLanguage } from '../../../store/selectors';
import { capacityExport } from './capacity-export';
import { allCapacityRows } from './capacity-rows';
import { BandSettingsForm } from './BandSettingsForm';
import { CapacityFilters } from './CapacityFilters';
import { CapacityGrid } from './CapacityGrid';
import { CapacityTotals } from './CapacityTotals';
import { CellDetailDialog } from './CellDetailDialog';
import { HeatLegend } from './HeatLegend';
import { useCapacityCell, useCapacityGrid } from './useCapacityGrid';

/** Kapacitet: every person's committed time month by month, with bands, totals and the memberships behind each cell. */
export function CapacityView() {
  const { t } = useTranslation();
  const filter = useStore((s) => s.capacityFilter);
  const { state: capacity, loading, error, pageError, loadPage } = useCapacityGrid();
  const [openCell, setOpenCell] = useState<{ personId: string; month: string } | null>(null);
  const { detail, error: cellError } = useCapacityCell(openCell);
  const closeCell = useCallback(() => setOpenCell(null), []);
  useDocumentTitle(t('planning.capacity.title'));
  const language = useLanguage();
  const onOpen = useCallback((row: CapacityRow, month: string) => {
    // a placeholder row has no person behind it: its cells lead to the group that has the seat or role to fill
    if (row.placeholder) window.location.hash = hrefFor('group', row.placeholder.groupId);
    else setOpenCell({ personId: row.personId, month });
  }, []);
  const shown = capacity?.settings ?? null;
  // the totals (tables and a chart) render after the grid's first screen, not in the same commit
  const deferred = useDeferredValue(capacity, null);
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <div className="stack">
        <h1 tabIndex={-1}>{t('planning.capacity.title')}</h1>
        <p className="lead">{t('planning.capacity.lead')}</p>
        <CapacityFilters />
      </div>
      {error && <ErrorAlert heading={t('planning.capacity.errorHeading')} error={error} />}
      {pageError && <ErrorAlert heading={t('planning.capacity.pageErrorHeading')} error={pageError} />}
      {cellError && <ErrorAlert heading={t('planning.capacity.cell.errorHeading')} error={cellError} />}
      {!capacity && loading && <LoadingStatus text={t('planning.capacity.loading')} />}
      {capacity && (
        <section className="stack" aria-labelledby="capacity-grid-heading">
          <div className="list-head">
            <h2 id="capacity-grid-heading">{t('planning.capacity.gridHeading')}</h2>
            {capacity.totalRows > 0 && (
              <ExportButton
                label={t('planning.capacity.heat.export')}
                testId="capacity-export"
                build={async () => {
                  const all = await allCapacityRows(filter);
                  return all.ok ? { ok: true, value: capacityExport(all.value.grid, all.value.rows, t, language) } : all;
                }}
              />
            )}
          </div>
          <p className="muted" role="status" data-testid="capacity-count">
            {loading
              ? t('planning.capacity.loading')
              : t('planning.capacity.rowCount', {
                  count: capacity.totalRows - capacity.plannedRows,
                  shown: formatInteger(capacity.totalRows - capacity.plannedRows),
                })}
          </p>
          {!loading && capacity.plannedRows > 0 && (
            <p className="muted" data-testid="capacity-planned-count">
              {t('planning.capacity.heat.plannedCount', { count: capacity.plannedRows, shown: formatInteger(capacity.plannedRows) })}
            </p>
          )}
          {shown && <HeatLegend settings={shown} />}
          <CapacityGrid state={capacity} onOpen={onOpen} loadPage={loadPage} />
        </section>
      )}
      {deferred?.totals && <CapacityTotals totals={deferred.totals} months={deferred.months} limits={deferred.settings} />}
      {shown && <BandSettingsForm settings={shown} />}
      <CellDetailDialog detail={detail} onClose={closeCell} />
    </div>
  );
}
