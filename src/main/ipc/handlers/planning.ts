import type { planningChannels } from '@shared/contract/planning';
import type { StartedApp } from '../../services/bootstrap';
import { getCapacityCell, getCapacityGrid, getCapacitySettings, updateCapacitySettings } from '../../services/planning/capacity';
import { listLevelAllocations, setLevelAllocation } from '../../services/planning/level-allocations';
import { removeImplementation, setImplementation } from '../../services/planning/pathway-implementations';
import { createPathway, getPathwayMatrix, listPathways, updatePathway } from '../../services/planning/pathways';
import { getBoard, getPlannedTime } from '../../services/planning/planned-time';
import { deleteTeamLevel, listTeams, setTeamLevel, updateTeamLevel } from '../../services/planning/teams';
import { exportYearPlanPdf, exportYearPlanXlsx } from '../../services/planning/year-plan-export';
import { getYearPlan } from '../../services/planning/year-plan';
import { answerSaved } from '../../services/saved-views';
import type { HandlersFor } from './types';

export function planningHandlers(app: StartedApp): HandlersFor<typeof planningChannels> {
  return {
    'capacity:grid': (input) => answerSaved(app.ctx, 'capacity:grid', input, () => getCapacityGrid(app.ctx, input)),
    'capacity:cell': (input) => getCapacityCell(app.ctx, input),
    'capacity:settings-get': () => getCapacitySettings(app.ctx),
    'capacity:settings-update': (input) => updateCapacitySettings(app.ctx, input),
    'teams:list': (input) => listTeams(app.ctx, input),
    'teams:board': (input) => getBoard(app.ctx, input),
    'teams:set-level': (input) => setTeamLevel(app.ctx, input),
    'teams:delete-level': (input) => deleteTeamLevel(app.ctx, input),
    'teams:update-level': (input) => updateTeamLevel(app.ctx, input),
    'teams:planned-time': (input) => getPlannedTime(app.ctx, input),
    'level-allocations:list': () => listLevelAllocations(app.ctx),
    'level-allocations:set': (input) => setLevelAllocation(app.ctx, input),
    'pathways:list': (input) => listPathways(app.ctx, input),
    'pathways:create': (input) => createPathway(app.ctx, input),
    'pathways:update': (input) => updatePathway(app.ctx, input),
    'pathways:set-implementation': (input) => setImplementation(app.ctx, input),
    'pathways:delete-implementation': (input) => removeImplementation(app.ctx, input),
    'pathways:matrix': (input) => getPathwayMatrix(app.ctx, input),
    'year-plan:get': (input) => getYearPlan(app.ctx, input),
    'year-plan:export-xlsx': (input) => exportYearPlanXlsx(app.ctx, input),
    'year-plan:export-pdf': (input) => exportYearPlanPdf(app.ctx, input),
  };
}
