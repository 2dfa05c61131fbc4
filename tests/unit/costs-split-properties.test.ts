import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compare,
  parseFraction,
  rational,
  sub,
  splitTotal,
  ROUNDING_UNIT_ORE,
  type AllocationKey,
  type SplitTotalInput,
} from '../../src/shared/domain/costs';
import { ROUNDING_UNITS } from '../../src/shared/domain/enums';
import type { MemberPopulation } from '../../src/shared/domain/population';

const HCR = 'H';
const YEAR = 2024;
const regionCodes = Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(2, '0'));

/** basis points in `n` non-negative parts adding up to exactly 10 000. */
const partition = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: 10_000 }), { minLength: n - 1, maxLength: n - 1 })
    .map((cuts) => [0, ...cuts.sort((a, b) => a - b), 10_000])
    .map((edges) => edges.slice(1).map((e, i) => e - (edges[i] ?? 0)));

const splitInput = (totals: fc.Arbitrary<number>) =>
  fc
    .uniqueArray(fc.constantFrom(...regionCodes), { minLength: 1, maxLength: 8 })
    .chain((regions) =>
      fc.record({
        totalOre: totals,
        regions: fc.constant(regions),
        unit: fc.constantFrom(...ROUNDING_UNITS),
        populations: fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: regions.length, maxLength: regions.length }),
        /** Every region has 31 Dec 2019; 2022 and 2023 only some (a key must then use one common year). */
        extraYears: fc.array(fc.subarray([2022, 2023]), { minLength: regions.length, maxLength: regions.length }),
        key: fc.oneof(
          fc.constant<AllocationKey>({ kind: 'EQUAL' }),
          fc.constant<AllocationKey>({ kind: 'POPULATION', healthcareRegionCode: HCR }),
          fc
            .integer({ min: 0, max: 10_000 })
            .map<AllocationKey>((fixedPartBp) => ({ kind: 'FIXED_VARIABLE', healthcareRegionCode: HCR, fixedPartBp })),
          partition(regions.length).map<AllocationKey>((bps) => ({
            kind: 'CUSTOM',
            shares: regions.map((regionCode, i) => ({ regionCode, shareBp: bps[i] ?? 0 })),
          })),
        ),
      }),
    )
    .filter((g) => g.key.kind === 'EQUAL' || g.key.kind === 'CUSTOM' || g.populations.some((p) => p > 0))
    .map((g): SplitTotalInput => ({
      totalOre: g.totalOre,
      regions: g.regions,
      unit: g.unit,
      year: YEAR,
      key: g.key,
      populations: g.regions.flatMap((regionCode, i) =>
        [2019, ...(g.extraYears[i] ?? [])].map((year): MemberPopulation => ({
          healthcareRegionCode: HCR,
          regionCode,
          year,
          population: g.populations[i] ?? 0,
        })),
      ),
    }));

const nonNegativeTotals = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 ** 13 }), fc.integer({ min: 0, max: 100_000 }));
const anyTotals = fc.oneof(nonNegativeTotals, fc.integer({ min: -(10 ** 13), max: 0 }));

function permute<T>(items: readonly T[], seed: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, k: seed[i] ?? 0 }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.item);
}

const RUNS = { numRuns: 300 };

/** Keys whose weight strictly grows with the key value (a 100 % fixed part ignores population). */
const strictlyMonotone = (key: AllocationKey) => key.kind !== 'EQUAL' && !(key.kind === 'FIXED_VARIABLE' && key.fixedPartBp === 10_000);

