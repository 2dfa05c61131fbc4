/** Positions of dated bars on a shared time axis, as percentages of its width. */
import { dayFromNumber, dayNumber, isoDate } from '@shared/calendar';

export type Span = { startDate: string; endDate: string | null };

export type Scale = {
  from: number;
  to: number;
  /** Percentage (0–100) of a day on the axis, clamped. */
  at: (iso: string) => number;
  years: { year: number; x: number }[];
};

/** From the earliest start (at most a year back) to the latest end (at least a year ahead of today). */
export function timeScale(spans: readonly Span[], today: string): Scale {
  const todayN = dayNumber(today);
  const starts = spans.map((s) => dayNumber(s.startDate));
  const ends = spans.map((s) => (s.endDate ? dayNumber(s.endDate) : todayN + 365));
  const from = Math.min(todayN - 365, ...starts);
  const to = Math.max(todayN + 365, ...ends) + 1;
  const at = (iso: string) => Math.min(100, Math.max(0, ((dayNumber(iso) - from) / (to - from)) * 100));
  const firstYear = Number(dayFromNumber(from).slice(0, 4)) + 1;
  const lastYear = Number(dayFromNumber(to).slice(0, 4));
  const years: Scale['years'] = [];
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  for (let year = firstYear; year <= lastYear; year += step) years.push({ year, x: at(isoDate(year, 1, 1)) });
  return { from, to, at, years };
}

/** Where a bar starts and how wide it is; open-ended bars run to the end of the axis. */
export function barOf(span: Span, scale: Scale): { x: number; width: number; open: boolean } {
  const x = scale.at(span.startDate);
  const end = span.endDate ? scale.at(span.endDate) : 100;
  return { x, width: Math.max(0.6, end - x), open: span.endDate === null };
}
