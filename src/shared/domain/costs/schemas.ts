/**
 * Zod schemas (strict objects) for the inputs of the cost functions, for use at the IPC and package
 * boundaries. They check shapes and ranges; the functions themselves still check cross-field rules
 * (custom shares adding up to 10 000, periods ending after they start, duplicates …).
 */
import { z } from 'zod';
import { ROUNDING_UNITS } from '../enums';

const int = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const nonNegativeInt = int.nonnegative();
const year = z.number().int().min(1).max(9999);
const bp = z.number().int().min(0).max(10_000);
const isoDate = z.iso.date();
const regionCode = z.string().min(1);
/** `"n"` or `"n/d"`: an exact value in öre. */
export const fractionStringSchema = z.string().regex(/^-?\d+(?:\/[1-9]\d*)?$/, 'an exact value such as "123" or "7/2"');
const exactOre = z.union([nonNegativeInt, fractionStringSchema]);

export const personSalarySchema = z.strictObject({ effectiveDate: isoDate, monthlySalaryOre: nonNegativeInt });
export const defaultSalarySchema = z.strictObject({
  year,
  role: z.string().min(1),
  profession: z.string(),
  monthlySalaryOre: nonNegativeInt,
});
export const salaryIndexEntrySchema = z.strictObject({ year, indexBp: z.number().int().min(1), effectiveDate: isoDate.optional() });
export const statedSalarySchema = z.strictObject({ effectiveDate: isoDate, monthlySalaryOre: exactOre });

const salaryLookupShape = {
  statedSalaries: z.array(statedSalarySchema).optional(),
  personSalaries: z.array(personSalarySchema).optional(),
  defaultSalaries: z.array(defaultSalarySchema).optional(),
  role: z.string().nullable().optional(),
  profession: z.string().nullable().optional(),
  salaryIndex: z.array(salaryIndexEntrySchema).optional(),
};

export const resolveSalaryInputSchema = z.strictObject({
  year,
  statedMonthlySalaryOre: exactOre.nullable().optional(),
  ...salaryLookupShape,
});

export const annualCostInputSchema = z.strictObject({ monthlySalaryOre: exactOre, poSurchargeBp: nonNegativeInt });

export const membershipCostInputSchema = z.strictObject({
  year,
  monthlySalaryOre: exactOre.nullable().optional(),
  salaryLookup: z.strictObject(salaryLookupShape).optional(),
  poSurchargeBp: nonNegativeInt,
  allocationBp: bp,
  start: isoDate,
  end: isoDate.nullable(),
});

export const costItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('STAFFED_ROLE'),
    label: z.string().min(1),
    year: year.optional(),
    role: z.string().min(1),
    profession: z.string().nullable().optional(),
    allocationBp: bp,
    monthlySalaryOre: nonNegativeInt.nullable().optional(),
    start: isoDate.nullable().optional(),
    end: isoDate.nullable().optional(),
  }),
  z.strictObject({ kind: z.literal('FIXED_AMOUNT'), label: z.string().min(1), year: year.optional(), amountOre: int }),
]);

export const costParametersSchema = z.strictObject({
  year,
  poSurchargeBp: nonNegativeInt,
  salaryIndex: z.array(salaryIndexEntrySchema).optional(),
  defaultSalaries: z.array(defaultSalarySchema).optional(),
});

const populationYearOffset = z.number().int().min(-50).max(50).optional();

export const allocationKeySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('POPULATION'), healthcareRegionCode: z.string().min(1), populationYearOffset }),
  z.strictObject({ kind: z.literal('EQUAL') }),
  z.strictObject({ kind: z.literal('FIXED_VARIABLE'), healthcareRegionCode: z.string().min(1), fixedPartBp: bp, populationYearOffset }),
  z.strictObject({ kind: z.literal('CUSTOM'), shares: z.array(z.strictObject({ regionCode, shareBp: bp })) }),
]);

export const memberPopulationSchema = z.strictObject({
  healthcareRegionCode: z.string().min(1),
  regionCode,
  year,
  population: nonNegativeInt,
});

export const splitTotalInputSchema = z.strictObject({
  totalOre: int,
  key: allocationKeySchema,
  regions: z.array(regionCode).min(1),
  populations: z.array(memberPopulationSchema).optional(),
  year,
  unit: z.enum(ROUNDING_UNITS).optional(),
});

export const regionShareSchema = z.strictObject({ regionCode, shareOre: int });

export const regionCommitmentInputSchema = z.strictObject({
  regionCode,
  year,
  hostingShares: z.array(z.strictObject({ label: z.string(), shares: z.array(regionShareSchema) })).optional(),
  memberships: z.array(membershipCostInputSchema.extend({ label: z.string() })).optional(),
  fixedContributions: z
    .array(z.strictObject({ recipient: z.string(), label: z.string(), amountOre: int, year: year.optional() }))
    .optional(),
});
