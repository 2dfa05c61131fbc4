import { z } from 'zod';
import { GROUP_TYPES, GROUP_LEVELS, HOSTING_STATUSES } from '../domain/enums';
import { emptyInput, populationByYearSchema } from './common';

export const healthcareRegionViewSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  memberRegionCodes: z.array(z.string()),
  /** Sum of the members' parts per year, only for years where every member has a figure. */
  populationByYear: populationByYearSchema,
});

export const regionViewSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  county: z.string(),
  healthcareRegionCodes: z.array(z.string()),
  populationByYear: populationByYearSchema,
  /** Population part per healthcare region and year (differs from the whole only for Halland). */
  partsByHealthcareRegion: z.record(z.string(), populationByYearSchema),
});

export const nationalGroupViewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.enum(GROUP_TYPES),
  level: z.enum(GROUP_LEVELS),
  hostHealthcareRegionCode: z.string().nullable(),
  hostingStatus: z.enum(HOSTING_STATUSES).nullable(),
  seatsPerHealthcareRegion: z.number().int(),
});

export const referenceDataSchema = z.strictObject({
  healthcareRegions: z.array(healthcareRegionViewSchema),
  regions: z.array(regionViewSchema),
  nationalGroups: z.array(nationalGroupViewSchema),
  nationalPopulation: populationByYearSchema,
  sources: z.array(z.string()),
});
export type ReferenceData = z.infer<typeof referenceDataSchema>;
export type HealthcareRegionView = z.infer<typeof healthcareRegionViewSchema>;
export type RegionView = z.infer<typeof regionViewSchema>;
export type NationalGroupView = z.infer<typeof nationalGroupViewSchema>;

export const referenceChannels = {
  'reference:get': { input: emptyInput, output: referenceDataSchema },
} as const;
