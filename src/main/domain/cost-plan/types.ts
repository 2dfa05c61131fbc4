/**
 * The cost plan as plain data, loaded from the database in one go and then assembled into reports by
 * pure functions (no database, no clock). Scenarios are applied to this data, never to the database.
 */
import type { CostWarning } from '@shared/contract/cost/reports';
import { DomainError } from '@shared/contract/errors';
import type { DefaultSalary, PersonSalary } from '@shared/domain/costs';
import type { AllocationKeyKind, GroupType, HostingStatus, MembershipRole, RoundingUnit } from '@shared/domain/enums';
import type { MemberPopulation } from '@shared/domain/population';

export type PlanHosting = {
  id: string;
  owner: string;
  groupId: string;
  groupName: string;
  groupType: GroupType;
  hostHealthcareRegionCode: string;
  status: HostingStatus;
  startDate: string;
  endDate: string | null;
  allocationKeyId: string | null;
  roundingUnit: RoundingUnit;
  /** Recorded by a region for its healthcare region's planning (owner ≠ host at load time). */
  planningCopy: boolean;
};

export type PlanCostItem = {
  /** null for an item added by a scenario. */
  id: string | null;
  hostingId: string;
  year: number;
  kind: 'STAFFED_ROLE' | 'FIXED_AMOUNT';
  label: string;
  role: string | null;
  profession: string | null;
  allocationBp: number | null;
  monthlySalaryOre: number | null;
  /** The day `monthlySalaryOre` applies from; null = 1 January. */
  salaryEffectiveDate: string | null;
  /** Later salaries inside the year. */
  salaryChanges: { effectiveDate: string; monthlySalaryOre: number }[];
  amountOre: number | null;
};

export type PlanKey = {
  id: string;
  name: string;
  kind: AllocationKeyKind;
  healthcareRegionCode: string;
  fixedPartBp: number | null;
  populationYearOffset: number;
  shares: { regionCode: string; shareBp: number }[];
};

/** A year's PO-pålägg and salary index; the index applies from `salaryIndexEffectiveDate` (null = 1 January). */
export type ParameterRow = { year: number; poSurchargeBp: number; salaryIndexBp: number; salaryIndexEffectiveDate?: string | null };

/** The stored parameter rows and default salaries of one owner. */
export type OwnerParameters = { owner: string; rows: ParameterRow[]; defaultSalaries: DefaultSalary[] };

export type PlanMembership = {
  id: string;
  personId: string;
  personName: string;
  personRegionCode: string;
  profession: string | null;
  groupId: string;
  groupName: string;
  groupType: GroupType;
  role: MembershipRole;
  allocationBp: number;
  startDate: string;
  endDate: string | null;
};

export type PlanContribution = { id: string; regionCode: string; year: number; recipient: string; label: string; amountOre: number };

export type PlanData = {
  /** Whom this installation works for (region or healthcare-region code); null before setup. */
  installationOwner: string | null;
  hostings: PlanHosting[];
  items: PlanCostItem[];
  keys: PlanKey[];
  /** Stored parameters per owner; owners without rows are absent. */
  parameters: OwnerParameters[];
  /** The reference PO-pålägg per year (costs.json), used when an owner has stored none. */
  referenceParameters: ParameterRow[];
  referenceSource: string;
  personSalaries: Record<string, PersonSalary[]>;
  memberships: PlanMembership[];
  contributions: PlanContribution[];
  populations: MemberPopulation[];
  /** Healthcare-region membership of the regions (Halland in two). */
  members: { healthcareRegionCode: string; regionCode: string }[];
  regionNames: Record<string, string>;
  /** Names of the healthcare regions (NORRA → Norra sjukvårdsregionen), for warnings; absent = codes. */
  healthcareRegionNames?: Record<string, string>;
  /** Set by a scenario: parameters of a year for every calculation. */
  poOverrides: { year: number; poSurchargeBp: number }[];
  indexOverrides: { year: number; indexBp: number }[];
};

/**
 * The dated salaries stated on a cost item: its salary from its effective date (1 January when not
 * dated), then its later changes. Empty when the item states no salary (the default salary applies).
 */
export function statedSalariesOf(item: PlanCostItem): { effectiveDate: string; monthlySalaryOre: number }[] {
  if (item.monthlySalaryOre === null) return [];
  const first = { effectiveDate: item.salaryEffectiveDate ?? `${item.year}-01-01`, monthlySalaryOre: item.monthlySalaryOre };
  return [first, ...item.salaryChanges];
}

/** The plan of one year after a scenario, with what the scenario could not apply. */
export type YearPlan = { data: PlanData; year: number; warnings: CostWarning[] };

export function warning(
  code: CostWarning['code'],
  message: string,
  ref: string | null = null,
  params?: Record<string, string | number>,
): CostWarning {
  return params === undefined ? { code, message, ref } : { code, message, ref, params };
}

export function regionsOf(data: PlanData, healthcareRegionCode: string): string[] {
  return data.members
    .filter((m) => m.healthcareRegionCode === healthcareRegionCode)
    .map((m) => m.regionCode)
    .sort();
}

export function regionName(data: PlanData, code: string): string {
  return data.regionNames[code] ?? code;
}

/** A region's or a healthcare region's name, for a warning (the code when unknown). */
export function ownerName(data: PlanData, code: string): string {
  return data.regionNames[code] ?? data.healthcareRegionNames?.[code] ?? code;
}

/**
 * Why a calculation failed, as a `costReason.*` key the warning is worded with (plus the error's
 * parameters, e.g. the role and year of a missing salary); `fallback` for any other failure.
 */
export function reasonOf(error: unknown, fallback: 'costReason.invalid' | 'costReason.keyInvalid'): Record<string, string | number> {
  if (!(error instanceof DomainError)) throw error;
  const key = error.detail?.key;
  if (key !== undefined && key.startsWith('costReason.')) return { ...error.detail?.params, reasonKey: key };
  return { reasonKey: fallback };
}

/** Whether a period (ISO dates, open end = null) touches the calendar year. */
export function overlapsYear(startDate: string, endDate: string | null, year: number): boolean {
  return startDate <= `${year}-12-31` && (endDate === null || endDate >= `${year}-01-01`);
}

/** Whether a period covers the whole calendar year. */
export function coversYear(startDate: string, endDate: string | null, year: number): boolean {
  return startDate <= `${year}-01-01` && (endDate === null || endDate >= `${year}-12-31`);
}
