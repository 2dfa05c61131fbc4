import { useTranslation } from 'react-i18next';
import type { BalanceBucket } from '@shared/contract/register-insights';
import { ChartWithTable } from '../../components/charts/ChartWithTable';
import { HorizontalBars, type BarDatum } from '../../components/charts/HorizontalBars';
import { LabelledPie } from '../../components/charts/LabelledPie';
import { formatInteger, formatPercentBp } from '../../format';
import { BalanceTable } from './BalanceTable';

type Props = {
  title: string;
  buckets: BalanceBucket[];
  labelOf: (bucket: BalanceBucket) => string;
  kind: 'bar' | 'pie';
  testId: string;
};

/** One dimension of representation: a chart and the same counts and shares in a table. */
export function BalanceDimension({ title, buckets, labelOf, kind, testId }: Props) {
  const { t } = useTranslation();
  const data: BarDatum[] = buckets.map((b) => ({
    key: b.key,
    label: labelOf(b),
    value: b.count,
    valueLabel: `${formatInteger(b.count)} (${formatPercentBp(b.shareBp)})`,
  }));
  const largest = [...data].sort((a, b) => b.value - a.value)[0];
  const description =
    largest && largest.value > 0
      ? t('balance.description', { largest: largest.label, value: largest.valueLabel, count: data.filter((d) => d.value > 0).length })
      : t('balance.noData');
  const table = <BalanceTable title={title} buckets={buckets} labelOf={labelOf} />;
  const chart = kind === 'pie' ? <LabelledPie data={data} /> : <HorizontalBars data={data} />;
  return <ChartWithTable title={title} description={description} chart={chart} table={table} testId={testId} />;
}
