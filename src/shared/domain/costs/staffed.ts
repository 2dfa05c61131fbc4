/**
 * Cost of a share of a post over (part of) a year — the common core of a membership and of a staffed
 * role in a hosting:
 *
 *   cost = Σ over salary segments: monthly salary × 12 × (10 000 + PO) / 10 000 × allocation / 10 000
 *          × days of the segment / days in year
 *
 * A segment is a run of days under one salary (`salarySegments`: a salary change or an index taking
 * effect starts a new one). The sum is computed exactly and rounded ONCE, half away from zero, to whole öre.
 */
import { annualFullTimeCost, type AnnualCostTrace } from './annual-cost';
import { daysInYear, overlapWithYear, yearEnd, yearStart, type IsoDate } from '../../calendar';
import {
  basisPoints,
  mul,
  parseFraction,
  rational,
  roundHalfAwayFromZero,
  sum,
  toFractionString,
  toSafeNumber,
  type FractionString,
} from './rational';
import { resolveSalary, type ResolveSalaryInput, type SalaryTrace } from './salary';
import { salarySegments } from './salary-segments';
import { requireAllocationBp } from './validate';

export type Period = { start: IsoDate; end: IsoDate | null };

export type StaffedCostInput = {
  salary: ResolveSalaryInput;
  poSurchargeBp: number;
  allocationBp: number;
  /** null = the whole year. */
  period: Period | null;
};

/** The days of the period under one salary: from–to, salary, share, days and the exact amount. */
export type StaffedSegmentTrace = {
  from: IsoDate;
  to: IsoDate;
  days: number;
  salary: SalaryTrace;
  monthlySalaryOre: FractionString;
  allocationBp: number;
  /** The annual full-time cost at this salary (with PO), exact öre. */
  annualCostOre: FractionString;
  formula: string;
  exactOre: FractionString;
};

export type StaffedCostTrace = {
  year: number;
  /** The salary of the first segment (in force on the first day costed). */
  salary: SalaryTrace;
  annualCost: AnnualCostTrace;
  /** Every run of days under one salary, in date order; their exact amounts add up to `exactOre`. */
  segments: StaffedSegmentTrace[];
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

function segmentTraces(input: StaffedCostInput, from: IsoDate | null, to: IsoDate | null, total: number): StaffedSegmentTrace[] {
  if (from === null || to === null) return [];
  return salarySegments(input.salary, from, to).map((segment) => {
    const monthly = segment.salary.monthlySalaryOre;
    const annual = annualFullTimeCost({ monthlySalaryOre: monthly, poSurchargeBp: input.poSurchargeBp });
    const exact = mul(
      mul(parseFraction(annual.value.exactOre), basisPoints(input.allocationBp)),
      rational(BigInt(segment.days), BigInt(total)),
    );
    const formula = [
      monthly,
      '12',
      `${10_000 + input.poSurchargeBp}/10000`,
      `${input.allocationBp}/10000`,
      `${segment.days}/${total}`,
    ].join(' × ');
    return {
      from: segment.from,
      to: segment.to,
      days: segment.days,
      salary: segment.salary,
      monthlySalaryOre: monthly,
      allocationBp: input.allocationBp,
      annualCostOre: annual.value.exactOre,
      formula,
      exactOre: toFractionString(exact),
    };
  });
}

export function staffedCost(input: StaffedCostInput): { value: StaffedCostValue; trace: StaffedCostTrace } {
  const year = input.salary.year;
  const allocationBp = requireAllocationBp('allocationBp', input.allocationBp);
  const covered = coveredDays(input.period, year);
  const segments = segmentTraces(input, covered.from, covered.to, covered.daysInYear);
  const salary = segments[0]?.salary ?? resolveSalary(input.salary).trace;
  const annual = annualFullTimeCost({ monthlySalaryOre: salary.monthlySalaryOre, poSurchargeBp: input.poSurchargeBp });
  const exact = sum(segments.map((s) => parseFraction(s.exactOre)));
  const costOre = toSafeNumber(roundHalfAwayFromZero(exact));
  const exactOre = toFractionString(exact);
  const formula =
    segments.length > 0
      ? segments.map((s) => s.formula).join(' + ')
      : [salary.monthlySalaryOre, '12', `${10_000 + input.poSurchargeBp}/10000`, `${allocationBp}/10000`, `0/${covered.daysInYear}`].join(
          ' × ',
        );
  return {
    value: { costOre, exactOre },
    trace: {
      year,
      salary,
      annualCost: annual.trace,
      segments,
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
