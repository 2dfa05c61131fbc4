/**
 * Splitting a hosting's total between the regions of the healthcare region.
 *
 * 1. The total is rounded to the rounding unit (ORE = 1 öre, KRONA = 100 öre (default),
 *    HUNDRED_KRONOR = 10 000 öre), half away from zero.
 * 2. The rounded total, counted in units, is split by largest remainder on the key's weights
 *    (see `apportion`), so the shares add up EXACTLY to the rounded total.
 * The rounded total is the INVOICED total: what the host invoices is the sum of what the regions pay,
 * always. It stands beside the exact cost with the difference stated (`roundingDifferenceOre` =
 * invoiced − cost, at most half a unit either way); the total is rounded once, never per share.
 * Every quota is an exact BigInt fraction; no floating point is involved.
 */
import type { RoundingUnit } from '../enums';
import type { MemberPopulation } from '../population';
import { apportion, type ApportionedRegion } from './apportion';
import { parseFraction, rational, roundHalfAwayFromZero, toSafeNumber } from './rational';
import {
  commonPopulationYear,
  DEFAULT_POPULATION_YEAR_OFFSET,
  keyWeights,
  type AllocationKey,
  type PopulationFallback,
  type RegionWeightTrace,
} from './split-weights';
import { invalid, requireInteger, requireYear } from './validate';

export const ROUNDING_UNIT_ORE: Readonly<Record<RoundingUnit, number>> = { ORE: 1, KRONA: 100, HUNDRED_KRONOR: 10_000 };
export const DEFAULT_ROUNDING_UNIT: RoundingUnit = 'KRONA';

export type SplitTotalInput = {
  /** The amount to split, in öre. */
  totalOre: number;
  key: AllocationKey;
  /** Region codes taking part in the split (the members of the healthcare region). */
  regions: readonly string[];
  /** Population parts per (healthcare region, region, year); needed by POPULATION and FIXED_VARIABLE. */
  populations?: readonly MemberPopulation[];
  /** The cost year. */
  year: number;
  unit?: RoundingUnit;
};

export type RegionShare = { regionCode: string; shareOre: number };

export type SplitTotalValue = {
  unit: RoundingUnit;
  roundedTotalOre: number;
  /** What the host invoices: the sum of the shares (= `roundedTotalOre`). */
  invoicedTotalOre: number;
  /** invoicedTotalOre − the cost that was split (the rounding, stated). */
  roundingDifferenceOre: number;
  /** Sorted by region code; the shares add up exactly to `roundedTotalOre`. */
  shares: RegionShare[];
};

export type SplitQuotaTrace = ApportionedRegion & { shareOre: number };

export type SplitTotalTrace = {
  keyKind: AllocationKey['kind'];
  year: number;
  healthcareRegionCode: string | null;
  fixedPartBp: number | null;
  unit: RoundingUnit;
  unitOre: number;
  totalOre: number;
  roundedTotalUnits: number;
  roundedTotalOre: number;
  invoicedTotalOre: number;
  roundingDifferenceOre: number;
  /** POPULATION and FIXED_VARIABLE: the one population year wanted and the one used for every region. */
  populationYearWanted: number | null;
  populationYearUsed: number | null;
  /** Sorted by region code. */
  weights: RegionWeightTrace[];
  /** Sorted by region code: quota, floor, remainder, rank in the remainder ranking, extra unit. */
  quotas: SplitQuotaTrace[];
  floorSumUnits: number;
  extraUnitsGiven: number;
  /** Regions lacking the wanted population year (so the whole key uses `populationYearUsed`). */
  populationFallbacks: PopulationFallback[];
};

/** The total rounded to whole units, half away from zero. */
export function roundToUnit(totalOre: number, unit: RoundingUnit): bigint {
  const unitOre = ROUNDING_UNIT_ORE[unit];
  if (unitOre === undefined) invalid(`unknown rounding unit: ${String(unit)}`);
  return roundHalfAwayFromZero(rational(BigInt(requireInteger('totalOre', totalOre)), BigInt(unitOre)));
}

export function splitTotal(input: SplitTotalInput): { value: SplitTotalValue; trace: SplitTotalTrace } {
  const year = requireYear('year', input.year);
  const unit = input.unit ?? DEFAULT_ROUNDING_UNIT;
  const unitOre = ROUNDING_UNIT_ORE[unit];
  const units = roundToUnit(input.totalOre, unit);
  const weights = keyWeights(input.key, input.regions, input.populations ?? [], year).sort((a, b) =>
    a.regionCode < b.regionCode ? -1 : 1,
  );
  const result = apportion(
    units,
    weights.map((w) => ({ regionCode: w.regionCode, weight: parseFraction(w.weight) })),
  );
  const quotas = result.regions.map((r) => ({ ...r, shareOre: r.units * unitOre }));
  const roundedTotalOre = toSafeNumber(units * BigInt(unitOre));
  const roundingDifferenceOre = toSafeNumber(BigInt(roundedTotalOre) - BigInt(input.totalOre));
  const key = input.key;
  const population = populationYears(input, year);
  return {
    value: {
      unit,
      roundedTotalOre,
      invoicedTotalOre: roundedTotalOre,
      roundingDifferenceOre,
      shares: quotas.map((q) => ({ regionCode: q.regionCode, shareOre: q.shareOre })),
    },
    trace: {
      keyKind: key.kind,
      year,
      healthcareRegionCode: key.kind === 'POPULATION' || key.kind === 'FIXED_VARIABLE' ? key.healthcareRegionCode : null,
      fixedPartBp: key.kind === 'FIXED_VARIABLE' ? key.fixedPartBp : null,
      unit,
      unitOre,
      totalOre: input.totalOre,
      roundedTotalUnits: result.totalUnits,
      roundedTotalOre,
      invoicedTotalOre: roundedTotalOre,
      roundingDifferenceOre,
      populationYearWanted: population?.wanted ?? null,
      populationYearUsed: population?.used ?? null,
      weights,
      quotas,
      floorSumUnits: result.floorSumUnits,
      extraUnitsGiven: result.extraUnitsGiven,
      populationFallbacks:
        population === null
          ? []
          : population.missing.map((regionCode) => ({ regionCode, wantedYear: population.wanted, usedYear: population.used })),
    },
  };
}

/** The population year wanted and used by a population-based key (null for EQUAL and CUSTOM). */
function populationYears(input: SplitTotalInput, year: number): { wanted: number; used: number; missing: string[] } | null {
  const key = input.key;
  if (key.kind !== 'POPULATION' && key.kind !== 'FIXED_VARIABLE') return null;
  const wanted = year + (key.populationYearOffset ?? DEFAULT_POPULATION_YEAR_OFFSET);
  const { used, missing } = commonPopulationYear(input.populations ?? [], key.healthcareRegionCode, [...input.regions].sort(), wanted);
  return { wanted, used, missing };
}
