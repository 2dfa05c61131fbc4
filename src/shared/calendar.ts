/**
 * The one calendar of Samplan: whole days as ISO strings (`YYYY-MM-DD`) and months (`YYYY-MM`) in the
 * proleptic Gregorian calendar. Pure arithmetic on day numbers, never `Date` or a time zone: a day is a
 * day whatever the computer's clock says. Every date computation in src/shared, src/main and the
 * renderer uses this module (no date library: the domain needs no times, zones or locales here).
 * A text that is not a real date (`2023-02-29`) is refused with a VALIDATION error.
 */
import { refusal } from './contract/domain-error';
import type { MessageKey, MessageParams } from './messages';

export type IsoDate = string;
export type CivilDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function invalid(key: MessageKey, params: MessageParams): never {
  throw refusal('VALIDATION', key, params);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The day (UTC, `YYYY-MM-DD`) of a moment: today from the clock, a date a spreadsheet reader gave. */
export function isoDay(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 366 in leap years (2024), otherwise 365. */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2026-03-01` from its parts (no check: use for parts that are already valid). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses and checks a real calendar date; `2023-02-29` is refused. */
export function parseIsoDate(text: IsoDate): CivilDate {
  const match = ISO_DATE.exec(text);
  if (!match) invalid('calendar.notDate', { text });
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) invalid('calendar.notCalendarDate', { text });
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before), by the days-from-civil algorithm (H. Hinnant). */
export function dayNumber(text: IsoDate): number {
  const { year, month, day } = parseIsoDate(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date of a day number (the inverse of dayNumber; civil-from-days, H. Hinnant). */
export function dayFromNumber(value: number): IsoDate {
  const z = value + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  return dayFromNumber(dayNumber(day) + days);
}

/** The same calendar day `years` later; 29 February becomes 1 March in a common year. */
export function addYears(day: IsoDate, years: number): IsoDate {
  const { year, month, day: d } = parseIsoDate(day);
  const target = year + years;
  return month === 2 && d === 29 && !isLeapYear(target) ? isoDate(target, 3, 1) : isoDate(target, month, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Inclusive number of days from `from` to `to` (the same day counts as 1). */
export function inclusiveDays(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

export function yearStart(year: number): IsoDate {
  return isoDate(year, 1, 1);
}

export function yearEnd(year: number): IsoDate {
  return isoDate(year, 12, 31);
}

export type YearOverlap = {
  /** First day of the period inside the year, or null when the period misses the year. */
  from: IsoDate | null;
  /** Last day of the period inside the year, or null when the period misses the year. */
  to: IsoDate | null;
  /** Days of the period inside the year; start and end dates both count. */
  days: number;
  daysInYear: number;
};

/**
 * The part of a period that lies in a calendar year. Both the start and the end date count; an open
 * end (`null`) runs to the end of the year. `2024-07-01 … open` gives 184 of 366 days.
 */
export function overlapWithYear(start: IsoDate, end: IsoDate | null, year: number): YearOverlap {
  parseIsoDate(start);
  if (end !== null && dayNumber(end) < dayNumber(start)) invalid('calendar.endsBeforeStart', { start, end });
  const first = yearStart(year);
  const last = yearEnd(year);
  const from = start > first ? start : first;
  const to = end === null || end > last ? last : end;
  const total = daysInYear(year);
  if (to < from) return { from: null, to: null, days: 0, daysInYear: total };
  return { from, to, days: inclusiveDays(from, to), daysInYear: total };
}

/** Days of the inclusive period [start, end] (end null = open) that fall inside [from, to]; 0 when none. */
export function overlapDays(start: IsoDate, end: IsoDate | null, from: IsoDate, to: IsoDate): number {
  const first = start > from ? start : from;
  const last = end !== null && end < to ? end : to;
  if (last < first) return 0;
  return dayNumber(last) - dayNumber(first) + 1;
}

export type MonthInfo = {
  /** `2025-01`. */
  month: string;
  firstDay: IsoDate;
  lastDay: IsoDate;
  days: number;
};

/** `2025-03` → [2025, 3]; anything else is refused. */
export function parseMonth(text: string): [number, number] {
  const match = ISO_MONTH.exec(text);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) invalid('calendar.notMonth', { text });
  return [Number(match[1]), month];
}

export function monthKey(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function monthOfDay(day: IsoDate): string {
  return day.slice(0, 7);
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
  return { month: monthKey(year, m), firstDay: isoDate(year, m, 1), lastDay: isoDate(year, m, days), days };
}

/** `count` consecutive months starting with `from`. */
export function monthWindow(from: string, count: number): MonthInfo[] {
  return Array.from({ length: count }, (_, i) => monthInfo(addMonths(from, i)));
}

export function yearMonths(year: number): MonthInfo[] {
  return monthWindow(monthKey(year, 1), 12);
}

export type Quarter = { label: string; firstDay: IsoDate; lastDay: IsoDate };

/** The quarter that holds `day` and the `count - 1` quarters after it. */
export function quartersFrom(day: IsoDate, count: number): Quarter[] {
  const { year, month } = parseIsoDate(day);
  const first = Math.floor((month - 1) / 3);
  return Array.from({ length: count }, (_, i) => {
    const q = (first + i) % 4;
    const qYear = year + Math.floor((first + i) / 4);
    const lastMonth = q * 3 + 3;
    return {
      label: `${qYear}-Q${q + 1}`,
      firstDay: isoDate(qYear, q * 3 + 1, 1),
      lastDay: isoDate(qYear, lastMonth, daysInMonth(qYear, lastMonth)),
    };
  });
}
