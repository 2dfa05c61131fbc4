/**
 * Splitting a hosting's total between the regions of the healthcare region.
 *
 * 1. The total is rounded to the rounding unit (ORE = 1 öre, KRONA = 100 öre (default),
 *    HUNDRED_KRONOR = 10 000 öre), half away from zero.
 * 2. The rounded total, counted in units, is split by largest remainder on the key's weights
 *    (see `apportion`), so the shares add up EXACTLY to the rounded total.
 * Every quota is an exact BigInt fraction; no floating point is involved.
 */
import type { RoundingUnit } from '../enums';
import type { MemberPopulation } from '../population';
import { apportion, type ApportionedRegion } from './apportion';
import { parseFraction, rational, roundHalfAwayFromZero, toSafeNumber } from './rational';
import { keyWeights, type AllocationKey, type PopulationFallback, type RegionWeightTrace } from './split-weights';
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
  /** Sorted by region code. */
  weights: RegionWeightTrace[];
  /** Sorted by region code: quota, floor, remainder, rank in the remainder ranking, extra unit. */
  quotas: SplitQuotaTrace[];
  floorSumUnits: number;
  extraUnitsGiven: number;
  /** Regions whose population was taken from an earlier year than wanted. */
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
  const key = input.key;
  return {
    value: { unit, roundedTotalOre, shares: quotas.map((q) => ({ regionCode: q.regionCode, shareOre: q.shareOre })) },
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
      weights,
      quotas,
      floorSumUnits: result.floorSumUnits,
      extraUnitsGiven: result.extraUnitsGiven,
      populationFallbacks: weights
        .filter((w) => w.populationFallback)
        .map((w) => ({ regionCode: w.regionCode, wantedYear: w.populationYearWanted ?? year, usedYear: w.populationYearUsed ?? year })),
    },
  };
}
