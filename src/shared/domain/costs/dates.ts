/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) in the proleptic Gregorian calendar, without `Date`
 * or time zones: a day is a day, whatever the clock of the computer says.
 */
import { invalid } from './validate';

export type IsoDate = string;

export type CivilDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** Parses and checks a real calendar date; `2023-02-29` is rejected. */
export function parseIsoDate(text: IsoDate): CivilDate {
  const match = ISO_DATE.exec(text);
  if (!match) invalid(`not an ISO date (YYYY-MM-DD): "${text}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    invalid(`not a calendar date: "${text}"`);
  }
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

export function yearStart(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function yearEnd(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** Inclusive number of days from `from` to `to` (the same day counts as 1). */
export function inclusiveDays(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from) + 1;
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
  if (end !== null && dayNumber(end) < dayNumber(start)) invalid(`period ends (${end}) before it starts (${start})`);
  const first = yearStart(year);
  const last = yearEnd(year);
  const from = start > first ? start : first;
  const to = end === null || end > last ? last : end;
  const total = daysInYear(year);
  if (to < from) return { from: null, to: null, days: 0, daysInYear: total };
  return { from, to, days: inclusiveDays(from, to), daysInYear: total };
}
