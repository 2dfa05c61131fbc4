/**
 * Cost records the user edits: cost parameters per year, default and person salaries, hostings
 * (värdskap) with their cost items, allocation keys and fixed contributions. All money in integer öre,
 * all shares in basis points (10 % = 1 000), PO-pålägg in hundredths of a percent (52.28 % = 5 228).
 */
import { z } from 'zod';
import { ALLOCATION_KEY_KINDS, GROUP_TYPES, HOSTING_STATUSES, ROUNDING_UNITS } from '../../domain/enums';
import { healthcareRegionCodeSchema, isoDate, ownerCodeSchema, regionCodeSchema, uuidSchema, yearSchema } from '../common';
import { auditEntrySchema } from '../records';

const int = z.number().int();
const ore = int.min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const nonNegativeOre = int.min(0).max(Number.MAX_SAFE_INTEGER);
const bp = int.min(0).max(10_000);
const version = int.min(1);
/** The version the user saw; null when creating. */
const expectedVersion = version.nullable();
const label = z.string().trim().min(1, 'a label is required').max(200);
const optionalText = (max: number) => z.string().trim().max(max).nullable();
const recordMeta = { owner: z.string(), version: int, readOnly: z.boolean() };

export const idVersionSchema = z.strictObject({ id: uuidSchema, version });
export const okSchema = z.strictObject({ ok: z.literal(true) });

/* ---------- cost parameters (PO-pålägg and salary index per year) ---------- */
export const costParameterRowSchema = z.strictObject({
  /** null for a reference default that is not stored yet. */
  id: z.string().nullable(),
  year: int,
  poSurchargeBp: int,
  /** The salary level of the year against the previous year: 10 300 = +3 %. */
  salaryIndexBp: int,
  /** The day the index applies from (null = 1 January). */
  salaryIndexEffectiveDate: z.string().nullable(),
  source: z.string().nullable(),
  stored: z.boolean(),
  owner: z.string(),
  version: int.nullable(),
  readOnly: z.boolean(),
});
export type CostParameterRow = z.infer<typeof costParameterRowSchema>;
export const costParametersListInputSchema = z.strictObject({ owner: ownerCodeSchema.nullable().default(null) });
export const costParametersSchema = z.strictObject({
  owner: z.string().nullable(),
  /** True when the owner has no stored rows and the reference defaults (costs.json) apply. */
  fromReference: z.boolean(),
  rows: z.array(costParameterRowSchema),
});
export type CostParametersView = z.infer<typeof costParametersSchema>;
export const costParameterSetSchema = z.strictObject({
  year: yearSchema,
  poSurchargeBp: int.min(0).max(20_000),
  salaryIndexBp: int.min(5_000).max(20_000).default(10_000),
  /** The day of the year the index applies from; null = 1 January. */
  salaryIndexEffectiveDate: isoDate.nullable().default(null),
  source: optionalText(300).default(null),
  version: expectedVersion.default(null),
});

/* ---------- default salaries per year, role and profession ---------- */
export const defaultSalaryRowSchema = z.strictObject({
  id: z.string(),
  year: int,
  role: z.string(),
  /** '' = any profession. */
  profession: z.string(),
  monthlySalaryOre: int,
  ...recordMeta,
});
export type DefaultSalaryRow = z.infer<typeof defaultSalaryRowSchema>;
export const defaultSalaryListSchema = z.strictObject({ year: yearSchema.nullable().default(null) });
export const defaultSalarySetSchema = z.strictObject({
  year: yearSchema,
  role: z.string().trim().min(1).max(60),
  profession: z.string().trim().max(120).default(''),
  monthlySalaryOre: nonNegativeOre,
  version: expectedVersion.default(null),
});

/* ---------- person salaries (effective-dated) ---------- */
export const personSalaryRowSchema = z.strictObject({
  id: z.string(),
  personId: z.string(),
  effectiveDate: z.string(),
  monthlySalaryOre: int,
  ...recordMeta,
});
export type PersonSalaryRow = z.infer<typeof personSalaryRowSchema>;
export const personSalaryListSchema = z.strictObject({ personId: uuidSchema });
export const personSalarySetSchema = z.strictObject({
  personId: uuidSchema,
  effectiveDate: isoDate,
  monthlySalaryOre: nonNegativeOre,
  version: expectedVersion.default(null),
});

/* ---------- allocation keys (fördelningsnycklar) ---------- */
const customShareSchema = z.strictObject({ regionCode: regionCodeSchema, shareBp: bp });
export const allocationKeyRowSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ALLOCATION_KEY_KINDS),
  healthcareRegionCode: z.string(),
  fixedPartBp: int.nullable(),
  /** Population of 31 Dec of year + offset; −1 (default) = the year before the cost year. */
  populationYearOffset: int,
  shares: z.array(z.strictObject({ regionCode: z.string(), shareBp: int })),
  /**
   * POPULATION and FIXED_VARIABLE: the one population date the key uses for this year's and next year's
   * costs (`usedYear` null = no year every member has; `missingRegionCodes` lack the wanted year).
   */
  populationDates: z
    .array(z.strictObject({ costYear: int, wantedYear: int, usedYear: int.nullable(), missingRegionCodes: z.array(z.string()) }))
    .default([]),
  ...recordMeta,
});
export type AllocationKeyRow = z.infer<typeof allocationKeyRowSchema>;
export const allocationKeyListSchema = z.strictObject({ healthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null) });
const allocationKeyFields = {
  name: label,
  kind: z.enum(ALLOCATION_KEY_KINDS),
  healthcareRegionCode: healthcareRegionCodeSchema,
  /** FIXED_VARIABLE only: the part split equally. */
  fixedPartBp: bp.nullable().default(null),
  populationYearOffset: int.min(-10).max(1).default(-1),
  /** CUSTOM only: every member region once, adding up to 10 000. */
  shares: z.array(customShareSchema).max(30).default([]),
};
export const allocationKeyCreateSchema = z.strictObject(allocationKeyFields);
export const allocationKeyUpdateSchema = z.strictObject({ id: uuidSchema, version, ...allocationKeyFields });

