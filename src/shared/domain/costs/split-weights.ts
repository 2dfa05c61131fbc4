/**
 * The weight of each region under an allocation key (fördelningsnyckel).
 *
 * - POPULATION: the region's population PART in the key's healthcare region (Halland counts with its
 *   part in SODRA and in VASTRA) on 31 December of year + offset (default offset −1: the 2024 cost is
 *   split by the population of 31 Dec 2023). ONE date for every region of the key: when any region
 *   lacks the wanted year, the latest earlier year that EVERY region has is used for all of them (never
 *   a mix of dates), and the regions lacking the wanted year are reported; no common year is an error.
 * - EQUAL: every region weighs the same.
 * - FIXED_VARIABLE: fixedPartBp / 10 000 split equally, the rest by population:
 *   w = fixed/n + (1 − fixed) × population / Σ population.
 * - CUSTOM: basis points per region; every region exactly once and adding up to exactly 10 000.
 * Weights are reported normalised (they add up to exactly 1).
 */
import type { MemberPopulation } from '../population';
import {
  add,
  basisPoints,
  div,
  fromInteger,
  mul,
  ONE,
  rational,
  sub,
  sum,
  toFractionString,
  type FractionString,
  type Rational,
} from './rational';
import { DomainError } from '../../contract/domain-error';
import { invalid, requireInteger, requireUnique, requireYear } from './validate';

/** A split that lacks populations: worded for the user as `costReason.noPopulation`. */
function noPopulation(message: string): never {
  throw new DomainError('VALIDATION', message, { key: 'costReason.noPopulation', params: {} });
}

export const DEFAULT_POPULATION_YEAR_OFFSET = -1;

export type AllocationKey =
  | { kind: 'POPULATION'; healthcareRegionCode: string; populationYearOffset?: number }
  | { kind: 'EQUAL' }
  | { kind: 'FIXED_VARIABLE'; healthcareRegionCode: string; fixedPartBp: number; populationYearOffset?: number }
  | { kind: 'CUSTOM'; shares: readonly { regionCode: string; shareBp: number }[] };

export type RegionWeightTrace = {
  regionCode: string;
  /** Normalised weight, all regions together = 1. */
  weight: FractionString;
  population: number | null;
  /** The year wanted (year + offset) and the year actually used; they differ on a fallback. */
  populationYearWanted: number | null;
  populationYearUsed: number | null;
  populationFallback: boolean;
  /** CUSTOM: the region's basis points. */
  shareBp: number | null;
  /** FIXED_VARIABLE: the equal part and the population part of the weight. */
  fixedWeight: FractionString | null;
  variableWeight: FractionString | null;
};

/** A region that lacks the wanted population year, so the whole key uses `usedYear`. */
export type PopulationFallback = { regionCode: string; wantedYear: number; usedYear: number };

type PopulationPick = { population: number; wanted: number; used: number };

function rowsOf(rows: readonly MemberPopulation[], healthcareRegionCode: string, regionCode: string): MemberPopulation[] {
  const own = rows.filter((r) => r.healthcareRegionCode === healthcareRegionCode && r.regionCode === regionCode);
  requireUnique(
    `populations of ${healthcareRegionCode}/${regionCode}`,
    own.map((r) => String(r.year)),
  );
  return own;
}

/**
 * The one population year of a key: the wanted year when every region has it, else the latest earlier
 * year that every region has. No such year is an error naming the regions without any figure.
 */
export function commonPopulationYear(
  rows: readonly MemberPopulation[],
  healthcareRegionCode: string,
  regions: readonly string[],
  wantedYear: number,
): { used: number; missing: string[] } {
  const years = regions.map((code) => new Set(rowsOf(rows, healthcareRegionCode, code).map((r) => r.year)));
  const missing = regions.filter((_, i) => !years[i]?.has(wantedYear));
  const candidates = [...(years[0] ?? new Set<number>())].filter((y) => y <= wantedYear && years.every((set) => set.has(y)));
  if (candidates.length === 0) {
    noPopulation(`no population year on or before ${wantedYear} that every region of ${healthcareRegionCode} has (${regions.join(', ')})`);
  }
  return { used: Math.max(...candidates), missing };
}

