import { useTranslation } from 'react-i18next';
import type { BalanceBucket } from '@shared/contract/register-insights';
import { ChartWithTable } from '../../components/charts/ChartWithTable';
import { HorizontalBars, type BarDatum } from '../../components/charts/HorizontalBars';
import { LabelledPie } from '../../components/charts/LabelledPie';
import { formatInteger, formatPercentBp } from '../../format';

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
  const table = (
    <table className="table table--compact">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('balance.category')}</th>
          <th scope="col" className="numeric">
            {t('balance.count')}
          </th>
          <th scope="col" className="numeric">
            {t('balance.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.key} data-key={b.key}>
            <th scope="row">{labelOf(b)}</th>
            <td className="numeric">{formatInteger(b.count)}</td>
            <td className="numeric">{formatPercentBp(b.shareBp)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const chart = kind === 'pie' ? <LabelledPie data={data} /> : <HorizontalBars data={data} />;
  return <ChartWithTable title={title} description={description} chart={chart} table={table} testId={testId} />;
}
