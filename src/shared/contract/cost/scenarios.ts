/**
 * Scenarios (named what-if copies of the plan as a list of overrides), budgets (a frozen snapshot of
 * a year's calculation) and actual outcomes (utfall) per hosting and year.
 */
import { z } from 'zod';
import { GROUP_TYPES, HOSTING_STATUSES, MEMBERSHIP_ROLES } from '../../domain/enums';
import { healthcareRegionCodeSchema, uuidSchema, yearSchema } from '../common';
import { costItemBodySchema } from './records';
import { yearReportSchema } from './reports';

const int = z.number().int();
const bp = int.min(0).max(10_000);
const version = int.min(1);

/**
 * One change against the plan. `fromYear` overrides apply to that year and every later one.
 * - HOSTING_HOST: another healthcare region hosts from the year; the split moves to its regions (the
 *   given key, else the hosting's key retargeted to the new host; a CUSTOM key becomes POPULATION).
 * - HOSTING_STATUS: ACTIVE/DORMANT from the year; `dropStaffedRoles` removes the staffed items.
 * - ADD_COST_ITEM: an item in every year fromYear … toYear. REMOVE_COST_ITEM: one stored item.
 * - MEMBER_ALLOCATION: members of groups of a type (optionally one role) at another share.
 * - PO_SURCHARGE / SALARY_INDEX: the parameter of one year for every calculation.
 */
export const scenarioOverrideSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('HOSTING_HOST'),
    hostingId: uuidSchema,
    fromYear: yearSchema,
    hostHealthcareRegionCode: healthcareRegionCodeSchema,
    allocationKeyId: uuidSchema.nullable().default(null),
  }),
  z.strictObject({
    kind: z.literal('HOSTING_STATUS'),
    hostingId: uuidSchema,
    fromYear: yearSchema,
    status: z.enum(HOSTING_STATUSES),
    dropStaffedRoles: z.boolean().default(false),
  }),
  z.strictObject({
    kind: z.literal('ADD_COST_ITEM'),
    hostingId: uuidSchema,
    fromYear: yearSchema,
    toYear: yearSchema,
    item: costItemBodySchema,
  }),
  z.strictObject({ kind: z.literal('REMOVE_COST_ITEM'), costItemId: uuidSchema }),
  z.strictObject({
    kind: z.literal('MEMBER_ALLOCATION'),
    groupType: z.enum(GROUP_TYPES),
    role: z.enum(MEMBERSHIP_ROLES).nullable().default(null),
    fromYear: yearSchema,
    allocationBp: bp,
  }),
  z.strictObject({ kind: z.literal('PO_SURCHARGE'), year: yearSchema, poSurchargeBp: int.min(0).max(20_000) }),
  z.strictObject({ kind: z.literal('SALARY_INDEX'), year: yearSchema, indexBp: int.min(5_000).max(20_000) }),
]);
export type ScenarioOverride = z.output<typeof scenarioOverrideSchema>;

export const scenarioRowSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  overrides: z.array(scenarioOverrideSchema),
  owner: z.string(),
  version: int,
  readOnly: z.boolean(),
  updatedAt: z.string(),
});
export type ScenarioRow = z.infer<typeof scenarioRowSchema>;
const scenarioFields = {
  name: z.string().trim().min(1, 'a name is required').max(120),
  description: z.string().trim().max(2000).nullable().default(null),
  overrides: z.array(scenarioOverrideSchema).max(200),
};
export const scenarioCreateSchema = z.strictObject(scenarioFields);
export const scenarioUpdateSchema = z.strictObject({ id: uuidSchema, version, ...scenarioFields });

export const scenarioCompareInputSchema = z
  .strictObject({
    scenarioId: uuidSchema,
    fromYear: yearSchema,
    toYear: yearSchema,
    healthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null),
  })
  .refine((i) => i.toYear >= i.fromYear && i.toYear - i.fromYear <= 30, {
    message: 'toYear must be from fromYear to 30 years later',
    path: ['toYear'],
  });

const deltaShape = { planOre: int, scenarioOre: int, deltaOre: int };
export const scenarioCompareSchema = z.strictObject({
  scenario: z.strictObject({ id: z.string(), name: z.string() }),
  fromYear: int,
  toYear: int,
  years: z.array(
    z.strictObject({
      year: int,
      regions: z.array(
        z.strictObject({
          regionCode: z.string(),
          regionName: z.string(),
          ...deltaShape,
          /** Change in basis points of the plan; null when the plan is 0. */
          deltaBp: int.nullable(),
          hostingDeltaOre: int,
          membershipsDeltaOre: int,
          fixedContributionsDeltaOre: int,
        }),
      ),
      hostings: z.array(
        z.strictObject({
          hostingId: z.string(),
          groupName: z.string(),
          planHost: z.string().nullable(),
          scenarioHost: z.string().nullable(),
          ...deltaShape,
        }),
      ),
      ...deltaShape,
    }),
  ),
});
export type ScenarioCompare = z.infer<typeof scenarioCompareSchema>;

/* ---------- budgets ---------- */
export const budgetSummarySchema = z.strictObject({
  id: z.string(),
  year: int,
  /** 1, 2, … per owner and year; the highest is "the budget" of the year. */
  revision: int,
  name: z.string(),
  note: z.string().nullable(),
  scenarioId: z.string().nullable(),
  scenarioName: z.string().nullable(),
  lockedAt: z.string(),
  lockedBy: z.string(),
  sha256: z.string(),
  /** The stored snapshot still hashes to `sha256`. */
  intact: z.boolean(),
  hostingsOre: int,
  regionsOre: int,
  owner: z.string(),
});
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;
export const budgetLockSchema = z.strictObject({
  year: yearSchema,
  scenarioId: uuidSchema.nullable().default(null),
  name: z.string().trim().min(1).max(120),
  note: z.string().trim().max(2000).nullable().default(null),
});
export const budgetListSchema = z.strictObject({ year: yearSchema.nullable().default(null) });
export const budgetDetailSchema = z.strictObject({ budget: budgetSummarySchema, report: yearReportSchema });

/* ---------- actual outcomes (utfall) ---------- */
export const actualRowSchema = z.strictObject({
  id: z.string(),
  hostingId: z.string(),
  groupName: z.string(),
  year: int,
  amountOre: int,
  note: z.string().nullable(),
  owner: z.string(),
  version: int,
  readOnly: z.boolean(),
});
export type ActualRow = z.infer<typeof actualRowSchema>;
export const actualListSchema = z.strictObject({ year: yearSchema });
export const actualSetSchema = z.strictObject({
  hostingId: uuidSchema,
  year: yearSchema,
  /** null removes the recorded outcome. */
  amountOre: int.min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable(),
  note: z.string().trim().max(2000).nullable().default(null),
  version: version.nullable().default(null),
});
export const actualCompareInputSchema = z.strictObject({ year: yearSchema, budgetId: uuidSchema.nullable().default(null) });
const comparisonFigures = {
  budgetOre: int.nullable(),
  forecastOre: int.nullable(),
  actualOre: int.nullable(),
  forecastMinusBudgetOre: int.nullable(),
  actualMinusBudgetOre: int.nullable(),
  actualMinusForecastOre: int.nullable(),
};
export const actualCompareSchema = z.strictObject({
  year: int,
  budget: budgetSummarySchema.nullable(),
  rows: z.array(
    z.strictObject({ hostingId: z.string(), groupName: z.string(), hostHealthcareRegionCode: z.string().nullable(), ...comparisonFigures }),
  ),
  totals: z.strictObject(comparisonFigures),
});
export type ActualCompare = z.infer<typeof actualCompareSchema>;
