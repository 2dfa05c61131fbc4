import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTALMENT_PLANS, instalments } from '../../src/shared/domain/costs';

describe('instalments of an invoiced total', () => {
  it('add up to the total exactly for any total and plan, and differ by at most one öre', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.constantFrom(...INSTALMENT_PLANS),
        fc.integer({ min: 1990, max: 2100 }),
        (total, plan, year) => {
          const parts = instalments(total, plan, year);
          expect(parts.reduce((acc, p) => acc + p.amountOre, 0)).toBe(total);
          const amounts = parts.map((p) => Math.abs(p.amountOre));
          expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
          // the larger amounts come first (the left-over öre go to the earliest periods)
          expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
          expect(parts[0]?.from).toBe(`${year}-01-01`);
          expect(parts.at(-1)?.to).toBe(`${year}-12-31`);
        },
      ),
    );
  });

  it('splits 351 641 kr into four equal quarters with their dates', () => {
    const parts = instalments(35_164_100, 'quarterly', 2024);
    expect(parts.map((p) => [p.period, p.from, p.to, p.amountOre])).toEqual([
      ['2024-Q1', '2024-01-01', '2024-03-31', 8_791_025],
      ['2024-Q2', '2024-04-01', '2024-06-30', 8_791_025],
      ['2024-Q3', '2024-07-01', '2024-09-30', 8_791_025],
      ['2024-Q4', '2024-10-01', '2024-12-31', 8_791_025],
    ]);
  });

  it('gives the left-over öre of a monthly plan to the first months', () => {
    // 100 000,07 kr = 10 000 007 öre; / 12 = 833 333 rest 11: January–November get one öre more
    const parts = instalments(10_000_007, 'monthly', 2024);
    expect(parts.map((p) => p.amountOre)).toEqual([...Array(11).fill(833_334), 833_333]);
    expect(parts[1]).toMatchObject({ period: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(instalments(101, 'half-yearly', 2025).map((p) => [p.period, p.amountOre])).toEqual([
      ['2025-H1', 51],
      ['2025-H2', 50],
    ]);
    expect(instalments(0, 'yearly', 2025)).toEqual([{ number: 1, period: '2025', from: '2025-01-01', to: '2025-12-31', amountOre: 0 }]);
  });
});
