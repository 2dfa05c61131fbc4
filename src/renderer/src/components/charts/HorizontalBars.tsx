import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_ACCENT } from './colors';

export type BarDatum = { key: string; label: string; value: number; valueLabel: string };

type Props = { data: BarDatum[]; maxValue?: number };

/** Average width (px) of a character of the 13 px category labels, with room for wide letters (Å, M, W). */
const LABEL_CHAR_PX = 7.6;

/** Room for the category labels: the longest on one line (a label that wraps collides with the next), within limits. */
export function categoryAxisWidth(labels: string[]): number {
  const longest = labels.reduce((n, label) => Math.max(n, label.length), 0);
  return Math.min(260, Math.max(80, Math.ceil(longest * LABEL_CHAR_PX) + 16));
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string | number } };

/** A category label on one line, right-aligned against the axis (recharts' own tick breaks long names onto two colliding lines). */
function CategoryTick({ x, y, payload }: TickProps) {
  return (
    <text x={Number(x ?? 0) - 6} y={Number(y ?? 0)} dy={4} textAnchor="end" fill="#1b1f24" fontSize={13} className="category-tick">
      {payload?.value ?? ''}
    </text>
  );
}

/** Categories down, values across, each bar labelled with its value (e.g. `12 (39 %)`). */
export function HorizontalBars({ data, maxValue }: Props) {
  const height = Math.max(120, data.length * 34 + 40);
  const axisWidth = categoryAxisWidth(data.map((d) => d.label));
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
      <YAxis type="category" dataKey="label" width={axisWidth} tick={CategoryTick} stroke="#6b7480" interval={0} />
      <Bar dataKey="value" fill={CHART_ACCENT} isAnimationActive={false} barSize={20}>
        {data.map((d) => (
          <Cell key={d.key} fill={CHART_ACCENT} />
        ))}
        <LabelList dataKey="valueLabel" position="right" fill="#1b1f24" fontSize={13} width={140} />
      </Bar>
    </BarChart>
  );
}
