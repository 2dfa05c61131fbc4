/**
 * Cost of one membership (a representative's seat) in a year:
 * annual full-time cost × allocation share × days of the membership inside the year ÷ days in the year.
 * Days count inclusively; an open-ended membership runs to the end of the year.
 */
import type { IsoDate } from '../../calendar';
import type { FractionString } from './rational';
import type { ResolveSalaryInput } from './salary';
import { staffedCost, type StaffedCostTrace, type StaffedCostValue } from './staffed';

export type SalaryLookup = Omit<ResolveSalaryInput, 'year' | 'statedMonthlySalaryOre'>;

export type MembershipCostInput = {
  year: number;
  /** A stated monthly salary in öre; when absent, the salary is looked up with `salaryLookup`. */
  monthlySalaryOre?: number | FractionString | null;
  /** Person salaries, default salaries (with role and profession) and the salary index. */
  salaryLookup?: SalaryLookup;
  poSurchargeBp: number;
  /** Share of a full-time post in basis points: 10 % = 1 000. */
  allocationBp: number;
  start: IsoDate;
  end: IsoDate | null;
};

export type MembershipCostValue = StaffedCostValue;
export type MembershipCostTrace = StaffedCostTrace;

export function membershipCost(input: MembershipCostInput): { value: MembershipCostValue; trace: MembershipCostTrace } {
  return staffedCost({
    salary: { ...input.salaryLookup, year: input.year, statedMonthlySalaryOre: input.monthlySalaryOre ?? null },
    poSurchargeBp: input.poSurchargeBp,
    allocationBp: input.allocationBp,
    period: { start: input.start, end: input.end },
  });
}
