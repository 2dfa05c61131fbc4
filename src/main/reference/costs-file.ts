import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ParameterRow } from '../domain/cost-plan/types';

/** The shipped cost facts (`resources/reference/costs.json`): examples for finance staff to edit. */
const costsFileSchema = z.object({
  poSurchargeRegionsPercent: z.record(z.string(), z.union([z.number().nonnegative(), z.string()])),
});

export const REFERENCE_COSTS_SOURCE = 'SKR PO-pålägg för regioner (resources/reference/costs.json)';

/**
 * The reference PO-pålägg per year in hundredths of a percent (52.28 % → 5 228), salary index
 * unchanged. Entries that are not a year with a number (the note) are skipped.
 */
export function readReferenceParameters(resourcesDir: string): ParameterRow[] {
  const file = path.join(resourcesDir, 'reference', 'costs.json');
  const parsed = costsFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return Object.entries(parsed.poSurchargeRegionsPercent)
    .filter((entry): entry is [string, number] => /^\d{4}$/.test(entry[0]) && typeof entry[1] === 'number')
    .map(([year, percent]) => ({ year: Number(year), poSurchargeBp: Math.round(percent * 100), salaryIndexBp: 10_000 }))
    .sort((a, b) => a.year - b.year);
}