/** The region's population part in the healthcare region for the wanted year, or the latest earlier one. */
export function pickPopulation(
  rows: readonly MemberPopulation[],
  healthcareRegionCode: string,
  regionCode: string,
  wantedYear: number,
): PopulationPick {
  const candidates = rows.filter(
    (r) => r.healthcareRegionCode === healthcareRegionCode && r.regionCode === regionCode && r.year <= wantedYear,
  );
  requireUnique(
    `populations of ${healthcareRegionCode}/${regionCode}`,
    candidates.map((r) => String(r.year)),
  );
  const best = candidates.reduce<MemberPopulation | null>((b, r) => (b === null || r.year > b.year ? r : b), null);
  if (!best) noPopulation(`no population for region ${regionCode} in ${healthcareRegionCode} for ${wantedYear} or earlier`);
  requireInteger(`population of ${regionCode} ${best.year}`, best.population, 0);
  return { population: best.population, wanted: wantedYear, used: best.year };
}

function blank(regionCode: string, weight: Rational): RegionWeightTrace {
  return {
    regionCode,
    weight: toFractionString(weight),
    population: null,
    populationYearWanted: null,
    populationYearUsed: null,
    populationFallback: false,
    shareBp: null,
    fixedWeight: null,
    variableWeight: null,
  };
}

function populationWeights(
  regions: readonly string[],
  rows: readonly MemberPopulation[],
  healthcareRegionCode: string,
  wantedYear: number,
  fixedBp: number | null,
): RegionWeightTrace[] {
  const fixed = fixedBp === null ? rational(0n) : basisPoints(fixedBp);
  const { used } = commonPopulationYear(rows, healthcareRegionCode, regions, wantedYear);
  const picks = regions.map((code) => ({ ...pickPopulation(rows, healthcareRegionCode, code, used), wanted: wantedYear }));
  const totalPopulation = sum(picks.map((p) => fromInteger(p.population)));
  if (totalPopulation.num === 0n) invalid(`the populations of ${healthcareRegionCode} add up to zero`);
  const equalPart = div(fixed, fromInteger(regions.length));
  return regions.map((code, i) => {
    const pick = picks[i] as PopulationPick;
    const variable = mul(sub(ONE, fixed), div(fromInteger(pick.population), totalPopulation));
    return {
      ...blank(code, add(equalPart, variable)),
      population: pick.population,
      populationYearWanted: pick.wanted,
      populationYearUsed: pick.used,
      populationFallback: pick.used !== pick.wanted,
      fixedWeight: fixedBp === null ? null : toFractionString(equalPart),
      variableWeight: fixedBp === null ? null : toFractionString(variable),
    };
  });
}

function customWeights(regions: readonly string[], key: Extract<AllocationKey, { kind: 'CUSTOM' }>): RegionWeightTrace[] {
  requireUnique(
    'custom shares',
    key.shares.map((s) => s.regionCode),
  );
  const byRegion = new Map(key.shares.map((s) => [s.regionCode, requireInteger(`shareBp of ${s.regionCode}`, s.shareBp, 0, 10_000)]));
  const stray = key.shares.find((s) => !regions.includes(s.regionCode));
  if (stray) invalid(`custom share for region ${stray.regionCode}, which is not in the split`);
  const total = key.shares.reduce((acc, s) => acc + s.shareBp, 0);
  if (total !== 10_000) invalid(`custom shares must add up to exactly 100 % (10 000 bp), got ${total} bp`);
  return regions.map((code) => {
    const bp = byRegion.get(code);
    if (bp === undefined) invalid(`no custom share for region ${code}`);
    return { ...blank(code, basisPoints(bp)), shareBp: bp };
  });
}

/** Normalised weights of the regions for the key in the cost year `year`. */
export function keyWeights(
  key: AllocationKey,
  regions: readonly string[],
  populations: readonly MemberPopulation[],
  year: number,
): RegionWeightTrace[] {
  if (regions.length === 0) invalid('nothing to split between: no regions');
  requireUnique('regions', regions);
  switch (key.kind) {
    case 'EQUAL':
      return regions.map((code) => blank(code, rational(1n, BigInt(regions.length))));
    case 'CUSTOM':
      return customWeights(regions, key);
    case 'POPULATION':
    case 'FIXED_VARIABLE': {
      const offset = requireInteger('populationYearOffset', key.populationYearOffset ?? DEFAULT_POPULATION_YEAR_OFFSET, -50, 50);
      const fixedBp = key.kind === 'FIXED_VARIABLE' ? requireInteger('fixedPartBp', key.fixedPartBp, 0, 10_000) : null;
      return populationWeights(regions, populations, key.healthcareRegionCode, requireYear('year', year + offset), fixedBp);
    }
  }
}
