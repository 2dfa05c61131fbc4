import type { TFunction } from 'i18next';
import type { BalanceBucket, ListExportInput } from '@shared/contract/register-insights';

export type BalanceDimensionRows = { title: string; buckets: readonly BalanceBucket[]; labelOf: (bucket: BalanceBucket) => string };

/** Every dimension of the balance as the view lists it, one row per category, for the .xlsx export. */
export function balanceExport(dimensions: readonly BalanceDimensionRows[], asOf: string, t: TFunction): ListExportInput {
  return {
    fileName: t('balance.export.file'),
    sheetName: t('balance.export.sheet').slice(0, 31),
    columns: [
      { header: t('balance.export.dimension'), format: 'text' },
      { header: t('balance.category'), format: 'text' },
      { header: t('balance.count'), format: 'integer' },
      { header: t('balance.share'), format: 'percent' },
      { header: t('balance.export.asOf'), format: 'date' },
    ],
    rows: dimensions.flatMap((d) => d.buckets.map((b) => [d.title, d.labelOf(b), b.count, b.shareBp / 10_000, asOf])),
  };
}
