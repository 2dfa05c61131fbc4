import { describe, expect, it } from 'vitest';
import { roundToUnit, splitTotal, type SplitTotalInput } from '../../src/shared/domain/costs';
import { DomainError } from '../../src/shared/contract/errors';
import type { MemberPopulation } from '../../src/shared/domain/population';

const SODRA = ['07', '10', '12', '13'];
const pop = (healthcareRegionCode: string, regionCode: string, year: number, population: number): MemberPopulation => ({
  healthcareRegionCode,
  regionCode,
  year,
  population,
});
const populations: MemberPopulation[] = [
  pop('SODRA', '07', 2023, 200),
  pop('SODRA', '10', 2023, 150),
  pop('SODRA', '12', 2023, 1400),
  pop('SODRA', '13', 2023, 250), // Halland's southern part
  pop('VASTRA', '13', 2023, 100), // Halland's northern part: never used for SODRA
  pop('SODRA', '07', 2024, 999_999), // a later year than wanted: never used for 2024 costs
];
const byPopulation = { kind: 'POPULATION', healthcareRegionCode: 'SODRA' } as const;
const shares = (input: SplitTotalInput) => Object.fromEntries(splitTotal(input).value.shares.map((s) => [s.regionCode, s.shareOre]));

describe('splitTotal by population', () => {
  it('uses 31 Dec of the year before and Halland with its part only', () => {
    // total 10 000.01 kr → 10 000 kr; Σ population = 200 + 150 + 1400 + 250 = 2000 (Halland's SODRA part)
    const { value, trace } = splitTotal({ totalOre: 1_000_001, key: byPopulation, regions: SODRA, populations, year: 2024 });
    expect(value).toEqual({
      unit: 'KRONA',
      roundedTotalOre: 1_000_000,
      invoicedTotalOre: 1_000_000,
      roundingDifferenceOre: -1,
      shares: [
        { regionCode: '07', shareOre: 100_000 },
        { regionCode: '10', shareOre: 75_000 },
        { regionCode: '12', shareOre: 700_000 },
        { regionCode: '13', shareOre: 125_000 },
      ],
    });
    expect(trace.weights.map((w) => [w.regionCode, w.population, w.populationYearUsed, w.weight])).toEqual([
      ['07', 200, 2023, '1/10'],
      ['10', 150, 2023, '3/40'],
      ['12', 1400, 2023, '7/10'],
      ['13', 250, 2023, '1/8'],
    ]);
    expect(trace.populationFallbacks).toEqual([]);
    expect(trace).toMatchObject({
      keyKind: 'POPULATION',
      healthcareRegionCode: 'SODRA',
      unitOre: 100,
      roundedTotalUnits: 10_000,
      extraUnitsGiven: 0,
    });
  });

  it('uses one earlier year for EVERY region when one lacks the wanted year, and names the region lacking it', () => {
    // 10 lacks 2023: the key uses 2022 for all four regions (never 2023 for some and 2022 for others)
    const rows = [
      ...populations.filter((p) => p.regionCode !== '10'),
      pop('SODRA', '10', 2021, 100),
      pop('SODRA', '10', 2022, 150),
      ...['07', '12', '13'].map((code) => pop('SODRA', code, 2022, 100)),
    ];
    const { value, trace } = splitTotal({ totalOre: 1_000_000, key: byPopulation, regions: SODRA, populations: rows, year: 2024 });
    // 2022: 100 + 150 + 100 + 100 = 450
    expect(value.shares.map((s) => s.shareOre)).toEqual([222_200, 333_400, 222_200, 222_200]);
    expect(trace).toMatchObject({ populationYearWanted: 2023, populationYearUsed: 2022 });
    expect(trace.populationFallbacks).toEqual([{ regionCode: '10', wantedYear: 2023, usedYear: 2022 }]);
    expect(trace.weights.map((w) => [w.regionCode, w.populationYearUsed, w.populationFallback])).toEqual([
      ['07', 2022, true],
      ['10', 2022, true],
      ['12', 2022, true],
      ['13', 2022, true],
    ]);
  });

  it('fails when the regions have no population year in common on or before the wanted one', () => {
    expect(() => splitTotal({ totalOre: 100, key: byPopulation, regions: SODRA, populations, year: 2023 })).toThrow(
      /no population year on or before 2022 that every region of SODRA has/,
    );
  });

  it('takes a configurable year offset', () => {
    const { trace } = splitTotal({
      totalOre: 100,
      key: { ...byPopulation, populationYearOffset: 0 },
      regions: ['07'],
      populations,
      year: 2024,
    });
    expect(trace.weights[0]).toMatchObject({ population: 999_999, populationYearUsed: 2024 });
  });

  it('fails when the populations add up to zero', () => {
    const zeros = SODRA.map((code) => pop('SODRA', code, 2023, 0));
    expect(() => splitTotal({ totalOre: 100, key: byPopulation, regions: SODRA, populations: zeros, year: 2024 })).toThrow(
      /add up to zero/,
    );
  });
});

