import type { TFunction } from 'i18next';
import type { CapacityGrid, CapacityRow } from '@shared/contract/planning';
import type { ListExportInput } from '@shared/contract/register-insights';
import type { Language } from '@shared/contract/common';
import { seatLabelText } from '../../../components/hr-names';
import { monthLabel } from '../common/format';

function kindOf(row: CapacityRow, t: TFunction): string {
  return row.placeholder ? t(`planning.capacity.heat.placeholder.${row.placeholder.kind}`) : t('planning.capacity.heat.exportPerson');
}

function detailOf(row: CapacityRow, t: TFunction): string | null {
  const p = row.placeholder;
  if (!p) return row.organisationName;
  return p.kind === 'SEAT' && p.seatLabel !== null ? seatLabelText(p.seatLabel, t) : t(`role.${p.role}`);
}

/** The capacity grid as the view shows it, one row per person or placeholder, a share (percent) per month. */
export function capacityExport(grid: CapacityGrid, rows: readonly CapacityRow[], t: TFunction, language: Language): ListExportInput {
  return {
    fileName: t('planning.capacity.heat.exportFile'),
    sheetName: t('planning.capacity.heat.exportSheet').slice(0, 31),
    columns: [
      { header: t('planning.capacity.heat.exportName'), format: 'text' },
      { header: t('planning.capacity.heat.exportKind'), format: 'text' },
      { header: `${t('planning.capacity.organisation')} / ${t('planning.capacity.heat.exportGroup')}`, format: 'text' },
      ...grid.months.map((m) => ({ header: monthLabel(m.month, language), format: 'percent' as const })),
      { header: t('planning.capacity.heat.exportPeak'), format: 'percent' },
    ],
    rows: rows.map((row) => [
      row.placeholder ? row.placeholder.groupName : row.personName,
      kindOf(row, t),
      detailOf(row, t),
      ...row.cells.map((c) => c.bp / 10_000),
      row.peakBp / 10_000,
    ]),
  };
}
