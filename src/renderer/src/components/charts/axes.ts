/**
 * The one look of a chart's grid, axes and legend (the cost charts share it): dark category labels,
 * grey value ticks in whole kronor, light horizontal grid lines. Spread into the recharts elements:
 * `<XAxis {...categoryAxis} />`, `<YAxis {...kronorAxis(96)} />`.
 */
import { formatKronor } from '@shared/domain/costs';

export const CHART_GRID_STROKE = '#d5d9de';
const AXIS_STROKE = '#6b7480';
const LABEL_COLOR = '#1b1f24';
const TICK_COLOR = '#4f5965';

/** Room around the plot for the value axis' labels. */
export const CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: 16 } as const;

/** The category axis (years, months) on the data's `label`. */
export const categoryAxis = { dataKey: 'label', tick: { fill: LABEL_COLOR, fontSize: 12 }, stroke: AXIS_STROKE } as const;

/** A value in kronor as a tick: whole kronor, Swedish grouping (`2 375 568 kr`). */
export const kronorTick = (kronor: number): string => formatKronor(Math.round(kronor) * 100);

/** The value axis of amounts in kronor, `width` px wide for its labels. */
export function kronorAxis(width: number) {
  return { tick: { fill: TICK_COLOR, fontSize: 12 }, stroke: AXIS_STROKE, width, tickFormatter: kronorTick } as const;
}

export const legendStyle = { wrapperStyle: { fontSize: 13, color: LABEL_COLOR } } as const;