describe('largest remainder', () => {
  it('gives left-over units to the largest remainders and shows the ranking', () => {
    // 10 kr by population 2 : 3 : 4 → quotas 20/9 = 2.22, 30/9 = 3.33, 40/9 = 4.44; floors 2 + 3 + 4 = 9; 1 kr left → '12'
    const rows = [pop('H', '07', 2023, 2), pop('H', '10', 2023, 3), pop('H', '12', 2023, 4)];
    const { value, trace } = splitTotal({
      totalOre: 1000,
      key: { kind: 'POPULATION', healthcareRegionCode: 'H' },
      regions: ['12', '07', '10'],
      populations: rows,
      year: 2024,
    });
    expect(value.shares).toEqual([
      { regionCode: '07', shareOre: 200 },
      { regionCode: '10', shareOre: 300 },
      { regionCode: '12', shareOre: 500 },
    ]);
    expect(trace.quotas).toEqual([
      { regionCode: '07', quotaUnits: '20/9', floorUnits: 2, remainder: '2/9', remainderRank: 3, extraUnits: 0, units: 2, shareOre: 200 },
      { regionCode: '10', quotaUnits: '10/3', floorUnits: 3, remainder: '1/3', remainderRank: 2, extraUnits: 0, units: 3, shareOre: 300 },
      { regionCode: '12', quotaUnits: '40/9', floorUnits: 4, remainder: '4/9', remainderRank: 1, extraUnits: 1, units: 5, shareOre: 500 },
    ]);
    expect(trace).toMatchObject({ floorSumUnits: 9, extraUnitsGiven: 1, roundedTotalUnits: 10 });
  });

  it('breaks ties in remainder in favour of the lower region code', () => {
    // 100 kr in three equal parts: 33.33 each, 1 kr left; all remainders 1/3 → '07' (lowest code) gets it
    const result = splitTotal({ totalOre: 10_000, key: { kind: 'EQUAL' }, regions: ['13', '07', '10'], year: 2024 });
    expect(shares({ totalOre: 10_000, key: { kind: 'EQUAL' }, regions: ['13', '07', '10'], year: 2024 })).toEqual({
      '07': 3400,
      '10': 3300,
      '13': 3300,
    });
    expect(result.trace.quotas.map((q) => q.remainderRank)).toEqual([1, 2, 3]);
    // 2 kr left of 5 in 3: '07' and '10'
    expect(shares({ totalOre: 500, key: { kind: 'EQUAL' }, regions: ['13', '10', '07'], year: 2024 })).toEqual({
      '07': 200,
      '10': 200,
      '13': 100,
    });
  });
});

describe('rounding units', () => {
  const regions = ['01', '03', '04'];
  const total = 123_456_789; // 1 234 567,89 kr
  it('ORE: exact öre, 123 456 789 / 3 = 41 152 263 each', () => {
    const { value } = splitTotal({ totalOre: total, key: { kind: 'EQUAL' }, regions, year: 2024, unit: 'ORE' });
    expect(value.roundedTotalOre).toBe(123_456_789);
    expect(value.shares.map((s) => s.shareOre)).toEqual([41_152_263, 41_152_263, 41_152_263]);
  });
  it('KRONA (default): 1 234 568 kr → 411 523 / 411 523 / 411 522 kr', () => {
    const { value } = splitTotal({ totalOre: total, key: { kind: 'EQUAL' }, regions, year: 2024 });
    expect(value).toMatchObject({ unit: 'KRONA', roundedTotalOre: 123_456_800 });
    expect(value.shares.map((s) => s.shareOre)).toEqual([41_152_300, 41_152_300, 41_152_200]);
  });
  it('HUNDRED_KRONOR: 12 346 hundreds → 4 116 / 4 115 / 4 115 hundreds', () => {
    const { value } = splitTotal({ totalOre: total, key: { kind: 'EQUAL' }, regions, year: 2024, unit: 'HUNDRED_KRONOR' });
    expect(value.roundedTotalOre).toBe(123_460_000);
    expect(value.shares.map((s) => s.shareOre)).toEqual([41_160_000, 41_150_000, 41_150_000]);
  });
  it('rounds the total half away from zero', () => {
    expect(roundToUnit(150, 'KRONA')).toBe(2n);
    expect(roundToUnit(149, 'KRONA')).toBe(1n);
    expect(roundToUnit(-150, 'KRONA')).toBe(-2n);
    expect(roundToUnit(-149, 'KRONA')).toBe(-1n);
    expect(roundToUnit(5_000, 'HUNDRED_KRONOR')).toBe(1n);
    expect(roundToUnit(-5_000, 'HUNDRED_KRONOR')).toBe(-1n);
    expect(roundToUnit(-7, 'ORE')).toBe(-7n);
  });
  it('invoices 100 000,50 kr as one total rounded once (100 001 kr), the shares add up to it and the 0,50 kr is stated', () => {
    const { value, trace } = splitTotal({ totalOre: 10_000_050, key: { kind: 'EQUAL' }, regions, year: 2024 });
    expect(value.invoicedTotalOre).toBe(10_000_100);
    expect(value.shares.reduce((acc, s) => acc + s.shareOre, 0)).toBe(value.invoicedTotalOre);
    expect(value.roundingDifferenceOre).toBe(50);
    expect(trace).toMatchObject({ totalOre: 10_000_050, invoicedTotalOre: 10_000_100, roundingDifferenceOre: 50 });
  });
  it('splits a negative total (a credit) so the shares still add up', () => {
    const { value } = splitTotal({ totalOre: -10_000, key: { kind: 'EQUAL' }, regions, year: 2024 });
    expect(value.shares.map((s) => s.shareOre)).toEqual([-3300, -3300, -3400]);
  });
});

