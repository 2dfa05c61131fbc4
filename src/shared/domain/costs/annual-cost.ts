/**
 * Annual cost of a full-time post: monthly salary × 12 × (1 + PO-pålägg).
 * PO-pålägg is given in hundredths of a percent (52.28 % = 5 228), so the factor is (10 000 + po) / 10 000.
 * The result is exact; `roundedOre` is for display only and is never used in further arithmetic.
 */
import {
  fromInteger,
  mul,
  rational,
  roundHalfAwayFromZero,
  toFractionString,
  toRational,
  toSafeNumber,
  type FractionString,
  type Rational,
} from './rational';
import { invalid, requireNonNegative } from './validate';

export const MONTHS_PER_YEAR = 12;

export type AnnualCostInput = {
  /** Monthly salary in öre: an integer or an exact fraction (an indexed salary). */
  monthlySalaryOre: number | FractionString;
  /** PO-pålägg in hundredths of a percent: 52.28 % = 5 228. */
  poSurchargeBp: number;
};

export type AnnualCostTrace = {
  monthlySalaryOre: FractionString;
  months: number;
  poSurchargeBp: number;
  /** (10 000 + PO) / 10 000 as a reduced fraction, e.g. 52.28 % → "3807/2500". */
  poFactor: FractionString;
  exactOre: FractionString;
  /** Display value, rounded half away from zero; not used in further arithmetic. */
  roundedOre: number;
};

export type AnnualCostValue = { exactOre: FractionString; roundedOre: number };

/** 1 + PO-pålägg as an exact factor. */
export function poFactor(poSurchargeBp: number): Rational {
  requireNonNegative('poSurchargeBp', poSurchargeBp);
  return rational(BigInt(10_000 + poSurchargeBp), 10_000n);
}

/** Exact annual cost in öre. */
export function annualFullTimeCostExact(monthlySalaryOre: Rational, poSurchargeBp: number): Rational {
  if (monthlySalaryOre.num < 0n) invalid('monthlySalaryOre must not be negative');
  return mul(mul(monthlySalaryOre, fromInteger(MONTHS_PER_YEAR)), poFactor(poSurchargeBp));
}

/** Annual cost of a full-time post with its trace. */
export function annualFullTimeCost(input: AnnualCostInput): { value: AnnualCostValue; trace: AnnualCostTrace } {
  const salary = toRational(input.monthlySalaryOre);
  const exact = annualFullTimeCostExact(salary, input.poSurchargeBp);
  const exactOre = toFractionString(exact);
  const roundedOre = toSafeNumber(roundHalfAwayFromZero(exact));
  return {
    value: { exactOre, roundedOre },
    trace: {
      monthlySalaryOre: toFractionString(salary),
      months: MONTHS_PER_YEAR,
      poSurchargeBp: input.poSurchargeBp,
      poFactor: toFractionString(poFactor(input.poSurchargeBp)),
      exactOre,
      roundedOre,
    },
  };
}
