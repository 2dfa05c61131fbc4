/**
 * Strict schemas of the traces the cost domain (`src/shared/domain/costs`) attaches to every figure, so
 * a report can carry them across the IPC boundary and the UI can open any figure down to its inputs.
 * Each schema is typed against the domain type: a change in the domain that the contract does not
 * follow is a compile error.
 */
import { z } from 'zod';
import type { AnnualCostTrace } from '../../domain/costs/annual-cost';
import type { CostLineTrace } from '../../domain/costs/cost-items';
import type { SalaryTrace } from '../../domain/costs/salary';
import type { SplitTotalTrace } from '../../domain/costs/split';
import type { StaffedCostTrace } from '../../domain/costs/staffed';
import { ALLOCATION_KEY_KINDS, ROUNDING_UNITS } from '../../domain/enums';

const int = z.number().int();
/** An exact value in öre: `"123"` or a reduced fraction `"7/2"`. */
const fraction = z.string();

export const salaryTraceSchema: z.ZodType<SalaryTrace> = z.strictObject({
  year: int,
  source: z.enum(['STATED', 'PERSON', 'DEFAULT']),
  effectiveDate: z.string().nullable(),
  role: z.string().nullable(),
  profession: z.string().nullable(),
  baseYear: int,
  baseMonthlySalaryOre: fraction,
  indexed: z.boolean(),
  indexSteps: z.array(z.strictObject({ year: int, indexBp: int, assumed: z.boolean() })),
  monthlySalaryOre: fraction,
  scenarioFactor: fraction.optional(),
});

export const annualCostTraceSchema: z.ZodType<AnnualCostTrace> = z.strictObject({
  monthlySalaryOre: fraction,
  months: int,
  poSurchargeBp: int,
  poFactor: fraction,
  exactOre: fraction,
  roundedOre: int,
});

const segmentSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  days: int,
  salary: salaryTraceSchema,
  monthlySalaryOre: fraction,
  allocationBp: int,
  annualCostOre: fraction,
  formula: z.string(),
  exactOre: fraction,
});

const staffedShape = {
  year: int,
  salary: salaryTraceSchema,
  annualCost: annualCostTraceSchema,
  segments: z.array(segmentSchema),
  allocationBp: int,
  period: z.strictObject({ start: z.string(), end: z.string().nullable() }).nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  days: int,
  daysInYear: int,
  formula: z.string(),
  exactOre: fraction,
  roundedOre: int,
};

/** The cost of a share of a post in a year (a membership or a staffed role). */
export const staffedCostTraceSchema: z.ZodType<StaffedCostTrace> = z.strictObject(staffedShape);

export const costLineTraceSchema: z.ZodType<CostLineTrace> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('FIXED_AMOUNT'),
    label: z.string(),
    year: int,
    amountOre: int,
    exactOre: fraction,
    roundedOre: int,
  }),
  z.strictObject({
    kind: z.literal('STAFFED_ROLE'),
    label: z.string(),
    role: z.string(),
    profession: z.string().nullable(),
    ...staffedShape,
  }),
]);

export const splitTraceSchema: z.ZodType<SplitTotalTrace> = z.strictObject({
  keyKind: z.enum(ALLOCATION_KEY_KINDS),
  year: int,
  healthcareRegionCode: z.string().nullable(),
  fixedPartBp: int.nullable(),
  unit: z.enum(ROUNDING_UNITS),
  unitOre: int,
  totalOre: int,
  roundedTotalUnits: int,
  roundedTotalOre: int,
  invoicedTotalOre: int,
  roundingDifferenceOre: int,
  populationYearWanted: int.nullable(),
  populationYearUsed: int.nullable(),
  weights: z.array(
    z.strictObject({
      regionCode: z.string(),
      weight: fraction,
      population: int.nullable(),
      populationYearWanted: int.nullable(),
      populationYearUsed: int.nullable(),
      populationFallback: z.boolean(),
      shareBp: int.nullable(),
      fixedWeight: fraction.nullable(),
      variableWeight: fraction.nullable(),
    }),
  ),
  quotas: z.array(
    z.strictObject({
      regionCode: z.string(),
      quotaUnits: fraction,
      floorUnits: int,
      remainder: fraction,
      remainderRank: int,
      extraUnits: int,
      units: int,
      shareOre: int,
    }),
  ),
  floorSumUnits: int,
  extraUnitsGiven: int,
  populationFallbacks: z.array(z.strictObject({ regionCode: z.string(), wantedYear: int, usedYear: int })),
});
