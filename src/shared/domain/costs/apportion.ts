/**
 * Largest-remainder apportionment (Hamilton's method) of a whole number of units.
 *
 * quota_r = total × weight_r / Σ weights (exact); every region first gets ⌊quota_r⌋; the units left over
 * (total − Σ⌊quota⌋, always fewer than the number of regions) go one each to the regions with the largest
 * remainders quota − ⌊quota⌋; equal remainders go to the lower region code (string comparison).
 * The parts therefore add up exactly to the total, and a larger weight never gets fewer units.
 */
import {
  compare,
  div,
  floor,
  mul,
  rational,
  sub,
  sum,
  toFractionString,
  toSafeNumber,
  type FractionString,
  type Rational,
} from './rational';
import { invalid, requireUnique } from './validate';

export type WeightedRegion = { regionCode: string; weight: Rational };

export type ApportionedRegion = {
  regionCode: string;
  /** Exact quota in units. */
  quotaUnits: FractionString;
  floorUnits: number;
  /** quota − floor, in [0, 1). */
  remainder: FractionString;
  /** 1 = largest remainder; ties broken by the lower region code. */
  remainderRank: number;
  /** 1 when the region received one of the left-over units, else 0. */
  extraUnits: number;
  units: number;
};

export type Apportionment = {
  totalUnits: number;
  floorSumUnits: number;
  extraUnitsGiven: number;
  /** Sorted by region code. */
  regions: ApportionedRegion[];
};

export function apportion(totalUnits: bigint, weighted: readonly WeightedRegion[]): Apportionment {
  if (weighted.length === 0) invalid('nothing to split between: no regions');
  requireUnique(
    'regions',
    weighted.map((w) => w.regionCode),
  );
  if (weighted.some((w) => w.weight.num < 0n)) invalid('weights must not be negative');
  const weightSum = sum(weighted.map((w) => w.weight));
  if (weightSum.num === 0n) invalid('the weights add up to zero: nothing to split by');
  const total = rational(totalUnits);
  const rows = weighted.map((w) => {
    const quota = div(mul(total, w.weight), weightSum);
    const whole = floor(quota);
    return { regionCode: w.regionCode, quota, whole, remainder: sub(quota, rational(whole)) };
  });
  const floorSum = rows.reduce((acc, r) => acc + r.whole, 0n);
  const extra = totalUnits - floorSum;
  const ranking = [...rows].sort(
    (a, b) => compare(b.remainder, a.remainder) || (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0),
  );
  const rankOf = new Map(ranking.map((r, i) => [r.regionCode, i + 1]));
  const regions = rows
    .map((r) => {
      const rank = rankOf.get(r.regionCode) ?? 0;
      const extraUnits = BigInt(rank) <= extra ? 1 : 0;
      return {
        regionCode: r.regionCode,
        quotaUnits: toFractionString(r.quota),
        floorUnits: toSafeNumber(r.whole),
        remainder: toFractionString(r.remainder),
        remainderRank: rank,
        extraUnits,
        units: toSafeNumber(r.whole + BigInt(extraUnits)),
      };
    })
    .sort((a, b) => (a.regionCode < b.regionCode ? -1 : 1));
  return { totalUnits: toSafeNumber(totalUnits), floorSumUnits: toSafeNumber(floorSum), extraUnitsGiven: toSafeNumber(extra), regions };
}
