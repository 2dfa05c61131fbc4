/**
 * Populations (SCB folkmängd 31 December) per region and year, and Halland's two parts: list, set one
 * figure (with the version the user saw), and import SCB's table (.xlsx or .csv) with a preview.
 * A key for cost year Y uses 31 Dec Y−1 for every member region (see split-weights.ts).
 */
import { z } from 'zod';
import { healthcareRegionCodeSchema, regionCodeSchema, yearSchema } from './common';

const population = z.number().int().min(0).max(100_000_000);

/** One figure: a whole region (`healthcareRegionCode` null) or a split region's part in a healthcare region. */
export const populationRowSchema = z.strictObject({
  regionCode: z.string(),
  regionName: z.string(),
  /** null = the whole region; a code = the region's part in that healthcare region (Halland). */
  healthcareRegionCode: z.string().nullable(),
  year: z.number().int(),
  population: z.number().int(),
  source: z.string(),
  version: z.number().int(),
});
export type PopulationRow = z.infer<typeof populationRowSchema>;

export const populationListInputSchema = z.strictObject({ year: yearSchema.nullable().default(null) });

export const populationSetSchema = z.strictObject({
  regionCode: regionCodeSchema,
  healthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null),
  year: yearSchema,
  population,
  /** The version the user saw; null when the figure is new. A changed figure is a CONFLICT. */
  version: z.number().int().min(1).nullable().default(null),
  source: z.string().trim().min(1).max(200).default('Angiven för hand'),
});
export type PopulationSetInput = z.output<typeof populationSetSchema>;

const base64 = z
  .string()
  .max(20_000_000)
  .regex(/^[A-Za-z0-9+/=\s]*$/, 'base64');

export const populationImportSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: base64,
  /** The year of 31 December the figures are for; from the table's year column when absent. */
  year: yearSchema.nullable().default(null),
  /** false = preview only. */
  apply: z.boolean().default(false),
});

export const populationImportResultSchema = z.strictObject({
  year: z.number().int(),
  applied: z.boolean(),
  rows: z.array(
    z.strictObject({
      line: z.number().int(),
      regionCode: z.string(),
      regionName: z.string(),
      /** null = the whole region; a code = a split region's part, summed from its municipalities' rows. */
      healthcareRegionCode: z.string().nullable().default(null),
      population: z.number().int(),
      /** The figure stored before (null = new). */
      previous: z.number().int().nullable(),
    }),
  ),
  /** Lines that were not read, as a key and params the renderer words (Swedish first). */
  problems: z.array(
    z.strictObject({ line: z.number().int(), key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
  ),
  /** Regions of the reference data without a figure in the file. */
  missingRegionCodes: z.array(z.string()),
});
export type PopulationImportResult = z.infer<typeof populationImportResultSchema>;

export const populationChannels = {
  'populations:list': { input: populationListInputSchema, output: z.array(populationRowSchema) },
  'populations:set': { input: populationSetSchema, output: populationRowSchema },
  'populations:import': { input: populationImportSchema, output: populationImportResultSchema },
} as const;
