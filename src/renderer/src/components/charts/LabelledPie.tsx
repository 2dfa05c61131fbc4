import { Cell, Pie, PieChart } from 'recharts';
import type { BarDatum } from './HorizontalBars';
import { seriesColor } from './colors';

/** A pie whose slices carry their names and shares as text, so the colours are only a help. */
export function LabelledPie({ data }: { data: BarDatum[] }) {
  const shown = data.filter((d) => d.value > 0);
  return (
    <PieChart width="100%" height={260} responsive accessibilityLayer={false}>
      <Pie
        data={shown}
        dataKey="value"
        nameKey="label"
        outerRadius={85}
        isAnimationActive={false}
        label={({ payload }: { payload?: BarDatum }) => (payload ? `${payload.label}: ${payload.valueLabel}` : '')}
        labelLine
        stroke="#ffffff"
      >
        {shown.map((d, i) => (
          <Cell key={d.key} fill={seriesColor(i)} />
        ))}
      </Pie>
    </PieChart>
  );
}
