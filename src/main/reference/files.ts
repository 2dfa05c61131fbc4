import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { MunicipalityPart } from '@shared/domain/population';

/** Shapes of the shipped reference files (`resources/reference`); they keep their sources. */
const regionsFileSchema = z.object({
  sources: z.array(z.string()),
  healthcareRegions: z.array(z.object({ code: z.string(), name: z.string() })),
  regions: z.array(
    z.object({
      code: z.string().regex(/^\d{2}$/),
      name: z.string(),
      county: z.string(),
      population: z.record(z.string().regex(/^\d{4}$/), z.number().int().nonnegative()),
    }),
  ),
  healthcareRegionMembers: z.array(
    z
      .object({
        healthcareRegion: z.string(),
        region: z.string(),
        population2023: z.number().int().nonnegative(),
        note: z.string().optional(),
        /** A split region's part: its municipalities (SCB kommunkod and name), from which the part is summed. */
        municipalities: z.array(z.strictObject({ code: z.string().regex(/^\d{4}$/), name: z.string() })).optional(),
        /** Where the part's municipalities and their codes come from; required with `municipalities`. */
        municipalitiesSource: z.string().min(1).optional(),
      })
      .refine((m) => m.municipalities === undefined || m.municipalitiesSource !== undefined, {
        message: 'a part made of municipalities names their source (municipalitiesSource)',
      }),
  ),
  nationalPopulation: z.record(z.string(), z.number().int()),
});

const nationalGroupSchema = z.object({
  name: z.string(),
  type: z.enum(['NPO', 'NSG', 'PRIMARY_CARE_COUNCIL']),
  hostHealthcareRegion: z.string().nullable().optional(),
  hostStatus: z.enum(['active', 'dormant']).nullable().optional(),
  seatsPerHealthcareRegion: z.number().int().positive(),
});

const groupsFileSchema = z.object({
  sources: z.array(z.string()),
  npo: z.array(nationalGroupSchema),
  nsg: z.array(nationalGroupSchema),
  exampleRegion: z.string(),
  exampleRptByLevel2025: z.record(z.string(), z.array(z.string())),
  exampleSorVgr: z.array(z.object({ name: z.string(), programAreas: z.array(z.string()) })),
  exampleRpoVgr: z.array(z.string()),
  carePathwaysStatus20250604: z.array(z.object({ name: z.string(), status: z.string() })),
});

export type RegionsFile = z.infer<typeof regionsFileSchema>;
export type GroupsFile = z.infer<typeof groupsFileSchema>;

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const text = fs.readFileSync(file, 'utf8');
  return schema.parse(JSON.parse(text));
}

export function readRegionsFile(resourcesDir: string): RegionsFile {
  return readJson(path.join(resourcesDir, 'reference', 'regions.json'), regionsFileSchema);
}

/** The parts of split regions (Halland) with the municipalities each is made of. */
export function readMunicipalityParts(resourcesDir: string): MunicipalityPart[] {
  return readRegionsFile(resourcesDir).healthcareRegionMembers.flatMap((m) =>
    m.municipalities ? [{ healthcareRegionCode: m.healthcareRegion, regionCode: m.region, municipalities: m.municipalities }] : [],
  );
}

export function readGroupsFile(resourcesDir: string): GroupsFile {
  return readJson(path.join(resourcesDir, 'reference', 'groups.json'), groupsFileSchema);
}
