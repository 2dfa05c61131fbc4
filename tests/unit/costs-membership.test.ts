import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inclusiveDays } from '../../src/shared/calendar';
import { membershipCost } from '../../src/shared/domain/costs';
import { DomainError } from '../../src/shared/contract/errors';

// Annual full-time cost used below: 50 000 kr × 12 × 1.5228 = 913 680 kr = 91 368 000 öre.
const base = { monthlySalaryOre: 5_000_000, poSurchargeBp: 5228, allocationBp: 1000 };

describe('membershipCost', () => {
  it('counts 2024-07-01 … open as 184/366 of the year', () => {
    // 91 368 000 × 1000/10000 × 184/366 = 280 195 200/61 = 4 593 363.93… → 4 593 364 öre
    const { value, trace } = membershipCost({ ...base, year: 2024, start: '2024-07-01', end: null });
    expect(value).toEqual({ costOre: 4_593_364, exactOre: '280195200/61' });
    expect(trace).toMatchObject({
      year: 2024,
      allocationBp: 1000,
      from: '2024-07-01',
      to: '2024-12-31',
      days: 184,
      daysInYear: 366,
      exactOre: '280195200/61',
      roundedOre: 4_593_364,
      formula: '5000000 × 12 × 15228/10000 × 1000/10000 × 184/366',
    });
    expect(trace.salary).toMatchObject({ source: 'STATED', monthlySalaryOre: '5000000' });
    expect(trace.annualCost).toMatchObject({ poSurchargeBp: 5228, exactOre: '91368000' });
  });

  it('counts a whole year fully', () => {
    // 91 368 000 × 0.1 = 9 136 800 öre
    expect(membershipCost({ ...base, year: 2023, start: '2019-01-01', end: null }).value.costOre).toBe(9_136_800);
    expect(membershipCost({ ...base, year: 2024, start: '2024-01-01', end: '2024-12-31' }).value.costOre).toBe(9_136_800);
  });

  it('splits a cross-year membership by days in each year', () => {
    // 2023: 92/365 → 168 117 120/73 = 2 302 974.25 → 2 302 974; 2024: 91/366 → 138 574 800/61 = 2 271 718.03 → 2 271 718
    const period = { start: '2023-10-01', end: '2024-03-31' };
    expect(membershipCost({ ...base, ...period, year: 2023 }).value).toEqual({ costOre: 2_302_974, exactOre: '168117120/73' });
    expect(membershipCost({ ...base, ...period, year: 2024 }).value).toEqual({ costOre: 2_271_718, exactOre: '138574800/61' });
  });

  it('costs nothing in a year the membership does not touch', () => {
    const { value, trace } = membershipCost({ ...base, year: 2025, start: '2023-01-01', end: '2024-12-31' });
    expect(value.costOre).toBe(0);
    expect(trace).toMatchObject({ days: 0, from: null, to: null });
  });

  it('looks the salary up when none is stated', () => {
    const { value, trace } = membershipCost({
      year: 2024,
      poSurchargeBp: 5228,
      allocationBp: 1000,
      start: '2024-01-01',
      end: null,
      salaryLookup: {
        personSalaries: [{ effectiveDate: '2023-01-01', monthlySalaryOre: 5_000_000 }],
        salaryIndex: [{ year: 2024, indexBp: 10_300 }],
      },
    });
    // 5 150 000 × 12 × 1.5228 × 0.1 = 9 410 904 öre
    expect(value.costOre).toBe(9_410_904);
    expect(trace.salary).toMatchObject({ source: 'PERSON', baseYear: 2023, indexed: true, monthlySalaryOre: '5150000' });
  });

  it('rejects bad allocations and periods', () => {
    expect(() => membershipCost({ ...base, allocationBp: 10_001, year: 2024, start: '2024-01-01', end: null })).toThrow(DomainError);
    expect(() => membershipCost({ ...base, allocationBp: 10.5, year: 2024, start: '2024-01-01', end: null })).toThrow(DomainError);
    expect(() => membershipCost({ ...base, year: 2024, start: '2024-05-01', end: '2024-04-01' })).toThrow(/before it starts/);
  });

  it('property: the parts of a period in consecutive years add up to the whole (within rounding)', () => {
    const dates = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => isoFromOffset('2022-01-01', offset));
    fc.assert(
      fc.property(
        dates,
        dates,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 20_000_000 }),
        (a, b, allocationBp, salary) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const input = { monthlySalaryOre: salary, poSurchargeBp: 5228, allocationBp, start, end };
          const results = [2022, 2023, 2024].map((year) => membershipCost({ ...input, year }));
          expect(results.reduce((acc, r) => acc + r.trace.days, 0)).toBe(inclusiveDays(start, end));
          results.forEach((r, i) => {
            const year = 2022 + i;
            const fullYear = membershipCost({ ...input, start: `${year}-01-01`, end: null, year }).value.costOre;
            expect(r.value.costOre).toBeGreaterThanOrEqual(0);
            expect(r.value.costOre).toBeLessThanOrEqual(fullYear);
          });
        },
      ),
    );
  });

  it('property: a longer membership never costs less in the same year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 365 }), (x, y) => {
        const [short, long] = x <= y ? [x, y] : [y, x];
        const cost = (days: number) =>
          membershipCost({ ...base, year: 2024, start: '2024-01-01', end: isoFromOffset('2024-01-01', days) }).value.costOre;
        expect(cost(long)).toBeGreaterThanOrEqual(cost(short));
      }),
    );
  });
});

/** The ISO date `offset` days after `start` (UTC arithmetic, test helper only). */
function isoFromOffset(start: string, offset: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
