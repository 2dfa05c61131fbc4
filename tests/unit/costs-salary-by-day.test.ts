import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayFromNumber, dayNumber, daysInYear, yearEnd, yearStart } from '../../src/shared/calendar';
import {
  add,
  basisPoints,
  membershipCost,
  mul,
  parseFraction,
  poFactor,
  rational,
  salarySegments,
  staffedCost,
  toFractionString,
  ZERO,
  type PersonSalary,
  type Rational,
  type SalaryIndexEntry,
} from '../../src/shared/domain/costs';

describe('salaries by day', () => {
  it('costs 60 000 kr then 66 000 kr from 1 July at 10 % as the days under each salary (116 091,42 kr)', () => {
    const { value, trace } = membershipCost({
      year: 2026,
      salaryLookup: {
        personSalaries: [
          { effectiveDate: '2025-01-01', monthlySalaryOre: 6_000_000 },
          { effectiveDate: '2026-07-01', monthlySalaryOre: 6_600_000 },
        ],
      },
      poSurchargeBp: 5350,
      allocationBp: 1000,
      start: '2020-01-01',
      end: null,
    });
    // 60 000 × 12 × 1,535 × 10 % × 181/365 + 66 000 × 12 × 1,535 × 10 % × 184/365 = 42 373 368/365 kr
    expect(value.exactOre).toBe('847467360/73');
    expect(value.costOre).toBe(11_609_142);
    expect(trace.segments.map((s) => [s.from, s.to, s.days, s.monthlySalaryOre, s.allocationBp])).toEqual([
      ['2026-01-01', '2026-06-30', 181, '6000000', 1000],
      ['2026-07-01', '2026-12-31', 184, '6600000', 1000],
    ]);
    expect(trace.segments.map((s) => s.salary.effectiveDate)).toEqual(['2025-01-01', '2026-07-01']);
    expect(trace.formula).toBe('6000000 × 12 × 15350/10000 × 1000/10000 × 181/365 + 6600000 × 12 × 15350/10000 × 1000/10000 × 184/365');
    // the amounts of the segments add up to the line
    const total = trace.segments.reduce((acc, s) => add(acc, parseFraction(s.exactOre)), ZERO);
    expect(toFractionString(total)).toBe(value.exactOre);
  });

  it('applies a salary index from its effective date', () => {
    const segments = salarySegments(
      {
        year: 2026,
        personSalaries: [{ effectiveDate: '2025-06-01', monthlySalaryOre: 5_000_000 }],
        salaryIndex: [{ year: 2026, indexBp: 10_300, effectiveDate: '2026-04-01' }],
      },
      yearStart(2026),
      yearEnd(2026),
    );
    expect(segments.map((s) => [s.from, s.to, s.salary.monthlySalaryOre, s.salary.indexed])).toEqual([
      ['2026-01-01', '2026-03-31', '5000000', false],
      ['2026-04-01', '2026-12-31', '5150000', true],
    ]);
  });

  it('does not index a salary set on the index date itself, and joins days under the same salary', () => {
    const segments = salarySegments(
      {
        year: 2026,
        personSalaries: [{ effectiveDate: '2026-04-01', monthlySalaryOre: 5_000_000 }],
        salaryIndex: [{ year: 2026, indexBp: 10_300, effectiveDate: '2026-04-01' }],
      },
      '2026-02-01',
      '2026-12-31',
    );
    expect(segments.map((s) => [s.from, s.to, s.days, s.salary.monthlySalaryOre])).toEqual([['2026-02-01', '2026-12-31', 334, '5000000']]);
  });

  it('cuts a staffed role with effective-dated stated salaries', () => {
    const { value, trace } = staffedCost({
      salary: {
        year: 2024,
        statedSalaries: [
          { effectiveDate: '2024-01-01', monthlySalaryOre: 6_000_000 },
          { effectiveDate: '2024-04-01', monthlySalaryOre: 6_300_000 },
        ],
      },
      poSurchargeBp: 0,
      allocationBp: 10_000,
      period: null,
    });
    // 2024 has 366 days: 91 at 60 000 and 275 at 63 000, × 12 / 366
    expect(trace.segments.map((s) => s.days)).toEqual([91, 275]);
    expect(parseFraction(value.exactOre)).toEqual(rational(12n * (91n * 6_000_000n + 275n * 6_300_000n), 366n));
  });
});

