/**
 * Time and activity planning: capacity per person and month, teams' activity levels and the time
 * they imply, care-pathway implementation, and the year plan with its exports.
 */
import { z } from 'zod';
import { emptyInput, uuidSchema } from './common';
import {
  capacityCellDetailSchema,
  capacityCellInputSchema,
  capacityGridInputSchema,
  capacityGridSchema,
  capacitySettingsSchema,
} from './planning/capacity';
import {
  pathwayCreateSchema,
  pathwayMatrixInputSchema,
  pathwayMatrixSchema,
  pathwaySchema,
  pathwaysListInputSchema,
  pathwayUpdateSchema,
  setImplementationSchema,
} from './planning/pathways';
import {
  boardInputSchema,
  boardSchema,
  deleteLevelInputSchema,
  updateLevelInputSchema,
  levelAllocationSchema,
  levelAllocationSetSchema,
  plannedTimeInputSchema,
  plannedTimeSchema,
  setLevelInputSchema,
  teamSchema,
  teamsListInputSchema,
} from './planning/teams';
import { fileExportSchema, yearPlanExportInputSchema, yearPlanInputSchema, yearPlanSchema } from './planning/year-plan';

export * from './planning/capacity';
export * from './planning/pathways';
export * from './planning/teams';
export * from './planning/year-plan';

export const planningChannels = {
  'capacity:grid': { input: capacityGridInputSchema, output: capacityGridSchema },
  'capacity:cell': { input: capacityCellInputSchema, output: capacityCellDetailSchema },
  'capacity:settings-get': { input: emptyInput, output: capacitySettingsSchema },
  'capacity:settings-update': { input: capacitySettingsSchema, output: capacitySettingsSchema },
  'teams:list': { input: teamsListInputSchema, output: z.array(teamSchema) },
  'teams:board': { input: boardInputSchema, output: boardSchema },
  'teams:set-level': { input: setLevelInputSchema, output: teamSchema },
  'teams:delete-level': { input: deleteLevelInputSchema, output: teamSchema },
  'teams:update-level': { input: updateLevelInputSchema, output: teamSchema },
  'teams:planned-time': { input: plannedTimeInputSchema, output: plannedTimeSchema },
  'level-allocations:list': { input: emptyInput, output: z.array(levelAllocationSchema) },
  'level-allocations:set': { input: levelAllocationSetSchema, output: z.array(levelAllocationSchema) },
  'pathways:list': { input: pathwaysListInputSchema, output: z.array(pathwaySchema) },
  'pathways:create': { input: pathwayCreateSchema, output: pathwaySchema },
  'pathways:update': { input: pathwayUpdateSchema, output: pathwaySchema },
  'pathways:set-implementation': { input: setImplementationSchema, output: pathwaySchema },
  /** An implementation status recorded by mistake (a correction that travels, not an end). */
  'pathways:delete-implementation': {
    input: z.strictObject({ id: uuidSchema, version: z.number().int().min(1) }),
    output: z.strictObject({ ok: z.literal(true) }),
  },
  'pathways:matrix': { input: pathwayMatrixInputSchema, output: pathwayMatrixSchema },
  'year-plan:get': { input: yearPlanInputSchema, output: yearPlanSchema },
  'year-plan:export-xlsx': { input: yearPlanExportInputSchema, output: fileExportSchema },
  'year-plan:export-pdf': { input: yearPlanExportInputSchema, output: fileExportSchema },
} as const;
