/**
 * Chart colours from the app's palette: each has at least 3:1 contrast against white, and charts
 * also carry value labels, so no meaning rests on colour alone.
 */
export const CHART_ACCENT = '#1d4f91';
export const CHART_ALERT = '#a4201a';
export const CHART_SERIES = ['#1d4f91', '#b35900', '#1f6b3d', '#6b3fa0', '#4f5965', '#0f6e7a'] as const;

export function seriesColor(index: number): string {
  return CHART_SERIES[index % CHART_SERIES.length] ?? CHART_ACCENT;
}
