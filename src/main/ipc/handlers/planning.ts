import type { planningChannels } from '@shared/contract/planning';
import type { StartedApp } from '../../services/bootstrap';
import { getCapacityCell, getCapacityGrid, getCapacitySettings, updateCapacitySettings } from '../../services/planning/capacity';
import { listLevelAllocations, setLevelAllocation } from '../../services/planning/level-allocations';
import { setImplementation } from '../../services/planning/pathway-implementations';
import { createPathway, getPathwayMatrix, listPathways, updatePathway } from '../../services/planning/pathways';
import { getBoard, getPlannedTime } from '../../services/planning/planned-time';
import { deleteTeamLevel, listTeams, setTeamLevel, updateTeamLevel } from '../../services/planning/teams';
import { exportYearPlanPdf, exportYearPlanXlsx } from '../../services/planning/year-plan-export';
import { getYearPlan } from '../../services/planning/year-plan';
import type { HandlersFor } from './types';

export function planningHandlers({ ctx }: StartedApp): HandlersFor<typeof planningChannels> {
  return {
    'capacity:grid': (input) => getCapacityGrid(ctx, input),
    'capacity:cell': (input) => getCapacityCell(ctx, input),
    'capacity:settings-get': () => getCapacitySettings(ctx),
    'capacity:settings-update': (input) => updateCapacitySettings(ctx, input),
    'teams:list': (input) => listTeams(ctx, input),
    'teams:board': (input) => getBoard(ctx, input),
    'teams:set-level': (input) => setTeamLevel(ctx, input),
    'teams:delete-level': (input) => deleteTeamLevel(ctx, input),
    'teams:update-level': (input) => updateTeamLevel(ctx, input),
    'teams:planned-time': (input) => getPlannedTime(ctx, input),
    'level-allocations:list': () => listLevelAllocations(ctx),
    'level-allocations:set': (input) => setLevelAllocation(ctx, input),
    'pathways:list': (input) => listPathways(ctx, input),
    'pathways:create': (input) => createPathway(ctx, input),
    'pathways:update': (input) => updatePathway(ctx, input),
    'pathways:set-implementation': (input) => setImplementation(ctx, input),
    'pathways:matrix': (input) => getPathwayMatrix(ctx, input),
    'year-plan:get': (input) => getYearPlan(ctx, input),
    'year-plan:export-xlsx': (input) => exportYearPlanXlsx(ctx, input),
    'year-plan:export-pdf': (input) => exportYearPlanPdf(ctx, input),
  };
}