describe('FIXED_VARIABLE and CUSTOM keys', () => {
  it('splits 30 % equally and 70 % by population', () => {
    // weights 0.3/2 + 0.7 × 1/4 = 13/40 and 0.3/2 + 0.7 × 3/4 = 27/40 of 10 000 kr
    const rows = [pop('H', '01', 2023, 1), pop('H', '03', 2023, 3)];
    const { value, trace } = splitTotal({
      totalOre: 1_000_000,
      key: { kind: 'FIXED_VARIABLE', healthcareRegionCode: 'H', fixedPartBp: 3000 },
      regions: ['01', '03'],
      populations: rows,
      year: 2024,
    });
    expect(value.shares.map((s) => s.shareOre)).toEqual([325_000, 675_000]);
    expect(trace.weights.map((w) => [w.weight, w.fixedWeight, w.variableWeight])).toEqual([
      ['13/40', '3/20', '7/40'],
      ['27/40', '3/20', '21/40'],
    ]);
    expect(trace.fixedPartBp).toBe(3000);
  });

  it('ignores population with a 100 % fixed part (ties then go to the lower code)', () => {
    const rows = [pop('H', '01', 2023, 1), pop('H', '03', 2023, 1_000_000)];
    const key = { kind: 'FIXED_VARIABLE', healthcareRegionCode: 'H', fixedPartBp: 10_000 } as const;
    expect(shares({ totalOre: 300, key, regions: ['01', '03'], populations: rows, year: 2024 })).toEqual({ '01': 200, '03': 100 });
  });

  it('splits by custom basis points', () => {
    const key = {
      kind: 'CUSTOM',
      shares: [
        { regionCode: '01', shareBp: 2500 },
        { regionCode: '03', shareBp: 7500 },
      ],
    } as const;
    const { value, trace } = splitTotal({ totalOre: 1_000_000, key, regions: ['03', '01'], year: 2024 });
    expect(value.shares.map((s) => s.shareOre)).toEqual([250_000, 750_000]);
    expect(trace.weights.map((w) => w.shareBp)).toEqual([2500, 7500]);
  });

  it.each([
    [[5000, 4999], /exactly 100 %.*9999/],
    [[5000, 5001], /exactly 100 %.*10001/],
  ])('rejects custom shares %j that do not add up to 10 000', (bps, message) => {
    const key = {
      kind: 'CUSTOM' as const,
      shares: [
        { regionCode: '01', shareBp: bps[0] ?? 0 },
        { regionCode: '03', shareBp: bps[1] ?? 0 },
      ],
    };
    expect(() => splitTotal({ totalOre: 100, key, regions: ['01', '03'], year: 2024 })).toThrow(message);
  });

  it('rejects custom shares for missing, extra or repeated regions', () => {
    const one = (regionCode: string, shareBp: number) => ({ regionCode, shareBp });
    const split = (s: { regionCode: string; shareBp: number }[]) => () =>
      splitTotal({ totalOre: 100, key: { kind: 'CUSTOM', shares: s }, regions: ['01', '03'], year: 2024 });
    expect(split([one('01', 10_000)])).toThrow(/no custom share for region 03/);
    expect(split([one('01', 5000), one('03', 4000), one('04', 1000)])).toThrow(/not in the split/);
    expect(split([one('01', 5000), one('01', 5000)])).toThrow(/duplicate/);
    expect(split([one('01', 11_000), one('03', -1000)])).toThrow(DomainError);
  });
});

describe('input checks', () => {
  it('rejects no regions, repeated regions and fractional totals', () => {
    expect(() => splitTotal({ totalOre: 100, key: { kind: 'EQUAL' }, regions: [], year: 2024 })).toThrow(/no regions/);
    expect(() => splitTotal({ totalOre: 100, key: { kind: 'EQUAL' }, regions: ['01', '01'], year: 2024 })).toThrow(/duplicate/);
    expect(() => splitTotal({ totalOre: 100.5, key: { kind: 'EQUAL' }, regions: ['01'], year: 2024 })).toThrow(DomainError);
  });
  it('splits zero into zeros', () => {
    expect(shares({ totalOre: 0, key: { kind: 'EQUAL' }, regions: ['01', '03'], year: 2024 })).toEqual({ '01': 0, '03': 0 });
  });
});
