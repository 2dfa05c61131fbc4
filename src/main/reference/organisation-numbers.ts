import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The shipped organisation numbers (`resources/reference/organisation-numbers.json`): only numbers
 * confirmed by a source; every other party's number is entered in the settings, never guessed.
 */
const fileSchema = z.object({
  regions: z.record(z.string(), z.object({ name: z.string(), organisationNumber: z.string().regex(/^\d{6}-\d{4}$/), source: z.string() })),
});

/** Code → organisation number of the shipped file (an absent file ships none). */
export function readReferenceOrganisationNumbers(resourcesDir: string): Record<string, string> {
  const file = path.join(resourcesDir, 'reference', 'organisation-numbers.json');
  if (!fs.existsSync(file)) return {};
  const parsed = fileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return Object.fromEntries(Object.entries(parsed.regions).map(([code, r]) => [code, r.organisationNumber]));
}
