/**
 * Calendar months and day counts on ISO strings (`YYYY-MM`, `YYYY-MM-DD`), computed in UTC day
 * numbers so the computer's time zone never matters. All counts are whole days, inclusive.
 */

export type MonthInfo = {
  /** `2025-01`. */
  month: string;
  firstDay: string;
  lastDay: string;
  days: number;
};

const MS_PER_DAY = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2025-03` → [2025, 3]; throws on anything else. */
export function parseMonth(text: string): [number, number] {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`not a month: ${text}`);
  return [Number(match[1]), month];
}

export function monthKey(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const [year, m] = parseMonth(month);
  const index = year * 12 + (m - 1) + count;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** Months from `from` to `to`, inclusive; 0 or negative when `to` is before `from`. */
export function monthsBetweenInclusive(from: string, to: string): number {
  const [y1, m1] = parseMonth(from);
  const [y2, m2] = parseMonth(to);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}

export function monthInfo(month: string): MonthInfo {
  const [year, m] = parseMonth(month);
  const days = daysInMonth(year, m);
  return { month: monthKey(year, m), firstDay: `${monthKey(year, m)}-01`, lastDay: `${monthKey(year, m)}-${pad(days, 2)}`, days };
}

/** `count` consecutive months starting with `from`. */
export function monthWindow(from: string, count: number): MonthInfo[] {
  return Array.from({ length: count }, (_, i) => monthInfo(addMonths(from, i)));
}

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a day: ${day}`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY);
}

export function dayFromNumber(value: number): string {
  return new Date(value * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days of the inclusive period [start, end] (end null = open) that fall inside [from, to]; 0 when none. */
export function overlapDays(start: string, end: string | null, from: string, to: string): number {
  const first = start > from ? start : from;
  const last = end !== null && end < to ? end : to;
  if (last < first) return 0;
  return dayNumber(last) - dayNumber(first) + 1;
}

export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

export function yearMonths(year: number): MonthInfo[] {
  return monthWindow(monthKey(year, 1), 12);
}
