import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion, Prng } from '../../src/main/services/generator/prng';
import { firstDayOf, lastDayOf, monthIndex } from '../../src/main/services/generator/model';

describe('generator helpers', () => {
  it('the seeded generator repeats its sequence for a seed and differs between seeds', () => {
    const take = (seed: number) => {
      const rng = new Prng(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
    expect(take(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('int stays within its bounds and shuffled keeps the items', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const rng = new Prng(seed);
          const value = rng.int(min, min + span);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(min + span);
          expect(rng.shuffled([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
        },
      ),
    );
  });

  it('apportion splits a total exactly by weight (largest remainder)', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [2_454_821, 60_124])).toEqual([98, 2]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          expect(apportion(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
        },
      ),
    );
  });

  it('months map to their first and last days', () => {
    expect(firstDayOf(monthIndex(2024, 2))).toBe('2024-02-01');
    expect(lastDayOf(monthIndex(2024, 2))).toBe('2024-02-29');
    expect(lastDayOf(monthIndex(2027, 12))).toBe('2027-12-31');
  });
});