/* ---------- hostings (värdskap) and cost items ---------- */
/** A staffed item's salary from a day inside its year (a revision, e.g. from 1 April). */
export const salaryChangeSchema = z.strictObject({ effectiveDate: isoDate, monthlySalaryOre: nonNegativeOre });
export type SalaryChange = z.infer<typeof salaryChangeSchema>;
export const salaryChangesSchema = z.array(salaryChangeSchema).max(24);

export const costItemRowSchema = z.strictObject({
  id: z.string(),
  hostingId: z.string(),
  year: int,
  kind: z.enum(['STAFFED_ROLE', 'FIXED_AMOUNT']),
  label: z.string(),
  role: z.string().nullable(),
  profession: z.string().nullable(),
  allocationBp: int.nullable(),
  /** STAFFED_ROLE: the item's own monthly salary; null = the default salary for role and profession. */
  monthlySalaryOre: int.nullable(),
  /** The day `monthlySalaryOre` applies from (null when no salary is stated). */
  salaryEffectiveDate: z.string().nullable(),
  /** Later salaries inside the year, in date order. */
  salaryChanges: salaryChangesSchema,
  /** FIXED_AMOUNT: the amount (negative = a credit). */
  amountOre: int.nullable(),
  version: int,
});
export type CostItemRow = z.infer<typeof costItemRowSchema>;

export const hostingSummarySchema = z.strictObject({
  id: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  groupType: z.enum(GROUP_TYPES),
  hostHealthcareRegionCode: z.string(),
  status: z.enum(HOSTING_STATUSES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  allocationKeyId: z.string().nullable(),
  allocationKeyName: z.string().nullable(),
  roundingUnit: z.enum(ROUNDING_UNITS),
  /** A region's own planning record of its healthcare region's hosting (owner ≠ host). */
  planningCopy: z.boolean(),
  itemYears: z.array(int),
  ...recordMeta,
});
export type HostingSummary = z.infer<typeof hostingSummarySchema>;
export const hostingDetailSchema = z.strictObject({
  hosting: hostingSummarySchema,
  items: z.array(costItemRowSchema),
  audit: z.array(auditEntrySchema),
});
export type HostingDetail = z.infer<typeof hostingDetailSchema>;
export const hostingListSchema = z.strictObject({
  year: yearSchema.nullable().default(null),
  hostHealthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null),
});
const hostingFields = {
  groupId: uuidSchema,
  hostHealthcareRegionCode: healthcareRegionCodeSchema,
  status: z.enum(HOSTING_STATUSES),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
  /** null = the default key: population of the host's regions, 31 Dec of the year before. */
  allocationKeyId: uuidSchema.nullable().default(null),
  roundingUnit: z.enum(ROUNDING_UNITS).default('KRONA'),
};
export const hostingCreateSchema = z.strictObject(hostingFields);
export const hostingUpdateSchema = z.strictObject({ id: uuidSchema, version, ...hostingFields });

const staffedFields = {
  kind: z.literal('STAFFED_ROLE'),
  label,
  role: z.string().trim().min(1).max(60),
  profession: optionalText(120).default(null),
  allocationBp: bp,
  monthlySalaryOre: nonNegativeOre.nullable().default(null),
  /** The day the stated salary applies from; null = 1 January of the item's year. */
  salaryEffectiveDate: isoDate.nullable().default(null),
  /** Later salaries inside the year (each needs a stated salary before it). */
  salaryChanges: salaryChangesSchema.default([]),
};
const fixedFields = { kind: z.literal('FIXED_AMOUNT'), label, amountOre: ore };
/** The cost item itself, as in a scenario's ADD_COST_ITEM. */
export const costItemBodySchema = z.discriminatedUnion('kind', [z.strictObject(staffedFields), z.strictObject(fixedFields)]);
export type CostItemBody = z.infer<typeof costItemBodySchema>;
const itemTarget = { hostingId: uuidSchema, year: yearSchema };
export const costItemCreateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemTarget, ...staffedFields }),
  z.strictObject({ ...itemTarget, ...fixedFields }),
]);
const itemId = { id: uuidSchema, version, year: yearSchema };
export const costItemUpdateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemId, ...staffedFields }),
  z.strictObject({ ...itemId, ...fixedFields }),
]);

/* ---------- fixed contributions (RCC, quality registers, SKR services …) ---------- */
export const fixedContributionRowSchema = z.strictObject({
  id: z.string(),
  regionCode: z.string(),
  year: int,
  recipient: z.string(),
  label: z.string(),
  amountOre: int,
  ...recordMeta,
});
export type FixedContributionRow = z.infer<typeof fixedContributionRowSchema>;
export const fixedContributionListSchema = z.strictObject({
  regionCode: regionCodeSchema.nullable().default(null),
  year: yearSchema.nullable().default(null),
});
const contributionFields = { regionCode: regionCodeSchema, year: yearSchema, recipient: label, label, amountOre: ore };
export const fixedContributionCreateSchema = z.strictObject(contributionFields);
export const fixedContributionUpdateSchema = z.strictObject({ id: uuidSchema, version, ...contributionFields });
