import { describe, expect, it } from 'vitest';
import { dayNumber, daysInYear, inclusiveDays, isLeapYear, overlapWithYear, parseIsoDate } from '../../src/shared/calendar';
import { DomainError } from '../../src/shared/contract/errors';

describe('days in year', () => {
  it.each([
    [2023, 365],
    [2024, 366],
    [2100, 365],
    [2000, 366],
    [1900, 365],
  ])('%i has %i days', (year, days) => {
    expect(daysInYear(year)).toBe(days);
    expect(isLeapYear(year)).toBe(days === 366);
  });
});

describe('ISO dates', () => {
  it('parses real calendar dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => parseIsoDate('2023-02-29')).toThrow(DomainError);
    expect(() => parseIsoDate('2024-13-01')).toThrow(DomainError);
    expect(() => parseIsoDate('2024-04-31')).toThrow(DomainError);
    expect(() => parseIsoDate('2024-1-01')).toThrow(DomainError);
    expect(() => parseIsoDate('2024-01-01T00:00')).toThrow(DomainError);
  });
  it('numbers days like the Unix epoch', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11_017);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2024-12-31') - dayNumber('2024-01-01')).toBe(365);
  });
  it('counts inclusively', () => {
    expect(inclusiveDays('2024-03-05', '2024-03-05')).toBe(1);
    expect(inclusiveDays('2024-02-28', '2024-03-01')).toBe(3);
    expect(inclusiveDays('2023-02-28', '2023-03-01')).toBe(2);
  });
});

describe('overlapWithYear', () => {
  it('counts 2024-07-01 … open as 184 of 366 days', () => {
    expect(overlapWithYear('2024-07-01', null, 2024)).toEqual({ from: '2024-07-01', to: '2024-12-31', days: 184, daysInYear: 366 });
  });
  it('counts the whole year when the period covers it', () => {
    expect(overlapWithYear('2020-05-01', null, 2023)).toEqual({ from: '2023-01-01', to: '2023-12-31', days: 365, daysInYear: 365 });
    expect(overlapWithYear('2024-01-01', '2024-12-31', 2024).days).toBe(366);
  });
  it('splits a cross-year period between the years', () => {
    const first = overlapWithYear('2023-10-01', '2024-03-31', 2023);
    const second = overlapWithYear('2023-10-01', '2024-03-31', 2024);
    expect(first).toEqual({ from: '2023-10-01', to: '2023-12-31', days: 92, daysInYear: 365 });
    expect(second).toEqual({ from: '2024-01-01', to: '2024-03-31', days: 91, daysInYear: 366 });
    expect(first.days + second.days).toBe(inclusiveDays('2023-10-01', '2024-03-31'));
  });
  it('gives zero days when the period misses the year', () => {
    expect(overlapWithYear('2025-01-01', null, 2024)).toEqual({ from: null, to: null, days: 0, daysInYear: 366 });
    expect(overlapWithYear('2022-01-01', '2023-12-31', 2024).days).toBe(0);
  });
  it('counts a one-day period on the last day of a year', () => {
    expect(overlapWithYear('2024-12-31', '2024-12-31', 2024).days).toBe(1);
    expect(overlapWithYear('2024-02-29', '2024-02-29', 2024).days).toBe(1);
  });
  it('rejects a period that ends before it starts', () => {
    expect(() => overlapWithYear('2024-05-01', '2024-04-30', 2024)).toThrow(/before it starts/);
  });
});
