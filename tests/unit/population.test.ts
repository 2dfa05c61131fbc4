import { describe, expect, it } from 'vitest';
import { completeYears, healthcareRegionPopulation, type MemberPopulation } from '../../src/shared/domain/population';

const rows: MemberPopulation[] = [
  { healthcareRegionCode: 'SODRA', regionCode: '12', year: 2023, population: 100 },
  { healthcareRegionCode: 'SODRA', regionCode: '13', year: 2023, population: 40 },
  { healthcareRegionCode: 'VASTRA', regionCode: '13', year: 2023, population: 60 },
  { healthcareRegionCode: 'SODRA', regionCode: '12', year: 2024, population: 101 },
];

describe('healthcareRegionPopulation', () => {
  it('sums the parts of the members for the year', () => {
    expect(healthcareRegionPopulation(rows, 'SODRA', 2023)).toBe(140);
    expect(healthcareRegionPopulation(rows, 'VASTRA', 2023)).toBe(60);
  });
  it('returns null for a year without figures', () => {
    expect(healthcareRegionPopulation(rows, 'SODRA', 2019)).toBeNull();
  });
  it('lists only the years where every member has a figure', () => {
    expect(completeYears(rows, 'SODRA', ['12', '13'])).toEqual([2023]);
    expect(completeYears(rows, 'SODRA', ['12'])).toEqual([2023, 2024]);
  });
});
