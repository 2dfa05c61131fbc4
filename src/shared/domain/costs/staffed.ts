/**
 * Cost of a share of a post over (part of) a year — the common core of a membership and of a staffed
 * role in a hosting:
 *
 *   cost = monthly salary × 12 × (10 000 + PO) / 10 000 × allocation / 10 000 × days / days in year
 *
 * computed exactly and rounded ONCE, half away from zero, to whole öre.
 */
import { annualFullTimeCost, type AnnualCostTrace } from './annual-cost';
import { daysInYear, overlapWithYear, yearEnd, yearStart, type IsoDate } from '../../calendar';
import {
  basisPoints,
  mul,
  parseFraction,
  rational,
  roundHalfAwayFromZero,
  toFractionString,
  toSafeNumber,
  type FractionString,
} from './rational';
import { resolveSalary, type ResolveSalaryInput, type SalaryTrace } from './salary';
import { requireAllocationBp } from './validate';

export type Period = { start: IsoDate; end: IsoDate | null };

export type StaffedCostInput = {
  salary: ResolveSalaryInput;
  poSurchargeBp: number;
  allocationBp: number;
  /** null = the whole year. */
  period: Period | null;
};

export type StaffedCostTrace = {
  year: number;
  salary: SalaryTrace;
  annualCost: AnnualCostTrace;
  allocationBp: number;
  /** The period as given (null = whole year) and its part inside the year. */
  period: Period | null;
  from: IsoDate | null;
  to: IsoDate | null;
  days: number;
  daysInYear: number;
  /** The calculation in öre, readable by hand, e.g. `9000000 × 12 × 15228/10000 × 1000/10000 × 365/365`. */
  formula: string;
  exactOre: FractionString;
  roundedOre: number;
};

export type StaffedCostValue = { costOre: number; exactOre: FractionString };

function coveredDays(period: Period | null, year: number) {
  if (period === null) {
    const total = daysInYear(year);
    return { from: yearStart(year), to: yearEnd(year), days: total, daysInYear: total };
  }
  return overlapWithYear(period.start, period.end, year);
}

export function staffedCost(input: StaffedCostInput): { value: StaffedCostValue; trace: StaffedCostTrace } {
  const year = input.salary.year;
  const allocationBp = requireAllocationBp('allocationBp', input.allocationBp);
  const salary = resolveSalary(input.salary);
  const annual = annualFullTimeCost({ monthlySalaryOre: salary.value.monthlySalaryOre, poSurchargeBp: input.poSurchargeBp });
  const covered = coveredDays(input.period, year);
  const exact = mul(
    mul(parseFraction(annual.value.exactOre), basisPoints(allocationBp)),
    rational(BigInt(covered.days), BigInt(covered.daysInYear)),
  );
  const costOre = toSafeNumber(roundHalfAwayFromZero(exact));
  const exactOre = toFractionString(exact);
  const formula = [
    salary.value.monthlySalaryOre,
    '12',
    `${10_000 + input.poSurchargeBp}/10000`,
    `${allocationBp}/10000`,
    `${covered.days}/${covered.daysInYear}`,
  ].join(' × ');
  return {
    value: { costOre, exactOre },
    trace: {
      year,
      salary: salary.trace,
      annualCost: annual.trace,
      allocationBp,
      period: input.period,
      from: covered.from,
      to: covered.to,
      days: covered.days,
      daysInYear: covered.daysInYear,
      formula,
      exactOre,
      roundedOre: costOre,
    },
  };
}
