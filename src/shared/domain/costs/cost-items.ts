/**
 * Cost lines of a hosting (värdskap) in a year and their total.
 *
 * - STAFFED_ROLE (processledare, ordförande, metodstöd, statistik- och analysstöd …): allocation share ×
 *   annual full-time cost, × days / days in year when the role covers only part of the year. The salary
 *   is the item's own monthly salary if stated, otherwise the default salary for role and profession
 *   (indexed forward when the latest default is from an earlier year).
 * - FIXED_AMOUNT (travel, meetings, licences): the amount as given, in öre (may be negative: a credit).
 * Each line is rounded once to whole öre; the total is the sum of the rounded lines.
 */
import type { IsoDate } from '../../calendar';
import { yearStart } from '../../calendar';
import { toSafeNumber, type FractionString } from './rational';
import type { DefaultSalary, SalaryIndexEntry, StatedSalary } from './salary';
import { staffedCost, type Period, type StaffedCostTrace } from './staffed';
import { invalid, requireInteger, requireYear } from './validate';

export type StaffedRoleItem = {
  kind: 'STAFFED_ROLE';
  label: string;
  /** When given it must equal the year of the parameters. */
  year?: number;
  role: string;
  profession?: string | null;
  allocationBp: number;
  /** The item's own monthly salary in öre; null = the default salary for role and profession. */
  monthlySalaryOre?: number | null;
  /**
   * The item's own salaries from their effective dates (a revision on 1 April starts a new segment);
   * when given they replace `monthlySalaryOre`.
   */
  statedSalaries?: readonly StatedSalary[];
  /** A period within the year; both null = the whole year; a missing start = from 1 January. */
  start?: IsoDate | null;
  end?: IsoDate | null;
};

export type FixedAmountItem = { kind: 'FIXED_AMOUNT'; label: string; year?: number; amountOre: number };

export type CostItem = StaffedRoleItem | FixedAmountItem;

/** The cost parameters of one year. */
export type CostParameters = {
  year: number;
  /** PO-pålägg of the year in hundredths of a percent (52.28 % = 5 228). */
  poSurchargeBp: number;
  salaryIndex?: readonly SalaryIndexEntry[];
  defaultSalaries?: readonly DefaultSalary[];
  /** A scenario's factor on salaries stated for the year (`ResolveSalaryInput.yearFactor`). */
  yearFactor?: FractionString | null;
};

export type CostLineValue = { label: string; kind: CostItem['kind']; costOre: number; exactOre: FractionString };

export type FixedAmountTrace = {
  kind: 'FIXED_AMOUNT';
  label: string;
  year: number;
  amountOre: number;
  exactOre: FractionString;
  roundedOre: number;
};
export type StaffedRoleTrace = { kind: 'STAFFED_ROLE'; label: string; role: string; profession: string | null } & StaffedCostTrace;
export type CostLineTrace = FixedAmountTrace | StaffedRoleTrace;

function itemPeriod(item: StaffedRoleItem, year: number): Period | null {
  const start = item.start ?? null;
  const end = item.end ?? null;
  if (start === null && end === null) return null;
  return { start: start ?? yearStart(year), end };
}

function staffedLine(item: StaffedRoleItem, params: CostParameters): { value: CostLineValue; trace: CostLineTrace } {
  const result = staffedCost({
    salary: {
      year: params.year,
      statedMonthlySalaryOre: (item.statedSalaries?.length ?? 0) > 0 ? null : (item.monthlySalaryOre ?? null),
      statedSalaries: item.statedSalaries ?? [],
      defaultSalaries: params.defaultSalaries ?? [],
      role: item.role,
      profession: item.profession ?? null,
      salaryIndex: params.salaryIndex ?? [],
      yearFactor: params.yearFactor ?? null,
    },
    poSurchargeBp: params.poSurchargeBp,
    allocationBp: item.allocationBp,
    period: itemPeriod(item, params.year),
  });
  return {
    value: { label: item.label, kind: item.kind, ...result.value },
    trace: { kind: 'STAFFED_ROLE', label: item.label, role: item.role, profession: item.profession ?? null, ...result.trace },
  };
}

/** One cost line of a hosting in the year of `params`. */
export function costItemLine(item: CostItem, params: CostParameters): { value: CostLineValue; trace: CostLineTrace } {
  const year = requireYear('year', params.year);
  if (item.year !== undefined && item.year !== year) invalid(`cost item "${item.label}" is for ${item.year}, not ${year}`);
  if (item.kind === 'STAFFED_ROLE') return staffedLine(item, params);
  const amountOre = requireInteger('amountOre', item.amountOre);
  const exactOre = String(amountOre);
  return {
    value: { label: item.label, kind: item.kind, costOre: amountOre, exactOre },
    trace: { kind: 'FIXED_AMOUNT', label: item.label, year, amountOre, exactOre, roundedOre: amountOre },
  };
}

export type HostingCostValue = { lines: CostLineValue[]; totalOre: number };
export type HostingCostTrace = { year: number; lines: CostLineTrace[]; totalOre: number };

/** All lines of a hosting and their total (the sum of the rounded lines, in the order given). */
export function hostingCost(items: readonly CostItem[], params: CostParameters): { value: HostingCostValue; trace: HostingCostTrace } {
  const results = items.map((item) => costItemLine(item, params));
  const total = results.reduce((acc, r) => acc + BigInt(r.value.costOre), 0n);
  const totalOre = toSafeNumber(total);
  return {
    value: { lines: results.map((r) => r.value), totalOre },
    trace: { year: params.year, lines: results.map((r) => r.trace), totalOre },
  };
}
