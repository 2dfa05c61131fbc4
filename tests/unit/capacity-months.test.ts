import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysInMonth,
  isLeapYear,
  monthsBetweenInclusive,
  monthWindow,
  overlapDays,
  parseMonth,
} from '../../src/shared/calendar';
import { DomainError } from '../../src/shared/contract/errors';

describe('capacity month math', () => {
  it('knows the days of each month, with leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([isLeapYear(2024), isLeapYear(2100), isLeapYear(2400)]).toEqual([true, false, true]);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it('steps months across year boundaries', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthsBetweenInclusive('2024-11', '2025-10')).toBe(12);
    expect(() => parseMonth('2025-13')).toThrow(DomainError);
  });

  it('builds windows of 12 and 36 months from any start month', () => {
    const twelve = monthWindow('2024-07', 12);
    expect(twelve.map((m) => m.month)).toEqual([
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    const thirtySix = monthWindow('2023-11', 36);
    expect(thirtySix).toHaveLength(36);
    expect(thirtySix[0]).toEqual({ month: '2023-11', firstDay: '2023-11-01', lastDay: '2023-11-30', days: 30 });
    expect(thirtySix[3]).toMatchObject({ month: '2024-02', lastDay: '2024-02-29', days: 29 });
    expect(thirtySix[35]).toMatchObject({ month: '2026-10', lastDay: '2026-10-31' });
    expect(thirtySix.reduce((s, m) => s + m.days, 0)).toBe(366 + 365 + 365 - 30 - 31 + 30 + 31); // Nov 2023 – Oct 2026
  });

  it('counts inclusive overlap days', () => {
    expect(overlapDays('2024-02-15', null, '2024-02-01', '2024-02-29')).toBe(15);
    expect(overlapDays('2024-01-01', '2024-02-10', '2024-02-01', '2024-02-29')).toBe(10);
    expect(overlapDays('2024-03-01', null, '2024-02-01', '2024-02-29')).toBe(0);
    expect(overlapDays('2024-02-29', '2024-02-29', '2024-02-01', '2024-02-29')).toBe(1);
  });
});
