import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import { seriesColor } from '../../../components/charts/colors';
import { formatFte } from './format';

export type MonthSeries = {
  key: string;
  name: string;
  /** Bars (stacked when they share `stack`) or a stepped line with dots, so shape tells series apart too. */
  kind: 'bar' | 'line';
  stack?: string;
};

export type MonthDatum = { label: string } & Record<string, number | string>;

type Props = { data: MonthDatum[]; series: MonthSeries[]; height?: number };

/** Months across, FTE up; always shown beside a table with the same figures (ChartWithTable). */
export function MonthChart({ data, series, height = 260 }: Props) {
  return (
    <ComposedChart
      data={data}
      width="100%"
      height={height}
      responsive
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="#d5d9de" />
      <XAxis
        dataKey="label"
        tick={{ fill: '#1b1f24', fontSize: 11 }}
        stroke="#6b7480"
        interval={data.length <= 12 ? 0 : 'preserveStartEnd'}
        minTickGap={2}
      />
      <YAxis
        tick={{ fill: '#4f5965', fontSize: 12 }}
        stroke="#6b7480"
        width={48}
        tickFormatter={(v: number) => formatFte(v)}
        allowDecimals
      />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13, color: '#1b1f24' }} />}
      {series.map((s, i) =>
        s.kind === 'bar' ? (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={seriesColor(i)}
            stackId={s.stack}
            isAnimationActive={false}
            maxBarSize={28}
          />
        ) : (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            type="stepAfter"
            stroke={seriesColor(i)}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 3, fill: '#ffffff', strokeWidth: 2 }}
            isAnimationActive={false}
          />
        ),
      )}
    </ComposedChart>
  );
}
