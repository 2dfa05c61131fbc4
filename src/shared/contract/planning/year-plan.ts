import { z } from 'zod';
import { ACTIVITY_LEVELS, GROUP_TYPES, IMPLEMENTATION_STATUSES } from '../../domain/enums';
import { languageSchema, yearSchema } from '../common';
import { monthColumnSchema, monthlySumSchema } from './capacity';
import { matrixRegionSchema, statusCountsSchema } from './pathways';

export const yearPlanInputSchema = z.strictObject({
  year: yearSchema,
  /** A region code or healthcare-region code; default the installation's own owner. */
  scopeCode: z.string().trim().min(2).max(40).nullable().default(null),
});

export const yearPlanExportInputSchema = yearPlanInputSchema.extend({ language: languageSchema.default('sv') });

export const seatCountSchema = z.strictObject({
  groupType: z.enum(GROUP_TYPES),
  /** NATIONAL: seats of the own healthcare region(s) in national groups; REGIONAL: seats of the scope's own groups. */
  level: z.enum(['NATIONAL', 'REGIONAL']),
  groups: z.number().int(),
  seats: z.number().int(),
  held: z.number().int(),
  vacant: z.number().int(),
});
export type SeatCount = z.infer<typeof seatCountSchema>;

export const yearPlanTeamSchema = z.strictObject({
  groupId: z.string(),
  name: z.string(),
  levelAtYearStart: z.enum([...ACTIVITY_LEVELS, 'NONE']),
  predominantLevel: z.enum([...ACTIVITY_LEVELS, 'NONE']),
  plannedFte: z.number(),
  actualFte: z.number(),
});

export const yearPlanSchema = z.strictObject({
  year: z.number().int(),
  /** Seats are counted on this day: today within the year, else 1 January (future) or 31 December (past). */
  asOf: z.string(),
  scope: z.strictObject({
    kind: z.enum(['REGION', 'HEALTHCARE_REGION']),
    code: z.string(),
    name: z.string(),
    regionCodes: z.array(z.string()),
    healthcareRegionCodes: z.array(z.string()),
  }),
  seats: z.strictObject({
    rows: z.array(seatCountSchema),
    total: z.strictObject({ seats: z.number().int(), held: z.number().int(), vacant: z.number().int() }),
  }),
  /** Time of the persons of the scope's regions per month, by the group type of the membership. */
  fte: z.strictObject({
    months: z.array(monthColumnSchema),
    byGroupType: z.array(monthlySumSchema.extend({ groupType: z.enum(GROUP_TYPES) })),
    total: monthlySumSchema,
  }),
  teams: z.strictObject({
    /** In board order; `teams` placed by the level with most days in the year. */
    byLevel: z.array(
      z.strictObject({
        level: z.enum([...ACTIVITY_LEVELS, 'NONE']),
        count: z.number().int(),
        plannedFte: z.number(),
        teams: z.array(yearPlanTeamSchema),
      }),
    ),
    plannedFte: z.number(),
    actualFte: z.number(),
    /** Activity-level changes that take effect in the year, by date: what the team's level was and became. */
    levelChangesInYear: z.array(
      z.strictObject({
        groupId: z.string(),
        name: z.string(),
        date: z.string(),
        fromLevel: z.enum([...ACTIVITY_LEVELS, 'NONE']),
        toLevel: z.enum(ACTIVITY_LEVELS),
      }),
    ),
  }),
  pathways: z.strictObject({
    pathwayCount: z.number().int(),
    regions: z.array(matrixRegionSchema),
    /** Over the scope's regions: how many region × pathway pairs per status. */
    byStatus: statusCountsSchema,
    /** Recorded changes in the year: decided_on / started_on / implemented_on dates within it. */
    changesInYear: z.array(
      z.strictObject({
        pathwayName: z.string(),
        regionCode: z.string(),
        status: z.enum(IMPLEMENTATION_STATUSES),
        date: z.string(),
      }),
    ),
  }),
});
export type YearPlan = z.infer<typeof yearPlanSchema>;

export const fileExportSchema = z.strictObject({ fileName: z.string(), contentBase64: z.string() });
export type FileExport = z.infer<typeof fileExportSchema>;