describe('splitTotal properties', () => {
  it('the shares add up exactly to the invoiced total: the cost rounded once to the unit, the difference stated', () => {
    fc.assert(
      fc.property(splitInput(anyTotals), (input) => {
        const { value, trace } = splitTotal(input);
        const unitOre = ROUNDING_UNIT_ORE[value.unit];
        expect(value.shares.reduce((acc, s) => acc + s.shareOre, 0)).toBe(value.invoicedTotalOre);
        expect(value.invoicedTotalOre).toBe(value.roundedTotalOre);
        expect(value.roundingDifferenceOre).toBe(value.invoicedTotalOre - input.totalOre);
        expect(trace.invoicedTotalOre).toBe(value.invoicedTotalOre);
        expect(Math.abs(value.roundedTotalOre - input.totalOre)).toBeLessThanOrEqual(unitOre / 2);
        expect(Math.abs(value.roundedTotalOre % unitOre)).toBe(0);
        for (const s of value.shares) expect(Math.abs(s.shareOre % unitOre)).toBe(0);
      }),
      RUNS,
    );
  });

  it('shares are never negative for non-negative totals', () => {
    fc.assert(
      fc.property(splitInput(nonNegativeTotals), (input) => {
        for (const s of splitTotal(input).value.shares) expect(s.shareOre).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('a region with a larger weight never pays less than one with a smaller weight', () => {
    fc.assert(
      fc.property(splitInput(nonNegativeTotals), (input) => {
        const { value, trace } = splitTotal(input);
        const shareOf = new Map(value.shares.map((s) => [s.regionCode, s.shareOre]));
        for (const a of trace.weights) {
          for (const b of trace.weights) {
            if (compare(parseFraction(a.weight), parseFraction(b.weight)) > 0) {
              expect(shareOf.get(a.regionCode)).toBeGreaterThanOrEqual(shareOf.get(b.regionCode) ?? 0);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('a larger population or custom share never pays less (unless a 100 % fixed part makes all weights equal)', () => {
    fc.assert(
      fc.property(splitInput(nonNegativeTotals), (input) => {
        const { value, trace } = splitTotal(input);
        const shareOf = new Map(value.shares.map((s) => [s.regionCode, s.shareOre]));
        const keyValue = (w: (typeof trace.weights)[number]) => w.population ?? w.shareBp ?? 0;
        for (const a of trace.weights) {
          for (const b of trace.weights) {
            if (strictlyMonotone(input.key) && keyValue(a) > keyValue(b)) {
              expect(shareOf.get(a.regionCode)).toBeGreaterThanOrEqual(shareOf.get(b.regionCode) ?? 0);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('every share is within one unit of its exact quota', () => {
    fc.assert(
      fc.property(splitInput(anyTotals), (input) => {
        const { trace } = splitTotal(input);
        for (const q of trace.quotas) {
          const diff = sub(rational(BigInt(q.units)), parseFraction(q.quotaUnits));
          expect(compare(diff, rational(1n))).toBe(-1);
          expect(compare(diff, rational(-1n))).toBe(1);
          expect(compare(parseFraction(q.quotaUnits), rational(BigInt(q.floorUnits)))).toBeGreaterThanOrEqual(0);
        }
        expect(trace.extraUnitsGiven).toBeGreaterThanOrEqual(0);
        expect(trace.extraUnitsGiven).toBeLessThan(Math.max(1, input.regions.length));
      }),
      RUNS,
    );
  });

  it('left-over units go to the largest remainders, ties to the lower region code', () => {
    fc.assert(
      fc.property(splitInput(anyTotals), (input) => {
        const { quotas } = splitTotal(input).trace;
        for (const a of quotas) {
          for (const b of quotas) {
            if (a.extraUnits === 1 && b.extraUnits === 0) {
              const order = compare(parseFraction(a.remainder), parseFraction(b.remainder));
              expect(order > 0 || (order === 0 && a.regionCode < b.regionCode)).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('the result does not depend on the order of the regions, the population rows or the custom shares', () => {
    fc.assert(
      fc.property(splitInput(anyTotals), fc.array(fc.double({ noNaN: true }), { minLength: 8, maxLength: 8 }), (input, seed) => {
        const key = input.key.kind === 'CUSTOM' ? { ...input.key, shares: permute(input.key.shares, [...seed].reverse()) } : input.key;
        const shuffled = {
          ...input,
          key,
          regions: permute(input.regions, seed),
          populations: permute(input.populations ?? [], seed.slice(1)),
        };
        const a = splitTotal(input);
        const b = splitTotal(shuffled);
        expect(b.value).toEqual(a.value);
        expect(b.trace.quotas).toEqual(a.trace.quotas);
        expect(b.trace.weights).toEqual(a.trace.weights);
      }),
      RUNS,
    );
  });

  it('a key never mixes population dates: one year for every region, the latest all have, lacking regions reported', () => {
    fc.assert(
      fc.property(splitInput(nonNegativeTotals), (input) => {
        const { trace } = splitTotal(input);
        if (input.key.kind !== 'POPULATION' && input.key.kind !== 'FIXED_VARIABLE') return;
        const rows = input.populations ?? [];
        const has = (code: string, year: number) => rows.some((p) => p.regionCode === code && p.year === year);
        const common = [2023, 2022, 2019].find((year) => input.regions.every((code) => has(code, year)));
        expect(trace.populationYearWanted).toBe(2023);
        expect(trace.populationYearUsed).toBe(common);
        expect(new Set(trace.weights.map((w) => w.populationYearUsed))).toEqual(new Set([common]));
        const lacking = input.regions.filter((code) => !has(code, 2023)).sort();
        expect(trace.populationFallbacks.map((f) => f.regionCode)).toEqual(lacking);
        for (const f of trace.populationFallbacks) expect([f.wantedYear, f.usedYear]).toEqual([2023, common]);
      }),
      RUNS,
    );
  });
});
