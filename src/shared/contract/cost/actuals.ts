/**
 * A region's actual outcomes (utfall) per year and category, their import from a ledger export, the
 * budget-vs-actual comparison per region over a range of years, and the comparison of two budget versions.
 * Money is integer öre throughout.
 */
import { z } from 'zod';
import { MESSAGE_KEYS } from '../../messages';
import { languageSchema, uuidSchema, yearSchema } from '../common';
import { base64FileSchema } from '../file-content';
import { budgetSummarySchema } from './scenarios';

const int = z.number().int();
const ore = int.min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const version = int.min(1);

/** What a region reconciles against its ledger: its share of a hosting, its own staff's time, its fixed contributions. */
export const REGION_ACTUAL_CATEGORIES = ['hosting', 'staff', 'contribution'] as const;
export type RegionActualCategory = (typeof REGION_ACTUAL_CATEGORIES)[number];
const category = z.enum(REGION_ACTUAL_CATEGORIES);

export const regionActualSchema = z.strictObject({
  id: z.string(),
  regionCode: z.string(),
  year: int,
  category,
  hostingId: z.string().nullable(),
  groupName: z.string().nullable(),
  amountOre: int,
  note: z.string().nullable(),
  owner: z.string(),
  version: int,
  readOnly: z.boolean(),
});
export type RegionActual = z.infer<typeof regionActualSchema>;

const yearRange = { fromYear: yearSchema, toYear: yearSchema };
const orderedYears = (v: { fromYear: number; toYear: number }) => v.toYear >= v.fromYear && v.toYear - v.fromYear <= 20;
const rangeMessage = { message: 'Till-året ska vara samma som eller efter från-året, högst 20 år.' };

export const regionActualListSchema = z.strictObject(yearRange).refine(orderedYears, rangeMessage);

/** Sets (or, with amountOre null, removes) the own region's outcome of a year and category. */
export const regionActualSetSchema = z
  .strictObject({
    year: yearSchema,
    category,
    hostingId: uuidSchema.nullable().default(null),
    amountOre: ore.nullable(),
    note: z.string().trim().max(2000).nullable().default(null),
    version: version.nullable().default(null),
  })
  .refine((v) => (v.category === 'hosting') === (v.hostingId !== null), {
    message: 'En andel i ett värdskap anger värdskapet; egen personal och bidrag gör det inte.',
  });

/* ---------- import from a ledger export ---------- */

const header = z.string().trim().min(1).max(200);
/** The header of each column the import reads; cost centre and text are optional. */
export const ledgerColumnsSchema = z.strictObject({
  account: header,
  costCentre: header.nullable().default(null),
  period: header,
  amount: header,
  text: header.nullable().default(null),
});
const code = z.string().trim().min(1).max(40);
/**
 * Account and/or cost centre → what the amount is. A value ending in `*` matches every code that
 * starts with the rest ("50*"). The first matching rule wins.
 */
export const ledgerRuleSchema = z
  .strictObject({
    account: code.nullable().default(null),
    costCentre: code.nullable().default(null),
    category,
    hostingId: uuidSchema.nullable().default(null),
  })
  .refine((r) => r.account !== null || r.costCentre !== null, { message: 'En regel anger konto, kostnadsställe eller båda.' })
  .refine((r) => (r.category === 'hosting') === (r.hostingId !== null), {
    message: 'En regel för en andel i ett värdskap anger värdskapet; egen personal och bidrag gör det inte.',
  });
export type LedgerRule = z.infer<typeof ledgerRuleSchema>;
export const ledgerMappingSchema = z.strictObject({
  columns: ledgerColumnsSchema,
  rules: z.array(ledgerRuleSchema).min(1).max(500),
  /** Only rows of this year are taken (others are rejected with the reason); null takes every year. */
  year: yearSchema.nullable().default(null),
});
export type LedgerMapping = z.infer<typeof ledgerMappingSchema>;

/** Up to 20 MB of ledger export, like the register import. */
export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;
export const actualsImportSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: base64FileSchema(MAX_LEDGER_BYTES),
  mapping: ledgerMappingSchema,
});
/** A chosen ledger export's column headers and first rows, for choosing the columns of the mapping. */
export const ledgerFileSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: base64FileSchema(MAX_LEDGER_BYTES),
});
export const ledgerColumnsPreviewSchema = z.strictObject({ headers: z.array(z.string()), sample: z.array(z.array(z.string())) });
export const actualsImportApplySchema = z.strictObject({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: base64FileSchema(MAX_LEDGER_BYTES),
  mapping: ledgerMappingSchema,
  confirm: z.literal(true),
});

