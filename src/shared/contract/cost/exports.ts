/** Exports of a year's calculation: Excel workbook, PDF report, CSV (Swedish Excel) as base64 files. */
import { z } from 'zod';
import { healthcareRegionCodeSchema, languageSchema, uuidSchema, yearSchema } from '../common';

export const costExportInputSchema = z.strictObject({
  year: yearSchema,
  scenarioId: uuidSchema.nullable().default(null),
  healthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null),
  language: languageSchema.default('sv'),
});
export type CostExportInput = z.output<typeof costExportInputSchema>;

export const exportFileSchema = z.strictObject({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
