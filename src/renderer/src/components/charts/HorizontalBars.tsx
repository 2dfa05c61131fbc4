import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_ACCENT } from './colors';

export type BarDatum = { key: string; label: string; value: number; valueLabel: string };

type Props = { data: BarDatum[]; maxValue?: number };

/** Categories down, values across, each bar labelled with its value (e.g. `12 (39 %)`). */
export function HorizontalBars({ data, maxValue }: Props) {
  const height = Math.max(120, data.length * 34 + 40);
  return (
    <BarChart
      layout="vertical"
      data={data}
      width="100%"
      height={height}
      responsive
      accessibilityLayer={false}
      margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
    >
      <CartesianGrid horizontal={false} stroke="#d5d9de" />
      <XAxis
        type="number"
        allowDecimals={false}
        domain={[0, (dataMax: number) => maxValue ?? Math.max(1, Math.ceil(dataMax * 1.45))]}
        tick={{ fill: '#4f5965', fontSize: 13 }}
        stroke="#6b7480"
      />
      <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#1b1f24', fontSize: 13 }} stroke="#6b7480" interval={0} />
      <Bar dataKey="value" fill={CHART_ACCENT} isAnimationActive={false} barSize={20}>
        {data.map((d) => (
          <Cell key={d.key} fill={CHART_ACCENT} />
        ))}
        <LabelList dataKey="valueLabel" position="right" fill="#1b1f24" fontSize={13} width={140} />
      </Bar>
    </BarChart>
  );
}