export const ledgerReasonSchema = z.strictObject({
  key: z.enum(MESSAGE_KEYS),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type LedgerReason = z.infer<typeof ledgerReasonSchema>;
export const ledgerRowSchema = z.strictObject({
  /** The row number in the file (1 is the header). */
  row: int,
  account: z.string(),
  costCentre: z.string(),
  period: z.string(),
  amount: z.string(),
  text: z.string(),
  year: int.nullable(),
  month: int.nullable(),
  amountOre: int.nullable(),
  category: category.nullable(),
  hostingId: z.string().nullable(),
  /** What is saved, or why the row is rejected. */
  status: z.enum(['save', 'rejected']),
  reason: ledgerReasonSchema.nullable(),
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;
/** One outcome an import sets: the sum of its accepted rows, beside what is stored now. */
export const ledgerTargetSchema = z.strictObject({
  year: int,
  category,
  hostingId: z.string().nullable(),
  groupName: z.string().nullable(),
  rows: int,
  amountOre: int,
  previousOre: int.nullable(),
});
export type LedgerTarget = z.infer<typeof ledgerTargetSchema>;
export const actualsImportReportSchema = z.strictObject({
  fileName: z.string(),
  regionCode: z.string(),
  headers: z.array(z.string()),
  rows: z.array(ledgerRowSchema),
  targets: z.array(ledgerTargetSchema),
  counts: z.strictObject({ save: int, rejected: int }),
  /** True once applied (one transaction), false for a preview. */
  applied: z.boolean(),
});
export type ActualsImportReport = z.infer<typeof actualsImportReportSchema>;
export const savedMappingSchema = ledgerMappingSchema.nullable();

/* ---------- budget vs actual per region over years ---------- */

const figures = {
  budgetOre: int.nullable(),
  forecastOre: int.nullable(),
  actualOre: int.nullable(),
  actualMinusBudgetOre: int.nullable(),
  /** (actual − budget) / budget in percent with one decimal; null without both or with a zero budget. */
  actualMinusBudgetPercent: z.number().nullable(),
  forecastMinusBudgetOre: int.nullable(),
  actualMinusForecastOre: int.nullable(),
};
export const budgetActualInputSchema = z
  .strictObject({ ...yearRange, budgetIds: z.array(uuidSchema).max(21).default([]) })
  .refine(orderedYears, rangeMessage);
export const budgetActualExportSchema = z
  .strictObject({ ...yearRange, budgetIds: z.array(uuidSchema).max(21).default([]), language: languageSchema.default('sv') })
  .refine(orderedYears, rangeMessage);
export const budgetActualSchema = z.strictObject({
  fromYear: int,
  toYear: int,
  /** The locked version used per year (the chosen one, else the newest own revision); null where none is locked. */
  budgets: z.array(z.strictObject({ year: int, budget: budgetSummarySchema.nullable() })),
  rows: z.array(
    z.strictObject({
      regionCode: z.string(),
      regionName: z.string(),
      year: int,
      ...figures,
      categories: z.array(z.strictObject({ category, ...figures })),
    }),
  ),
  /** Per year: the sums, and differences that add up the rows' differences (only rows with both figures count). */
  totals: z.array(z.strictObject({ year: int, ...figures })),
});
export type BudgetActual = z.infer<typeof budgetActualSchema>;

/* ---------- two budget versions ---------- */

/** A locked budget version: its id, or `YEAR:REVISION` of the own budgets (2026:1). */
export const budgetVersionSchema = z.union([uuidSchema, z.string().regex(/^\d{4}:\d{1,4}$/, 'ett id eller år:revision, t.ex. 2026:1')]);
export const budgetCompareInputSchema = z.strictObject({ fromId: budgetVersionSchema, toId: budgetVersionSchema });
const pair = { fromOre: int.nullable(), toOre: int.nullable(), differenceOre: int };
export const budgetCompareSchema = z.strictObject({
  from: budgetSummarySchema,
  to: budgetSummarySchema,
  regions: z.array(z.strictObject({ regionCode: z.string(), regionName: z.string(), ...pair })),
  hostings: z.array(
    z.strictObject({ hostingId: z.string(), groupName: z.string(), hostHealthcareRegionCode: z.string().nullable(), ...pair }),
  ),
  totals: z.strictObject({ regions: z.strictObject(pair), hostings: z.strictObject(pair) }),
});
export type BudgetCompare = z.infer<typeof budgetCompareSchema>;
