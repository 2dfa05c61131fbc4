/**
 * Cost reports: per hosting and year, per region and year, several years for a region, and the whole
 * calculation of a year. Every figure is integer öre and carries the trace it was computed with.
 */
import { z } from 'zod';
import { ALLOCATION_KEY_KINDS, GROUP_TYPES, HOSTING_STATUSES, MEMBERSHIP_ROLES, ROUNDING_UNITS } from '../../domain/enums';
import { healthcareRegionCodeSchema, regionCodeSchema, uuidSchema, yearSchema } from '../common';
import { costLineTraceSchema, splitTraceSchema, staffedCostTraceSchema } from './traces';

const int = z.number().int();

export const COST_WARNING_CODES = [
  'NO_PO_SURCHARGE',
  'PO_ASSUMED',
  'ITEM_FAILED',
  'SPLIT_FAILED',
  'POPULATION_FALLBACK',
  'MEMBERSHIP_FAILED',
  'PLANNING_COPY_SKIPPED',
  'SCENARIO_TARGET_MISSING',
  'MEMBERSHIP_PAID_BY_HOSTING',
] as const;
export const costWarningSchema = z.strictObject({
  code: z.enum(COST_WARNING_CODES),
  message: z.string(),
  /** The record the warning is about (hosting, cost item, membership …), when there is one. */
  ref: z.string().nullable(),
  /** Values the renderer words the warning with (in the user's language); `message` is the plain fallback. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type CostWarning = z.infer<typeof costWarningSchema>;

/** Which cost parameters a calculation used, and where they came from. */
export const parametersUsedSchema = z.strictObject({
  owner: z.string(),
  source: z.enum(['STORED', 'REFERENCE', 'SCENARIO']),
  year: int,
  poSurchargeBp: int,
  /** The year whose PO-pålägg was used: earlier than `year` when the year has none (flagged). */
  poYear: int,
  poAssumed: z.boolean(),
  salaryIndex: z.array(z.strictObject({ year: int, indexBp: int, effectiveDate: z.string().optional() })),
});
export type ParametersUsed = z.infer<typeof parametersUsedSchema>;

export const keyUsedSchema = z.strictObject({
  /** null for the default key; `scenario:…` for a key made by a scenario. */
  allocationKeyId: z.string().nullable(),
  name: z.string(),
  kind: z.enum(ALLOCATION_KEY_KINDS),
  healthcareRegionCode: z.string(),
  fixedPartBp: int.nullable(),
  populationYearOffset: int.nullable(),
  shares: z.array(z.strictObject({ regionCode: z.string(), shareBp: int })),
  isDefault: z.boolean(),
});

export const hostingReportSchema = z.strictObject({
  hostingId: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(GROUP_TYPES),
  owner: z.string(),
  planningCopy: z.boolean(),
  hostHealthcareRegionCode: z.string(),
  status: z.enum(HOSTING_STATUSES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  year: int,
  parameters: parametersUsedSchema.nullable(),
  lines: z.array(
    z.strictObject({
      /** null for an item added by a scenario. */
      costItemId: z.string().nullable(),
      label: z.string(),
      kind: z.enum(['STAFFED_ROLE', 'FIXED_AMOUNT']),
      costOre: int,
      exactOre: z.string(),
      trace: costLineTraceSchema,
    }),
  ),
  totalOre: int,
  key: keyUsedSchema,
  split: z
    .strictObject({
      unit: z.enum(ROUNDING_UNITS),
      roundedTotalOre: int,
      /** What the host invoices: the sum of the shares, the cost rounded once to the unit. */
      invoicedTotalOre: int,
      /** invoicedTotalOre − totalOre (the exact cost of the lines): the rounding, stated. */
      roundingDifferenceOre: int,
      shares: z.array(z.strictObject({ regionCode: z.string(), regionName: z.string(), shareOre: int })),
      trace: splitTraceSchema,
    })
    .nullable(),
  warnings: z.array(costWarningSchema),
});
export type HostingReport = z.infer<typeof hostingReportSchema>;

export const PAYEE_KINDS = ['HOSTING', 'OWN_STAFF', 'CONTRIBUTION'] as const;
export const regionReportSchema = z.strictObject({
  regionCode: z.string(),
  regionName: z.string(),
  year: int,
  parameters: parametersUsedSchema.nullable(),
  hostingShares: z.array(
    z.strictObject({
      hostingId: z.string(),
      groupName: z.string(),
      hostHealthcareRegionCode: z.string(),
      hostingTotalOre: int,
      shareOre: int,
      keyKind: z.enum(ALLOCATION_KEY_KINDS),
      /** The region's normalised weight in the split (exact fraction). */
      weight: z.string(),
      population: int.nullable(),
      populationYearUsed: int.nullable(),
    }),
  ),
  memberships: z.array(
    z.strictObject({
      membershipId: z.string(),
      personId: z.string(),
      personName: z.string(),
      groupId: z.string(),
      groupName: z.string(),
      groupType: z.enum(GROUP_TYPES),
      role: z.enum(MEMBERSHIP_ROLES),
      allocationBp: int,
      startDate: z.string(),
      endDate: z.string().nullable(),
      costOre: int,
      trace: staffedCostTraceSchema,
    }),
  ),
  /**
   * Memberships whose time a hosting already pays (a staffed item of the same group and role, e.g. the
   * process leader): not counted again in the region's own representation cost. Absent in older budgets.
   */
  paidByHosting: z
    .array(
      z.strictObject({
        membershipId: z.string(),
        personId: z.string(),
        personName: z.string(),
        groupName: z.string(),
        role: z.enum(MEMBERSHIP_ROLES),
        allocationBp: int,
        hostingId: z.string(),
        hostHealthcareRegionCode: z.string(),
        itemLabel: z.string(),
      }),
    )
    .default([]),
  contributions: z.array(z.strictObject({ id: z.string(), recipient: z.string(), label: z.string(), amountOre: int })),
  /** What the region pays and to whom: hosts (by healthcare region), its own staff's time, recipients. */
  payees: z.array(z.strictObject({ kind: z.enum(PAYEE_KINDS), payee: z.string(), amountOre: int })),
  hostingOre: int,
  membershipsOre: int,
  fixedContributionsOre: int,
  totalOre: int,
  warnings: z.array(costWarningSchema),
});
export type RegionReport = z.infer<typeof regionReportSchema>;

export const scenarioRefSchema = z.strictObject({ id: z.string(), name: z.string() }).nullable();

export const yearReportSchema = z.strictObject({
  year: int,
  scenario: scenarioRefSchema,
  healthcareRegionCode: z.string().nullable(),
  hostings: z.array(hostingReportSchema),
  regions: z.array(regionReportSchema),
  totals: z.strictObject({
    hostingsOre: int,
    /** Σ of what the hosts invoice (each hosting's shares), = Σ of the regions' hosting shares. */
    invoicedOre: int,
    regionsOre: int,
    membershipsOre: int,
    fixedContributionsOre: int,
  }),
  warnings: z.array(costWarningSchema),
});
export type YearReport = z.infer<typeof yearReportSchema>;

export const multiYearReportSchema = z.strictObject({
  regionCode: z.string(),
  regionName: z.string(),
  fromYear: int,
  toYear: int,
  scenario: scenarioRefSchema,
  years: z.array(
    z.strictObject({
      year: int,
      hostingOre: int,
      membershipsOre: int,
      fixedContributionsOre: int,
      totalOre: int,
      /** Against the year before; null for the first year. */
      changeOre: int.nullable(),
      /** Change in basis points of the year before (1 234 = +12,34 %); null when that total is 0. */
      changeBp: int.nullable(),
      warningCount: int,
    }),
  ),
});
export type MultiYearReport = z.infer<typeof multiYearReportSchema>;

const scenarioId = uuidSchema.nullable().default(null);
export const hostingReportInputSchema = z.strictObject({ hostingId: uuidSchema, year: yearSchema, scenarioId });
export const regionReportInputSchema = z.strictObject({ regionCode: regionCodeSchema, year: yearSchema, scenarioId });
export const multiYearInputSchema = z
  .strictObject({ regionCode: regionCodeSchema, fromYear: yearSchema, toYear: yearSchema, scenarioId })
  .refine((i) => i.toYear >= i.fromYear && i.toYear - i.fromYear <= 30, {
    message: 'toYear must be from fromYear to 30 years later',
    path: ['toYear'],
  });
export const yearReportInputSchema = z.strictObject({
  year: yearSchema,
  healthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null),
  scenarioId,
  /**
   * true: every region's membership lines with their traces (tens of thousands nationally). By default
   * they are left out (`memberships: []`; every sum is the same) and `cost-report:region` opens a region's lines.
   */
  withLines: z.boolean().default(false),
});