const YEAR_ARB = fc.constantFrom(2023, 2024, 2026);

/** The salary in force on a day, worked out independently: latest on or before, else the earliest in the year. */
function salaryOn(salaries: readonly PersonSalary[], day: string, year: number): number {
  const sorted = [...salaries].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
  const before = sorted.filter((s) => s.effectiveDate <= day);
  const chosen = before.at(-1) ?? sorted.find((s) => s.effectiveDate <= yearEnd(year));
  if (!chosen) throw new Error('no salary');
  return chosen.monthlySalaryOre;
}

function indexFactorOn(entries: readonly SalaryIndexEntry[], baseYear: number, day: string, year: number): Rational {
  let factor = rational(1n);
  for (let y = baseYear + 1; y <= year; y += 1) {
    const entry = entries.find((e) => e.year === y);
    if (entry && (entry.effectiveDate ?? `${y}-01-01`) > day) continue;
    factor = mul(factor, basisPoints(entry?.indexBp ?? 10_000));
  }
  return factor;
}

describe('property: a year’s cost is the sum of its per-day costs', () => {
  it('for any salary changes, index dates, share and period', () => {
    const input = YEAR_ARB.chain((year) =>
      fc.record({
        year: fc.constant(year),
        changes: fc.uniqueArray(
          fc.record({ day: fc.integer({ min: -400, max: daysInYear(year) - 1 }), salary: fc.integer({ min: 0, max: 15_000_000 }) }),
          { minLength: 1, maxLength: 6, selector: (c) => c.day },
        ),
        indexBp: fc.integer({ min: 9_000, max: 11_500 }),
        indexDay: fc.integer({ min: 0, max: daysInYear(year) - 1 }),
        allocationBp: fc.integer({ min: 0, max: 10_000 }),
        poBp: fc.integer({ min: 0, max: 7_000 }),
        start: fc.integer({ min: -30, max: daysInYear(year) - 1 }),
        length: fc.integer({ min: 0, max: 400 }),
      }),
    );
    fc.assert(
      fc.property(input, (p) => {
        const first = dayNumber(yearStart(p.year));
        const personSalaries = p.changes.map((c) => ({ effectiveDate: dayFromNumber(first + c.day), monthlySalaryOre: c.salary }));
        const salaryIndex = [{ year: p.year, indexBp: p.indexBp, effectiveDate: dayFromNumber(first + p.indexDay) }];
        const start = dayFromNumber(first + p.start);
        const end = addDays(start, p.length);
        const { value } = membershipCost({
          year: p.year,
          salaryLookup: { personSalaries, salaryIndex },
          poSurchargeBp: p.poBp,
          allocationBp: p.allocationBp,
          start,
          end,
        });
        let expected = ZERO;
        const total = daysInYear(p.year);
        for (let d = Math.max(first, dayNumber(start)); d <= Math.min(first + total - 1, dayNumber(end)); d += 1) {
          const day = dayFromNumber(d);
          const chosen = [...personSalaries]
            .sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1))
            .filter((s) => s.effectiveDate <= day)
            .at(-1);
          const baseDate = chosen?.effectiveDate ?? personSalaries.map((s) => s.effectiveDate).sort()[0] ?? day;
          const monthly = mul(
            rational(BigInt(salaryOn(personSalaries, day, p.year))),
            indexFactorOn(salaryIndex, Number(baseDate.slice(0, 4)), day, p.year),
          );
          const perDay = mul(mul(mul(monthly, rational(12n, BigInt(total))), poFactor(p.poBp)), basisPoints(p.allocationBp));
          expected = add(expected, perDay);
        }
        expect(value.exactOre).toBe(toFractionString(expected));
      }),
      { numRuns: 150 },
    );
  });
});
