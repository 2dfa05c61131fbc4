import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  dayFromNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  daysInYear,
  isoDate,
  isLeapYear,
  monthInfo,
  parseIsoDate,
  quartersFrom,
} from '../../src/shared/calendar';

/** Any real date from 0001-01-01 to 9999-12-31, built from its parts (so the generator never relies on the module). */
const civil = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
const date = civil.map(({ year, month, day }) => isoDate(year, month, day));
const steps = fc.integer({ min: -400_000, max: 400_000 });
const inRange = (day: string) => day >= '0001-01-01' && day <= '9999-12-31' && day.length === 10;

describe('calendar (property tests)', () => {
  it('agrees with the platform’s proleptic Gregorian UTC calendar, day by day', () => {
    fc.assert(
      fc.property(date, (day) => {
        const { year, month, day: d } = parseIsoDate(day);
        const utc = new Date(0);
        utc.setUTCFullYear(year, month - 1, d);
        expect(dayNumber(day)).toBe(Math.floor(utc.getTime() / 86_400_000));
      }),
      { numRuns: 2000 },
    );
  });

  it('dayFromNumber is the inverse of dayNumber', () => {
    fc.assert(
      fc.property(date, (day) => {
        expect(dayFromNumber(dayNumber(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('0001-01-01'), max: dayNumber('9999-12-31') }), (n) => {
        expect(dayNumber(dayFromNumber(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('addDays: adding then subtracting returns the day, steps compose, and daysBetween measures them', () => {
    fc.assert(
      fc.property(date, steps, steps, (day, a, b) => {
        const there = addDays(day, a);
        fc.pre(inRange(there) && inRange(addDays(there, b)));
        expect(addDays(there, -a)).toBe(day);
        expect(addDays(there, b)).toBe(addDays(day, a + b));
        expect(daysBetween(day, there)).toBe(a);
        expect(there > day).toBe(a > 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('the day after the last of a month is the first of the next; a year has daysInYear days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const info = monthInfo(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
        expect(info.days).toBe(daysInMonth(year, month));
        expect(addDays(info.lastDay, 1)).toBe(`${addMonths(info.month, 1)}-01`);
        expect(daysBetween(isoDate(year, 1, 1), isoDate(year + 1, 1, 1))).toBe(daysInYear(year));
      }),
      { numRuns: 1000 },
    );
  });

  it('addYears keeps month and day, except 29 February in a common year (1 March)', () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: -500, max: 500 }), ({ year, month, day }, n) => {
        fc.pre(year + n >= 1 && year + n <= 9999);
        const moved = parseIsoDate(addYears(isoDate(year, month, day), n));
        if (month === 2 && day === 29 && !isLeapYear(year + n)) expect(moved).toEqual({ year: year + n, month: 3, day: 1 });
        else expect(moved).toEqual({ year: year + n, month, day });
      }),
    );
  });

  it('quarters follow each other without gaps', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 12 }), (day, count) => {
        fc.pre(day < '9996-01-01');
        const quarters = quartersFrom(day, count);
        expect(quarters[0]!.firstDay <= day && day <= quarters[0]!.lastDay).toBe(true);
        for (let i = 1; i < quarters.length; i++) expect(quarters[i]!.firstDay).toBe(addDays(quarters[i - 1]!.lastDay, 1));
      }),
    );
  });
});
