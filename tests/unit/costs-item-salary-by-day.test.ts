import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, daysInYear, yearStart } from '../../src/shared/calendar';
import { add, basisPoints, costItemLine, mul, poFactor, rational, toFractionString, ZERO } from '../../src/shared/domain/costs';

const YEAR_ARB = fc.constantFrom(2023, 2024, 2026);

describe('property: a staffed cost item’s year is the sum of its per-day costs', () => {
  it('for any dated stated salaries, share, PO-pålägg and index date (stated salaries are never indexed)', () => {
    const input = YEAR_ARB.chain((year) =>
      fc.record({
        year: fc.constant(year),
        changes: fc.uniqueArray(
          fc.record({ day: fc.integer({ min: 0, max: daysInYear(year) - 1 }), salary: fc.integer({ min: 0, max: 15_000_000 }) }),
          { minLength: 1, maxLength: 6, selector: (c) => c.day },
        ),
        allocationBp: fc.integer({ min: 0, max: 10_000 }),
        poBp: fc.integer({ min: 0, max: 7_000 }),
        indexDay: fc.integer({ min: 0, max: daysInYear(year) - 1 }),
      }),
    );
    fc.assert(
      fc.property(input, (p) => {
        const first = dayNumber(yearStart(p.year));
        const stated = p.changes.map((c) => ({ effectiveDate: dayFromNumber(first + c.day), monthlySalaryOre: c.salary }));
        const { value, trace } = costItemLine(
          { kind: 'STAFFED_ROLE', label: 'Processledare', role: 'PROCESS_LEADER', allocationBp: p.allocationBp, statedSalaries: stated },
          {
            year: p.year,
            poSurchargeBp: p.poBp,
            salaryIndex: [{ year: p.year, indexBp: 10_400, effectiveDate: dayFromNumber(first + p.indexDay) }],
          },
        );
        const sorted = [...stated].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
        const total = daysInYear(p.year);
        let expected = ZERO;
        for (let d = first; d < first + total; d += 1) {
          const day = dayFromNumber(d);
          const salary = sorted.filter((s) => s.effectiveDate <= day).at(-1) ?? sorted[0]!;
          const perDay = mul(
            mul(mul(rational(BigInt(salary.monthlySalaryOre)), rational(12n, BigInt(total))), poFactor(p.poBp)),
            basisPoints(p.allocationBp),
          );
          expected = add(expected, perDay);
        }
        expect(value.exactOre).toBe(toFractionString(expected));
        if (trace.kind !== 'STAFFED_ROLE') throw new Error('not staffed');
        expect(trace.segments.reduce((days, s) => days + s.days, 0)).toBe(total);
      }),
      { numRuns: 120 },
    );
  });
});
