import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BalanceBucket } from '@shared/contract/register-insights';
import type { HeaderColumn } from '../../components/table/SortableHeaderRow';
import { SortableTableHead } from '../../components/table/SortableTableHead';
import { useClientSort } from '../../components/table/useClientSort';
import { formatInteger, formatPercentBp } from '../../format';

type SortKey = 'category' | 'count' | 'share';

type Props = { title: string; buckets: BalanceBucket[]; labelOf: (bucket: BalanceBucket) => string };

/** One dimension's counts and shares, sorted by any column (categories in Swedish order, figures by value). */
export function BalanceTable({ title, buckets, labelOf }: Props) {
  const { t } = useTranslation();
  const values = useMemo(
    () => ({ category: (b: BalanceBucket) => labelOf(b), count: (b: BalanceBucket) => b.count, share: (b: BalanceBucket) => b.shareBp }),
    [labelOf],
  );
  const sorted = useClientSort<BalanceBucket, SortKey>(buckets, values);
  const columns = useMemo<HeaderColumn<SortKey>[]>(
    () => [
      { id: 'category', label: t('balance.category'), sortKey: 'category' },
      { id: 'count', label: t('balance.count'), sortKey: 'count', numeric: true },
      { id: 'share', label: t('balance.share'), sortKey: 'share', numeric: true },
    ],
    [t],
  );
  return (
    <table className="table table--compact table--dense">
      <SortableTableHead<SortKey> caption={title} columns={columns} sorting={sorted} />
      <tbody>
        {sorted.rows.map((b) => (
          <tr key={b.key} data-key={b.key}>
            <th scope="row">{labelOf(b)}</th>
            <td className="numeric">{formatInteger(b.count)}</td>
            <td className="numeric">{formatPercentBp(b.shareBp)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
